package uk.ictreview.read;

import java.util.ArrayList;
import java.util.List;
import uk.ictreview.model.Skill;

/**
 * The column definitions of the three workbooks (SPEC 4): the one source for the reader, the blank templates
 * and the example school. Column names are constants so that code refers to them, never to string literals.
 */
public final class Workbooks {
    private Workbooks() {}

    // incidents.xlsx
    public static final String INCIDENTS = "Incidents";
    public static final String SERVICE_LEVELS = "Service levels";
    public static final String SUPPORT_HOURS = "Support hours";
    public static final String CLOSURES = "Closures";
    public static final String CATEGORIES = "Categories";
    // assets.xlsx
    public static final String ASSETS = "Assets";
    public static final String LIFECYCLE = "Lifecycle";
    public static final String BUDGET = "Budget";
    // skills.xlsx
    public static final String STAFF = "Staff";
    public static final String TARGETS = "Targets";
    public static final String NEEDS = "Needs";

    public static final String REF = "Ref";
    public static final String LOGGED = "Logged";
    public static final String PRIORITY = "Priority";
    public static final String CATEGORY = "Category";
    public static final String TYPE = "Type";
    public static final String REPORTED_BY = "Reported by";
    public static final String LOCATION = "Location";
    public static final String ASSIGNED_TO = "Assigned to";
    public static final String ASSET_TAG = "Asset tag";
    public static final String RESPONDED = "Responded";
    public static final String RESOLVED = "Resolved";
    public static final String ON_HOLD_HOURS = "On hold hours";
    public static final String ESCALATED_TO = "Escalated to";
    public static final String REOPENED = "Reopened";

    public static final String NAME = "Name";
    public static final String RESPONSE_TARGET = "Response target";
    public static final String RESOLUTION_TARGET = "Resolution target";
    public static final String DAY = "Day";
    public static final String START = "Start";
    public static final String END = "End";
    public static final String FROM = "From";
    public static final String TO = "To";
    public static final String REASON = "Reason";
    public static final String SKILL = "Skill";

    public static final String TAG = "Tag";
    public static final String MAKE = "Make";
    public static final String MODEL = "Model";
    public static final String SERIAL = "Serial";
    public static final String PURCHASED = "Purchased";
    public static final String COST = "Cost";
    public static final String WARRANTY_ENDS = "Warranty ends";
    public static final String STATUS = "Status";
    public static final String REPLACE_BY = "Replace by";
    public static final String REPLACEMENT_COST = "Replacement cost";
    public static final String SUPPORT_ENDS = "Support ends";
    public static final String NOTES = "Notes";
    public static final String LIFETIME = "Lifetime";
    public static final String ANNUAL_PRICE_CHANGE = "Annual price change";
    public static final String FINANCIAL_YEAR = "Financial year";
    public static final String CAPITAL_BUDGET = "Capital budget";

    public static final String ROLE = "Role";
    public static final String FTE = "FTE";
    public static final String EMPLOYER = "Employer";
    public static final String NEED = "Need";
    public static final String COVERED_BY = "Covered by";

