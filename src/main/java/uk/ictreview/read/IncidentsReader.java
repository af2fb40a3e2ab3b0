package uk.ictreview.read;

import static uk.ictreview.read.Workbooks.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import uk.ictreview.model.CallType;
import uk.ictreview.model.CategorySkill;
import uk.ictreview.model.CategorySkillMap;
import uk.ictreview.model.Closure;
import uk.ictreview.model.Incident;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.Priority;
import uk.ictreview.model.ServiceLevel;
import uk.ictreview.model.Skill;
import uk.ictreview.model.SupportDay;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/** Reads incidents.xlsx (SPEC 4.1): the Incidents sheet and its optional policy sheets. */
public final class IncidentsReader {
    static final String PRIORITIES = "one of P1-P4, 1-4, Critical, High, Medium, Low";
    /**
     * A sheet where at least this many rows, and at least one row in {@link #EVENT_LOG_SHARE}, repeat an earlier
     * Ref is most likely an event or audit log (one row per update of a call, as a ServiceNow export is), not a
     * log of calls; one note says so, beside the thousands of repeated-Ref errors.
     */
    static final int EVENT_LOG_MIN_REPEATS = 10;

    static final int EVENT_LOG_SHARE = 5;

    private final LocalDate today;
    private final Uniques refs = new Uniques();
    private int repeatedRefs;
    private Place firstRepeat;
    /** Calls read per category (trimmed, case ignored, as the competence analysis groups them), in log order. */
    private final Map<String, CategoryCalls> categoryCalls = new LinkedHashMap<>();
    // each row's Priority, Type and category key looked up by its exact text: a log repeats a few spellings
    private final TextLookup<Priority> priorities = new TextLookup<>(Priority::parse);
    private final TextLookup<CallType> types = new TextLookup<>(CallType::parse);
    private final TextLookup<String> categoryKeys = new TextLookup<>(c -> Optional.of(c.toLowerCase(Locale.ROOT)));

    private static final class CategoryCalls {
        final String spelling;
        final Place first;
        int calls;

        CategoryCalls(String spelling, Place first) {
            this.spelling = spelling;
            this.first = first;
        }
    }

    /** Calls with On hold hours, to be checked against their elapsed support time once the policy sheets are read. */
    private final OnHoldCheck.Held held = new OnHoldCheck.Held();

    private IncidentsReader(LocalDate today) {
        this.today = today;
    }

    /** Reads every sheet of an opened incidents workbook; {@code today} is only for flagging future dates. */
    public static WorkbookRead<IncidentLog> read(SheetSource src, LocalDate today, Diagnostics diags)
            throws UnreadableWorkbookException {
        return read(src, today, null, diags);
    }

    /**
     * As {@link #read(SheetSource, LocalDate, Diagnostics)}; with a {@code clock}, On hold hours longer than the
     * call's elapsed support time are questioned and read as blank (see {@link OnHoldCheck}).
     */
    public static WorkbookRead<IncidentLog> read(
            SheetSource src, LocalDate today, SupportClock clock, Diagnostics diags)
            throws UnreadableWorkbookException {
        IncidentsReader r = new IncidentsReader(today);
        Set<String> policy = new HashSet<>();
        List<Incident> incidents = new ArrayList<>();
        SheetTable.Outcome main = SheetTable.read(src, spec(INCIDENTS), diags, row -> r.incident(row, incidents));
        r.eventLogHint(main, diags);
        List<ServiceLevel> levels = new ArrayList<>();
        List<SupportDay> hours = new ArrayList<>();
        List<Closure> closures = new ArrayList<>();
        List<CategorySkill> categories = new ArrayList<>();
        policySheet(
                src,
                SERVICE_LEVELS,
                diags,
                policy,
                SheetTable.into(levels, new Uniques(), IncidentsReader::serviceLevel));
        List<SupportDay> fallback = new ArrayList<>();
        policySheet(
                src,
                SUPPORT_HOURS,
                diags,
                policy,
                SheetTable.into(hours, new Uniques(), (row, u) -> SupportHoursRow.read(row, u, fallback)));
        if (!hours.isEmpty()) {
            hours.addAll(fallback);
        }
        policySheet(src, CLOSURES, diags, policy, SheetTable.into(closures, null, (row, u) -> closure(row)));
        policySheet(
                src, CATEGORIES, diags, policy, SheetTable.into(categories, new Uniques(), IncidentsReader::category));
        r.noteUnmappedCategories(new CategorySkillMap(categories), diags);
        if (clock != null) {
            OnHoldCheck.check(incidents, r.held, clock.of(hours, closures), diags);
        }
        boolean reopened = main.usable() && main.header().has(REOPENED);
        IncidentLog log = new IncidentLog(incidents, levels, hours, closures, categories, reopened);
        return new WorkbookRead<>(log, main.dataRows(), policy, Set.of(), main.header());
    }

