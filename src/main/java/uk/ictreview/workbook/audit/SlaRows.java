package uk.ictreview.workbook.audit;

import org.apache.poi.ss.usermodel.Sheet;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.model.Priority;

/**
 * The SLA figures of figures.json ({@code sla.calls}, {@code sla.overall.*}, {@code sla.byPriority[Pn].*}) as
 * formulas over the Calls sheet: COUNTIFS for the counts, the percentages to one decimal, the 95% Wilson score
 * interval with {@code z = NORM.S.INV(0.975)}, and MEDIAN and PERCENTILE.INC over the resolution hours of the
 * calls resolved by the period end (docs/rules-sla.md).
 */
final class SlaRows {
    private final FiguresSheet f;
    private final CallsSheet calls;

    private SlaRows(FiguresSheet f, CallsSheet calls) {
        this.f = f;
        this.calls = calls;
    }

    static void add(FiguresSheet f, CallsSheet calls, SlaResult sla) {
        SlaRows rows = new SlaRows(f, calls);
        f.heading("Service levels: the calls logged in the period (Calls sheet)");
        rows.group("sla.overall.", null, sla.current().overall());
        f.add(
                "sla.calls",
                "Calls judged in the period",
                "COUNTA(" + col(calls, 0) + ")",
                sla.current().overall().calls());
        for (SlaFigures p : sla.current().byPriority()) {
            Priority priority = Priority.valueOf(p.priority());
            f.heading(priority.name() + " "
                    + sla.targets().get(priority.ordinal()).name());
            rows.group("sla.byPriority[" + p.priority() + "].", priority, p);
        }
    }

    private void group(String key, Priority p, SlaFigures t) {
        String who = p == null ? "all calls" : p.name() + " calls";
        f.add(
                key + "calls",
                "Calls, " + who,
                p == null ? "COUNTA(" + col(calls, 0) + ")" : count(p, -1, null),
                t.calls());
        String rm = f.add(
                key + "responseMet", "Responded within target", count(p, CallsSheet.RESPONSE, "met"), t.responseMet());
        String rb = f.add(
                key + "responseBreached",
                "Response target breached",
                count(p, CallsSheet.RESPONSE, "breached"),
                t.responseBreached());
        String m = f.add(
                key + "resolutionMet",
                "Resolved within target",
                count(p, CallsSheet.RESOLUTION, "met"),
                t.resolutionMet());
        String b = f.add(
                key + "resolutionBreached",
                "Resolution target breached",
                count(p, CallsSheet.RESOLUTION, "breached"),
                t.resolutionBreached());
        f.add(
                key + "pending",
                "Pending: open, not yet past the target",
                count(p, CallsSheet.RESOLUTION, "pending"),
                t.pending());
        f.add(
                key + "resolutionMetPct",
                "% resolved within target: met / (met + breached)",
                pct(m, b),
                t.resolutionMetPct());
        f.add(
                key + "resolutionMetPctLow",
                "95% range, low (Wilson score interval)",
                wilson(m, b, "-"),
                t.resolutionMetPctLow());
        f.add(
                key + "resolutionMetPctHigh",
                "95% range, high (Wilson score interval)",
                wilson(m, b, "+"),
                t.resolutionMetPctHigh());
        String hours = col(calls, CallsSheet.hoursColumn(p));
        f.add(
                key + "medianResolutionHours",
                "Median resolution, support hours",
                percentile("MEDIAN(" + hours + ")", hours),
                t.medianResolutionHours());
        f.add(
                key + "p90ResolutionHours",
                "90th percentile resolution, support hours",
                percentile("_xlfn.PERCENTILE.INC(" + hours + ",0.9)", hours),
                t.p90ResolutionHours());
        f.add(key + "responseMetPct", "% responded within target", pct(rm, rb), t.responseMetPct());
    }

    /** COUNTIFS over the calls of the priority (all for null) whose column {@code col} holds {@code outcome}. */
    private String count(Priority p, int col, String outcome) {
        StringBuilder s = new StringBuilder("COUNTIFS(");
        if (p != null) {
            s.append(col(calls, CallsSheet.PRIORITY)).append(',').append(Grid.text(p.name()));
        }
        if (outcome != null) {
            s.append(p != null ? "," : "").append(col(calls, col)).append(',').append(Grid.text(outcome));
        }
        return s.append(')').toString();
    }

    private static String pct(String met, String breached) {
        return "IF(" + met + "+" + breached + "=0,\"\",ROUND(100*" + met + "/(" + met + "+" + breached + "),1))";
    }

    /** (p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n), as a percentage to one decimal. */
    private static String wilson(String met, String breached, String sign) {
        String n = "(" + met + "+" + breached + ")";
        String p = "(" + met + "/" + n + ")";
        String body = "(" + p + "+ZFor95^2/(2*" + n + ")" + sign + "ZFor95*SQRT(" + p + "*(1-" + p + ")/" + n
                + "+ZFor95^2/(4*" + n + "^2)))/(1+ZFor95^2/" + n + ")";
        return "IF(" + n + "=0,\"\",ROUND(100*" + body + ",1))";
    }

    private static String percentile(String f, String range) {
        return "IF(COUNT(" + range + ")=0,\"\",ROUND(" + f + ",1))";
    }

    private static String col(CallsSheet calls, int col) {
        Sheet s = calls.calls;
        return Grid.column(s, col, calls.rows);
    }
}