    public static final WorkbookSpec INCIDENTS_WORKBOOK = new WorkbookSpec(
            "incidents",
            List.of(
                    new SheetSpec(
                            INCIDENTS,
                            true,
                            List.of(
                                    req(
                                            REF,
                                            ColumnKind.TEXT,
                                            "A unique reference for the call, e.g. INC-0001.",
                                            "Reference",
                                            "Call ref",
                                            "Ticket",
                                            "Ticket no",
                                            "Incident ID",
                                            "ID",
                                            "Number",
                                            "Call number"),
                                    req(
                                            LOGGED,
                                            ColumnKind.DATE_TIME,
                                            "When the call was reported: date and time, e.g. 04/09/2026 09:00.",
                                            "Date logged",
                                            "Opened",
                                            "Logged at",
                                            "Date opened",
                                            "Reported",
                                            "Created",
                                            "Opened at"),
                                    req(
                                                    PRIORITY,
                                                    ColumnKind.PRIORITY,
                                                    "P1 Critical, P2 High, P3 Medium or P4 Low (1-4 and the names are accepted too).",
                                                    "Pri",
                                                    "Urgency level")
                                            .withLoose("Urgency level"),
                                    req(
                                            CATEGORY,
                                            ColumnKind.TEXT,
                                            "What the call was about, e.g. Printing, Network, Software. Mapped to a skill.",
                                            "Cat",
                                            "Problem area"),
                                    opt(
                                            TYPE,
                                            ColumnKind.CALL_TYPE,
                                            "Incident (default), Request, Problem, Change or Maintenance.",
                                            "Call type",
                                            "Ticket type"),
                                    opt(REPORTED_BY, ColumnKind.TEXT, "Who reported it.", "Caller", "Reporter", "User"),
                                    opt(LOCATION, ColumnKind.TEXT, "Where, e.g. a room or a building.", "Room", "Site"),
                                    opt(
                                            ASSIGNED_TO,
                                            ColumnKind.TEXT,
                                            "Who is working on it.",
                                            "Technician",
                                            "Owner",
                                            "Assignee"),
                                    opt(
                                            ASSET_TAG,
                                            ColumnKind.TEXT,
                                            "The tag of the device concerned, as in the asset register.",
                                            "Tag",
                                            "Asset",
                                            "Asset no",
                                            "Asset number",
                                            "Device tag"),
                                    opt(
                                            RESPONDED,
                                            ColumnKind.DATE_TIME,
                                            "First response: date and time. Blank on a resolved call means the resolution time.",
                                            "First response",
                                            "Date responded",
                                            "Responded at",
                                            "Response"),
                                    opt(
                                            RESOLVED,
                                            ColumnKind.DATE_TIME,
                                            "When it was resolved: date and time. Blank = still open.",
                                            "Date resolved",
                                            "Closed",
                                            "Resolved at",
                                            "Date closed",
                                            "Fixed"),
                                    opt(
                                            ON_HOLD_HOURS,
                                            ColumnKind.NUMBER,
                                            "Support hours the clock was stopped (waiting for the user or a supplier).",
                                            "On hold",
                                            "Hold hours",
                                            "Paused hours"),
                                    opt(
                                            ESCALATED_TO,
                                            ColumnKind.TEXT,
                                            "An external supplier's name if the call was passed to one.",
                                            "Escalated",
                                            "Supplier",
                                            "External supplier"),
                                    opt(
                                            REOPENED,
                                            ColumnKind.YES_NO_COUNT,
                                            "Y/N, or the number of times it was reopened.",
                                            "Reopen count",
                                            "Reopens",
                                            "Times reopened")),
                            "The service desk log: one row per incident or service request."),
                    new SheetSpec(
                            SERVICE_LEVELS,
                            false,
                            List.of(
                                    req(PRIORITY, ColumnKind.PRIORITY, "P1-P4."),
                                    opt(NAME, ColumnKind.TEXT, "The priority's name, e.g. Critical."),
                                    req(
                                            RESPONSE_TARGET,
                                            ColumnKind.NUMBER,
                                            "Support hours within which the first response is due.",
                                            "Response",
                                            "Response hours"),
                                    req(
                                            RESOLUTION_TARGET,
                                            ColumnKind.NUMBER,
                                            "Support hours within which the call should be resolved.",
                                            "Resolution",
                                            "Resolution hours",
                                            "Fix target")),
                            "Response and resolution targets per priority, in support hours. Delete the sheet to use the defaults."),
                    new SheetSpec(
                            SUPPORT_HOURS,
                            false,
                            List.of(
                                    req(DAY, ColumnKind.DAY_OF_WEEK, "Monday ... Sunday.", "Weekday"),
                                    req(
                                            START,
                                            ColumnKind.TIME,
                                            "When support starts that day, e.g. 08:00.",
                                            "From",
                                            "Opens"),
                                    req(
                                            END,
                                            ColumnKind.TIME,
                                            "When support ends that day, e.g. 16:30.",
                                            "To",
                                            "Closes",
                                            "Until")),
                            "When the support clock runs. Days not listed have no support hours."),
                    new SheetSpec(
                            CLOSURES,
                            false,
                            List.of(
                                    req(FROM, ColumnKind.DATE, "First closed day.", "Start", "Start date", "First day"),
                                    req(
                                            TO,
                                            ColumnKind.DATE,
                                            "Last closed day (the same as From for one day).",
                                            "End",
                                            "End date",
                                            "Last day",
                                            "Until"),
                                    opt(
                                            REASON,
                                            ColumnKind.TEXT,
                                            "e.g. Half term, INSET day, Snow day.",
                                            "Description",
                                            "Why")),
                            "Whole days on which nobody supports: holidays, INSET, snow days. Bank holidays are built in."),
                    new SheetSpec(
                            CATEGORIES,
                            false,
                            List.of(
                                    req(
                                            CATEGORY,
                                            ColumnKind.TEXT,
                                            "An incident category as used in the Incidents sheet."),
                                    req(SKILL, ColumnKind.SKILL, "The framework skill it calls on.", "Competence")),
                            "Which skill each category calls on; overrides the built-in mapping.")));