    static SheetSpec spec(String sheet) {
        return INCIDENTS_WORKBOOK.sheet(sheet);
    }

    private static void policySheet(
            SheetSource src, String sheet, Diagnostics diags, Set<String> found, Consumer<DataRow> rows)
            throws UnreadableWorkbookException {
        SheetTable.readOptional(src, spec(sheet), diags, found, rows);
    }

    private void incident(DataRow r, List<Incident> out) {
        String ref = r.text(REF, true);
        if (Uniques.check(refs, r, REF, ref) && repeatedRefs++ == 0) {
            firstRepeat = r.place(REF);
        }
        LocalDateTime logged = r.dateTime(LOGGED, true);
        Plausible.loggedSince1990(r, LOGGED, logged);
        Priority priority = priority(r, PRIORITY, priorities);
        String category = r.text(CATEGORY, true);
        CallType type = callType(r, types);
        LocalDateTime responded = r.optionalDateTimeOrError(RESPONDED);
        LocalDateTime resolved = r.optionalDateTimeOrError(RESOLVED);
        Long onHold = r.optional(ON_HOLD_HOURS, CellValues::hoursToMinutes, "0 hours on hold are used");
        Integer reopened = r.optional(REOPENED, IncidentsReader::reopened, "the call is not counted as reopened");
        Checks.notBefore(r, RESOLVED, resolved, LOGGED, logged);
        Checks.notBefore(r, RESPONDED, responded, LOGGED, logged);
        if (responded != null && resolved != null && responded.isAfter(resolved)) {
            r.warning(
                    RESPONDED,
                    RESPONDED + " (" + RawCell.formatDateTime(responded) + ") is after " + RESOLVED + " ("
                            + RawCell.formatDateTime(resolved) + ")");
        }
        Checks.notFuture(r, LOGGED, logged, today);
        Checks.notFuture(r, RESPONDED, responded, today);
        Checks.notFuture(r, RESOLVED, resolved, today);
        Incident inc = r.failed()
                ? null
                : new Incident(
                        ref,
                        logged,
                        priority,
                        category,
                        type,
                        r.text(REPORTED_BY, false),
                        r.text(LOCATION, false),
                        r.text(ASSIGNED_TO, false),
                        r.text(ASSET_TAG, false),
                        responded,
                        resolved,
                        onHold == null ? 0 : onHold,
                        r.text(ESCALATED_TO, false),
                        reopened,
                        r.ref());
        if (r.keep()) {
            if (inc.onHoldMinutes() > 0) {
                held.add(out.size(), r.place(ON_HOLD_HOURS), r.cell(ON_HOLD_HOURS));
            }
            out.add(inc);
            categoryCalls.computeIfAbsent(
                            categoryKeys.get(category).orElseThrow(),
                            k -> new CategoryCalls(category, r.place(CATEGORY)))
                    .calls++;
        }
    }

    /** A count of reopens up to {@link Plausible#REOPENED_MAX}; more is most likely another number typed in. */
    private static int reopened(RawCell c) throws BadValue {
        int n = CellValues.reopened(c);
        if (n > Plausible.REOPENED_MAX) {
            throw new BadValue(CellValues.EXPECTED_REOPENED + " up to " + Plausible.REOPENED_MAX
                    + " (more is most likely another number typed in this column)");
        }
        return n;
    }

