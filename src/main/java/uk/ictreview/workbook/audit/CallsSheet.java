package uk.ictreview.workbook.audit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.analyse.sla.SupportCalendar;
import uk.ictreview.analyse.sla.Verdict;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Priority;
import uk.ictreview.model.ServiceLevel;
import uk.ictreview.model.StaffNames;

/**
 * The Targets and Calls sheets. Calls has one row per judged call of the period (SPEC 5's population): its cells
 * as read, the support minutes the tool computed (from the support hours, closures and bank holidays, which a
 * formula cannot redo), and then formulas: whether it was responded to and resolved by the period end, the On
 * hold deduction, the targets looked up on the Targets sheet, met / breached / pending, and the resolution hours
 * that the median and 90th percentile run over (all, and one column per priority). Reported by and Assigned to
 * are written only where staff names are shown.
 */
final class CallsSheet {
    static final String NAME = "Calls";
    static final String TARGETS = "Targets";
    static final int PRIORITY = 2;
    static final int RESPONSE = 20;
    static final int RESOLUTION = 21;
    static final int HOURS = 22;

    private static final String[] READ = {
        "Ref",
        "Logged",
        "Priority",
        "Category",
        "Type",
        "Location",
        "Asset tag",
        "Responded",
        "Resolved",
        "On hold hours",
        "Escalated to",
        "Reopened"
    };
    private static final String[] COMPUTED = {
        "Response support minutes (ictreview)",
        "Support minutes to resolution or period end, before on hold (ictreview)",
        "Responded by period end",
        "Resolved by period end",
        "On hold minutes",
        "Resolution support minutes",
        "Response target minutes",
        "Resolution target minutes",
        "Response",
        "Resolution",
        "Resolution hours (resolved)",
        "Hours P1",
        "Hours P2",
        "Hours P3",
        "Hours P4"
    };

    final Sheet calls;
    final int rows;

    private CallsSheet(Sheet calls, int rows) {
        this.calls = calls;
        this.rows = rows;
    }

    static CallsSheet write(Grid g, SlaResult sla, StaffNames names) {
        targets(g, sla.targets());
        Sheet s = g.sheet(NAME, 12, 16, 8, 16, 11, 14, 11, 16, 16, 8, 14, 8);
        List<String> head = new ArrayList<>(List.of(READ));
        head.addAll(List.of(COMPUTED));
        boolean shown = names == StaffNames.SHOWN;
        if (shown) {
            head.addAll(List.of("Reported by", "Assigned to"));
        }
        g.header(s, 0, head.toArray(new String[0]));
        SupportCalendar cal = SupportCalendar.of(sla.supportHours(), sla.closures(), sla.region());
        LocalDateTime end = sla.current().period().to().plusDays(1).atStartOfDay();
        List<Verdict> verdicts = sla.current().verdicts();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            Row r = s.createRow(i + 1);
            read(g, r, v.call());
            long gone = cal.minutesBetween(v.call().logged(), v.resolved() ? v.resolvedAt() : end);
            g.value(r, 12, v.responseMinutes());
            g.value(r, 13, gone);
            formulas(g, r, i + 2);
            if (shown) {
                g.value(r, 27, v.call().reportedBy());
                g.value(r, 28, v.call().assignedTo());
            }
        }
        return new CallsSheet(s, verdicts.size());
    }

    private static void read(Grid g, Row r, Incident c) {
        g.value(r, 0, c.ref());
        g.value(r, 1, c.logged());
        g.value(r, 2, c.priority().name());
        g.value(r, 3, c.category());
        g.value(r, 4, c.type().label());
        g.value(r, 5, c.location());
        g.value(r, 6, c.assetTag());
        g.value(r, 7, c.responded());
        g.value(r, 8, c.resolved());
        g.value(r, 9, c.onHoldMinutes() == 0 ? null : c.onHoldMinutes() / 60.0);
        g.value(r, 10, c.escalatedTo());
        g.value(r, 11, c.reopened());
    }

    /** Columns O-AA of row {@code n} (1-based), as docs/rules-sla.md and SPEC 5 state the rules. */
    private static void formulas(Grid g, Row r, int n) {
        String targets = TARGETS + "!$A$2:$D$5";
        g.formula(
                r,
                14,
                "OR(AND(ISNUMBER(H" + n + "),H" + n + "<=PeriodEnd),AND(ISNUMBER(I" + n + "),I" + n + "<=PeriodEnd))");
        g.formula(r, 15, "AND(ISNUMBER(I" + n + "),I" + n + "<=PeriodEnd)");
        g.formula(r, 16, "ROUND(J" + n + "*60,0)");
        g.formula(r, 17, "MAX(0,N" + n + "-Q" + n + ")");
        g.formula(r, 18, "VLOOKUP(C" + n + "," + targets + ",3,FALSE)*60");
        g.formula(r, 19, "VLOOKUP(C" + n + "," + targets + ",4,FALSE)*60");
        g.formula(r, RESPONSE, "IF(M" + n + ">S" + n + ",\"breached\",IF(O" + n + ",\"met\",\"pending\"))");
        g.formula(r, RESOLUTION, "IF(R" + n + ">T" + n + ",\"breached\",IF(P" + n + ",\"met\",\"pending\"))");
        g.formula(r, HOURS, "IF(P" + n + ",R" + n + "/60,\"\")");
        for (Priority p : Priority.values()) {
            g.formula(r, HOURS + 1 + p.ordinal(), "IF($C" + n + "=\"" + p.name() + "\",$W" + n + ",\"\")");
        }
    }

    /** The column of resolution hours of one priority, or of all calls for null. */
    static int hoursColumn(Priority p) {
        return p == null ? HOURS : HOURS + 1 + p.ordinal();
    }

    private static void targets(Grid g, List<ServiceLevel> levels) {
        Sheet s = g.sheet(TARGETS, 10, 14, 18, 18);
        g.header(s, 0, "Priority", "Name", "Response target (support hours)", "Resolution target (support hours)");
        for (int i = 0; i < levels.size(); i++) {
            ServiceLevel l = levels.get(i);
            Row r = s.createRow(i + 1);
            g.value(r, 0, l.priority().name());
            g.value(r, 1, l.name());
            g.value(r, 2, l.responseTargetMinutes() / 60.0);
            g.value(r, 3, l.resolutionTargetMinutes() / 60.0);
        }
    }
}