    public static final WorkbookSpec ASSETS_WORKBOOK = new WorkbookSpec(
            "assets",
            List.of(
                    new SheetSpec(
                            ASSETS,
                            true,
                            List.of(
                                    req(
                                            TAG,
                                            ColumnKind.TEXT,
                                            "A unique asset tag.",
                                            "Asset tag",
                                            "Asset",
                                            "Asset no",
                                            "Asset number",
                                            "Asset ID"),
                                    req(
                                            TYPE,
                                            ColumnKind.ASSET_TYPE,
                                            "The kind of device, as in the Lifecycle sheet, e.g. Laptop.",
                                            "Asset type",
                                            "Device type",
                                            "Category"),
                                    opt(MAKE, ColumnKind.TEXT, "Manufacturer.", "Manufacturer", "Brand"),
                                    opt(MODEL, ColumnKind.TEXT, "Model."),
                                    opt(SERIAL, ColumnKind.TEXT, "Serial number.", "Serial number", "Serial no", "S/N"),
                                    opt(LOCATION, ColumnKind.TEXT, "Where it is.", "Room", "Site"),
                                    opt(
                                            PURCHASED,
                                            ColumnKind.DATE,
                                            "Date bought (needed to plan its replacement).",
                                            "Purchase date",
                                            "Date purchased",
                                            "Bought",
                                            "Acquired"),
                                    opt(
                                            COST,
                                            ColumnKind.MONEY,
                                            "What it cost, in pounds.",
                                            "Price",
                                            "Purchase cost",
                                            "Purchase price",
                                            "Value"),
                                    opt(
                                            WARRANTY_ENDS,
                                            ColumnKind.DATE,
                                            "Last day of warranty.",
                                            "Warranty",
                                            "Warranty end",
                                            "Warranty expires",
                                            "Warranty expiry"),
                                    opt(
                                            STATUS,
                                            ColumnKind.ASSET_STATUS,
                                            "In use (default), Spare, In repair, Retired or Disposed.",
                                            "State"),
                                    opt(
                                            REPLACE_BY,
                                            ColumnKind.DATE,
                                            "A date that overrides the policy's lifetime.",
                                            "Replacement due",
                                            "Replace on",
                                            "Due"),
                                    opt(
                                            REPLACEMENT_COST,
                                            ColumnKind.MONEY,
                                            "A replacement cost that overrides the policy's.",
                                            "Replacement price"),
                                    opt(
                                            SUPPORT_ENDS,
                                            ColumnKind.DATE,
                                            "The last day the maker gives security updates for the device or its"
                                                    + " operating system, e.g. a Chromebook's Auto Update Expiration,"
                                                    + " 14/10/2025 for a PC that cannot leave Windows 10. The device is"
                                                    + " due for replacement by then, if its lifetime does not end first.",
                                            "Support end",
                                            "End of support",
                                            "Updates end",
                                            "Security updates end",
                                            "Auto Update Expiration",
                                            "AUE"),
                                    opt(NOTES, ColumnKind.TEXT, "Anything else.", "Comments", "Comment")),
                            "The asset register: one row per device."),
                    new SheetSpec(
                            LIFECYCLE,
                            false,
                            List.of(
                                    req(TYPE, ColumnKind.ASSET_TYPE, "An asset type.", "Asset type"),
                                    req(
                                            LIFETIME,
                                            ColumnKind.NUMBER,
                                            "Years before it is replaced.",
                                            "Life",
                                            "Lifetime years",
                                            "Years"),
                                    req(
                                            REPLACEMENT_COST,
                                            ColumnKind.MONEY,
                                            "Cost of a replacement, in pounds.",
                                            "Cost"),
                                    opt(
                                            ANNUAL_PRICE_CHANGE,
                                            ColumnKind.NUMBER,
                                            "Expected price change a year, in percent (e.g. 3 for +3%).",
                                            "Price change",
                                            "Inflation")),
                            "Refresh policy per asset type. Delete the sheet to use the defaults."),
                    new SheetSpec(
                            BUDGET,
                            false,
                            List.of(
                                    req(FINANCIAL_YEAR, ColumnKind.FINANCIAL_YEAR, "e.g. 2026-27.", "Year", "FY"),
                                    req(
                                            CAPITAL_BUDGET,
                                            ColumnKind.MONEY,
                                            "Money set aside for replacing equipment that year, in pounds.",
                                            "Budget",
                                            "Capital")),
                            "The capital budget for equipment per financial year.")));