    /**
     * A category the skill map (the Categories sheet, then the built-in one) cannot place: its calls count in no
     * skill's demand. One NOTE at its first call, so check shows what the method notes otherwise list alone.
     */
    private void noteUnmappedCategories(CategorySkillMap map, Diagnostics diags) {
        for (CategoryCalls c : categoryCalls.values()) {
            if (map.skillFor(c.spelling).isEmpty()) {
                diags.note(
                        c.first,
                        CATEGORY + " '" + c.spelling + "' is not matched to any skill ("
                                + (c.calls == 1
                                        ? "1 call"
                                        : String.format(Locale.UK, "%,d calls, this the first", c.calls))
                                + "): its calls count in no skill's demand. Add a row for it to the " + CATEGORIES
                                + " sheet, naming the skill it calls on");
            }
        }
    }

    private void eventLogHint(SheetTable.Outcome main, Diagnostics diags) {
        if (repeatedRefs < EVENT_LOG_MIN_REPEATS || (long) repeatedRefs * EVENT_LOG_SHARE < main.dataRows()) {
            return;
        }
        Place at =
                new Place(firstRepeat.file(), firstRepeat.sheet(), main.header().row(), firstRepeat.column());
        diags.note(
                at,
                String.format(
                        Locale.UK,
                        "%,d of the %,d rows repeat an earlier %s: this looks like an event or"
                                + " audit log (one row per update of a call), not a log of calls. ictreview needs one row per call holding"
                                + " its final state (for each %s keep its last row); only the first row of each %s is read now",
                        repeatedRefs,
                        main.dataRows(),
                        REF,
                        REF,
                        REF));
    }

    static Priority priority(DataRow r, String column) {
        return priority(r, column, new TextLookup<>(Priority::parse));
    }

    private static Priority priority(DataRow r, String column, TextLookup<Priority> lookup) {
        return r.get(column, true, c -> lookup.get(c.display()).orElseThrow(() -> new BadValue(PRIORITIES)));
    }

    private static CallType callType(DataRow r, TextLookup<CallType> lookup) {
        String t = r.text(TYPE, false);
        if (t == null) {
            return CallType.INCIDENT;
        }
        return lookup.get(t).orElseGet(() -> {
            r.warning(
                    TYPE,
                    TYPE + " '" + t + "' is not one of Incident, Request, Problem, Change, Maintenance;"
                            + " treated as Incident");
            return CallType.INCIDENT;
        });
    }

    private static ServiceLevel serviceLevel(DataRow r, Uniques u) {
        Priority p = priority(r, PRIORITY);
        if (p != null) {
            Integer before = u.seen(p.name(), r.number());
            if (before != null) {
                r.error(PRIORITY, PRIORITY + " " + p.name() + " is listed again (first at row " + before + ")");
            }
        }
        String name = r.text(NAME, false);
        Long response = r.get(RESPONSE_TARGET, true, Plausible::targetMinutes);
        Long resolution = r.get(RESOLUTION_TARGET, true, Plausible::targetMinutes);
        if (r.failed()) {
            return null;
        }
        return new ServiceLevel(p, name == null ? p.defaultName() : name, response, resolution);
    }

    private static Closure closure(DataRow r) {
        LocalDate from = r.date(FROM, true);
        LocalDate to = r.date(TO, true);
        if (from != null && to != null) {
            Checks.notBefore(r, TO, to.atStartOfDay(), FROM, from.atStartOfDay());
        }
        Plausible.closureLength(r, TO, from, to);
        String reason = r.text(REASON, false);
        return r.failed() ? null : new Closure(from, to, reason);
    }

    private static CategorySkill category(DataRow r, Uniques u) {
        String category = r.text(CATEGORY, true);
        Uniques.check(u, r, CATEGORY, category);
        Skill skill = skill(r, SKILL);
        return r.failed() ? null : new CategorySkill(category, skill);
    }

    static Skill skill(DataRow r, String column) {
        return r.get(column, true, c -> Skill.parse(c.display())
                .orElseThrow(() -> new BadValue("one of the 12 framework skills ("
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(Skill.values())
                                        .map(Skill::label)
                                        .toList()) + ")")));
    }
}