    public static final WorkbookSpec SKILLS_WORKBOOK = new WorkbookSpec(
            "skills",
            List.of(
                    new SheetSpec(
                            STAFF,
                            true,
                            withSkills(
                                    List.of(
                                            req(
                                                    NAME,
                                                    ColumnKind.TEXT,
                                                    "The person's name (shown only where staff-names: shown).",
                                                    "Staff name",
                                                    "Full name",
                                                    "Person"),
                                            req(
                                                    ROLE,
                                                    ColumnKind.TEXT,
                                                    "Their role, e.g. ICT Technician.",
                                                    "Job title",
                                                    "Post",
                                                    "Title"),
                                            opt(
                                                    FTE,
                                                    ColumnKind.NUMBER,
                                                    "Full-time equivalent on ICT support, e.g. 0.5 (default 1.0).",
                                                    "Hours FTE"),
                                            opt(
                                                    EMPLOYER,
                                                    ColumnKind.TEXT,
                                                    "School (default), or the supplier's name for a contractor.",
                                                    "Employed by",
                                                    "Company")),
                                    "The person's current level: A, B, C, D, or blank / - for none."),
                            "The support team's skills: one row per person, their current level in each of the 12 skills."),
                    new SheetSpec(
                            TARGETS,
                            false,
                            withSkills(
                                    List.of(req(
                                            ROLE,
                                            ColumnKind.TEXT,
                                            "A role as written in the Staff sheet.",
                                            "Job title",
                                            "Post")),
                                    "The level this role should reach: A-D, or blank for none."),
                            "Target levels per role. Without this sheet, roles such as 'ICT Technician' get the FITS defaults."),
                    new SheetSpec(
                            NEEDS,
                            false,
                            List.of(
                                    req(SKILL, ColumnKind.SKILL, "A framework skill.", "Competence"),
                                    opt(
                                            NEED,
                                            ColumnKind.LEVEL,
                                            "The level the school needs access to (default D for Technology and Support, C for the rest).",
                                            "Level needed",
                                            "Required level"),
                                    opt(
                                            COVERED_BY,
                                            ColumnKind.TEXT,
                                            "A supplier or local authority service that provides it when the team lacks it.",
                                            "Provider",
                                            "Supplier")),
                            "What the school needs in each skill, and who covers it from outside.")));

    public static final List<WorkbookSpec> ALL = List.of(INCIDENTS_WORKBOOK, ASSETS_WORKBOOK, SKILLS_WORKBOOK);

    /** The column of a skill in the Staff and Targets sheets. */
    public static ColumnSpec skillColumn(Skill skill, String help) {
        return new ColumnSpec(skill.label(), List.of(skill.label().replace("&", "and")), false, ColumnKind.LEVEL, help);
    }

    private static List<ColumnSpec> withSkills(List<ColumnSpec> first, String help) {
        List<ColumnSpec> all = new ArrayList<>(first);
        for (Skill s : Skill.values()) {
            all.add(skillColumn(s, help));
        }
        return all;
    }

    private static ColumnSpec req(String name, ColumnKind kind, String help, String... synonyms) {
        return new ColumnSpec(name, List.of(synonyms), true, kind, help);
    }

    private static ColumnSpec opt(String name, ColumnKind kind, String help, String... synonyms) {
        return new ColumnSpec(name, List.of(synonyms), false, kind, help);
    }
}
