package uk.ictreview.report.sla;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.ictreview.analyse.sla.CandidateProblem;
import uk.ictreview.analyse.sla.Escalation;
import uk.ictreview.analyse.sla.Outcome;
import uk.ictreview.analyse.sla.PeriodFigures;
import uk.ictreview.analyse.sla.SlaAnalysis;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.analyse.sla.WeeklyVolume;
import uk.ictreview.analyse.sla.WorkMix;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.SupportDay;
import uk.ictreview.report.Format;
import uk.ictreview.report.Status;

/** The section's sentences and method notes, written for a governor first and a technician second. */
final class SlaText {
    private static final String EXCEL_NOTE =
            "Service levels in Excel (the sla-calls CSV lists every judged call): percentage met = met / (met + "
                    + "breached) to one decimal. Its 95% range is the Wilson score interval: with met in B1, met + breached in "
                    + "B2 and z = 1.959964 in B3, low = (B1/B2 + B3^2/(2*B2) - B3*SQRT(B1/B2*(1-B1/B2)/B2 + B3^2/(4*B2^2))) / "
                    + "(1 + B3^2/B2), and high the same with + before B3*SQRT. The median and 90th percentile are over the "
                    + "resolution times of the calls resolved by the period end (the Resolution (support min) column, blank "
                    + "for calls still open, divided by 60): =MEDIAN(range) and =PERCENTILE.INC(range,0.9). "
                    + "Calls per week count ISO weeks (Monday to Sunday); part weeks at either end and closed weeks (no "
                    + "support hours on any day: half term, holidays) are left out of the trend; a week with some days closed "
                    + "(a bank holiday) stays in at its actual count. The trend is the least-squares slope =SLOPE(calls, week "
                    + "number) over the weeks marked Y in the In trend column of sla-calls-per-week (three or more), "
                    + "significant when its p-value is below 0.05. The backlog is every incident or request logged by the period end and not "
                    + "resolved by it, by age in calendar days (period end minus the logged date).";

    private SlaText() {}

    /** "87.5% of calls were resolved within target, up from 82.1% in the previous period." */
    static String headline(SlaResult r) {
        SlaFigures o = r.current().overall();
        if (o.calls() == 0) {
            return "No incidents or requests were logged in this period.";
        }
        if (o.resolutionMetPct() == null) {
            return "None of the " + Format.count(o.calls(), "call", "calls")
                    + " logged in this period can be judged yet: all are still open and within their targets.";
        }
        StringBuilder s =
                new StringBuilder(o.resolutionMetPct().toPlainString() + "% of calls were resolved within target");
        BigDecimal before = r.previous() == null ? null : r.previous().overall().resolutionMetPct();
        if (before != null) {
            int cmp = o.resolutionMetPct().compareTo(before);
            s.append(cmp > 0 ? ", up from " : cmp < 0 ? ", down from " : ", the same as ")
                    .append(before.toPlainString())
                    .append("% in the previous period");
        }
        return s.append(" (")
                .append(Format.whole(o.resolutionMet()))
                .append(" of ")
                .append(Format.whole(o.resolutionMet() + o.resolutionBreached()))
                .append(" calls judged).")
                .toString();
    }

    /**
     * " P1 Critical (76.0%) and P2 High (81.7%) were below the 90% goal.", naming every priority with judged calls
     * under the goal, so a green overall figure does not hide a priority that fell short; "" when none did. The
     * last row of {@code rows} is the overall one and is not named.
     */
    static String belowGoal(List<SlaRows.PriorityRow> rows, BigDecimal goal) {
        List<String> below = new ArrayList<>();
        for (SlaRows.PriorityRow p : rows.subList(0, Math.max(0, rows.size() - 1))) {
            if (p.status() == Status.AMBER || p.status() == Status.RED) {
                below.add(p.label() + " (" + p.metPct() + ")");
            }
        }
        if (below.isEmpty()) {
            return "";
        }
        String names = below.size() == 1
                ? below.get(0)
                : String.join(", ", below.subList(0, below.size() - 1)) + " and " + below.get(below.size() - 1);
        return " " + names + (below.size() == 1 ? " was" : " were") + " below the " + goal.toPlainString() + "% goal.";
    }

    static String trend(WeeklyVolume w) {
        String closed = closedWeeks(w);
        if (w.weeks().stream().mapToInt(WeeklyVolume.Week::calls).sum() == 0) {
            return "No calls were logged in the period, so there is no trend to show." + closed;
        }
        if (!w.hasTrend()) {
            return "Too few whole weeks in the period to show a trend in the number of calls." + closed;
        }
        BigDecimal slope = w.slopePerWeek();
        if (slope.signum() == 0) {
            return "Calls per week were level over the period." + closed;
        }
        String dir = slope.signum() > 0 ? "rose" : "fell";
        // Plain words first; the statistic behind them is trendStatistic's, in small print (issue 12).
        return "Calls per week " + dir + " by an average of " + slope.abs().toPlainString() + " a week"
                + (w.significant()
                        ? ", a steady change rather than chance."
                        : ", but the weeks vary too much to say this is more than chance.")
                + closed;
    }

    /**
     * The statistic behind {@link #trend}, for small print: "Least-squares trend over 13 weeks; p = 0.369
     * (below 0.05 counts as more than chance)."; "" when there is no trend.
     */
    static String trendStatistic(WeeklyVolume w) {
        if (!w.hasTrend() || w.pValue() == null) {
            return "";
        }
        long weeks = w.weeks().stream().filter(WeeklyVolume.Week::inTrend).count();
        return "Least-squares trend over " + Format.count(weeks, "week", "weeks") + "; p = "
                + String.format(Locale.UK, "%.3f", w.pValue()) + " (below 0.05 counts as more than chance).";
    }

    /** " The week of 25/05/2026 had no support hours (closed) and is left out of the trend.", or "". */
    static String closedWeeks(WeeklyVolume w) {
        List<String> closed = w.weeks().stream()
                .filter(WeeklyVolume.Week::closed)
                .map(k -> Format.longDate(k.monday()))
                .toList();
        if (closed.isEmpty()) {
            return "";
        }
        return closed.size() == 1
                ? " The week of " + closed.get(0) + " had no support hours (closed) and is left out of the trend."
                : " The weeks of " + String.join(", ", closed.subList(0, closed.size() - 1)) + " and "
                        + closed.get(closed.size() - 1)
                        + " had no support hours (closed) and are left out of the trend.";
    }

    static String escalation(Escalation e) {
        if (e.calls() == 0) {
            return "No calls were escalated to an external supplier.";
        }
        return Format.count(e.calls(), "call was", "calls were") + " escalated to suppliers ("
                + Format.pct(e.sharePct())
                + " of calls); " + Format.pct(e.metPct()) + " of those judged were resolved within target, median "
                + Format.num(e.medianResolutionHours()) + " support hours.";
    }

    static String workMix(WorkMix m) {
        return "Work logged in the period (FITS): " + Format.whole(m.reactive()) + " reactive ("
                + Format.count(m.incidents(), "incident", "incidents") + ", "
                + Format.count(m.requests(), "request", "requests") + "), " + Format.whole(m.proactive())
                + " proactive ("
                + Format.count(m.problems(), "problem", "problems") + ", " + Format.whole(m.maintenance())
                + " maintenance) and "
                + Format.count(m.changes(), "change", "changes") + ".";
    }

    static String reopen(PeriodFigures f) {
        if (f.reopenRatePct() == null) {
            return "";
        }
        return Format.count(f.reopenedCalls(), "call was", "calls were") + " reopened (" + Format.pct(f.reopenRatePct())
                + " of calls).";
    }

    static String candidates(List<CandidateProblem> cs) {
        if (cs.isEmpty()) {
            return "No asset had " + CandidateProblem.THRESHOLD + " or more calls.";
        }
        return Format.count(cs.size(), "asset had", "assets had") + " " + CandidateProblem.THRESHOLD
                + " or more calls and may have an underlying problem worth investigating.";
    }

    static List<String> methodNotes(SlaResult r, BigDecimal goal) {
        List<String> notes = new ArrayList<>(List.of(clockNote(r), EXCEL_NOTE, statusNote(r, goal)));
        String defaults = defaults(r);
        if (!defaults.isEmpty()) {
            notes.add(defaults);
        }
        return notes;
    }

    private static String clockNote(SlaResult r) {
        return "Service levels: the clock. Times are support hours: only the minutes inside the support hours ("
                + hours(r.supportHours()) + ") count, and closed days count for nothing: the school's closures and "
                + bankHolidays(r.region())
                + ". Response time runs from Logged to Responded (to Resolved where Responded "
                + "is blank); resolution time runs from Logged to Resolved less the On hold hours, never below zero (On "
                + "hold does not stop the response clock). Figures are as at the end of the period, midnight after "
                + Format.longDate(r.current().period().to())
                + ": a response or resolution dated later has not happened yet, so "
                + "the period rebuilt later gives the same figures. A call done at or under its target is met, over it "
                + "breached; an open call with more support time gone than its target is already breached, otherwise "
                + "pending and left out of the percentage. Only incidents and requests logged in the period are judged.";
    }

    private static String statusNote(SlaResult r, BigDecimal goal) {
        return "Service levels: status and comparison. The goal is " + goal.toPlainString() + "% of calls resolved "
                + "within target; a priority is green at or above it, amber up to 15 points below, red below that. "
                + "Candidate problems are assets with " + CandidateProblem.THRESHOLD
                + " or more incidents or requests in the "
                + "period. Work is counted as in the FITS service report: reactive (incidents, requests), proactive "
                + "(problems, maintenance) and changes. " + r.previousNote()
                + " The previous period is compared when the "
                + "log's first call is no later than " + SlaAnalysis.COVER_SLACK_DAYS + " days after its start.";
    }

    private static String defaults(SlaResult r) {
        List<String> d = new ArrayList<>();
        if (r.defaultServiceLevels()) {
            d.add("no Service levels sheet, so the default targets applied (response / resolution, support hours): "
                    + r.targets().stream()
                            .map(t -> t.priority() + " " + t.name() + " " + Format.hours(t.responseTargetMinutes())
                                    + " / " + Format.hours(t.resolutionTargetMinutes()))
                            .collect(Collectors.joining(", ")));
        }
        if (r.defaultSupportHours()) {
            d.add("no Support hours sheet, so Monday to Friday 08:00-16:30 applied");
        }
        if (r.noClosures()) {
            d.add("no closures listed, so only weekends and bank holidays were treated as closed");
        }
        return d.isEmpty() ? "" : "Service levels defaults: the incident log had " + String.join("; ", d) + ".";
    }

    private static String hours(List<SupportDay> days) {
        return days.stream()
                .map(s -> s.day().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + clock(s.start()) + "-"
                        + clock(s.end()))
                .collect(Collectors.joining(", "));
    }

    /** 08:00; the end of the day (LocalTime.MAX, how the reader keeps a 24:00 end) as 24:00. */
    static String clock(java.time.LocalTime t) {
        return t.equals(java.time.LocalTime.MAX)
                ? "24:00"
                : t.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static String bankHolidays(BankHolidayRegion r) {
        return switch (r) {
            case NONE -> "no bank holidays (bank-holidays: none)";
            case SCOTLAND -> "the bank holidays of Scotland (computed for every year by the statutory rules)";
            case NORTHERN_IRELAND ->
                "the bank holidays of Northern Ireland (computed for every year by the statutory rules)";
            case ENGLAND_AND_WALES ->
                "the bank holidays of England and Wales (computed for every year by the statutory rules)";
        };
    }

    /**
     * The title of the breached-calls list, saying what its calls are so the count does not read against the
     * resolution count above: "138 calls breached their response or resolution target (90 resolution, 48 response
     * only), with their times"; when all breached the same target, that target alone.
     */
    static String breachesTitle(PeriodFigures f) {
        List<uk.ictreview.analyse.sla.Verdict> all = f.breached();
        long resolution =
                all.stream().filter(v -> v.resolution() == Outcome.BREACHED).count();
        return breachesTitle(resolution, all.size() - resolution);
    }

    /** The title from the calls late on resolution (whatever their response) and those late on response only. */
    static String breachesTitle(long resolution, long responseOnly) {
        long total = resolution + responseOnly;
        String calls = Format.count(total, "call", "calls") + " breached " + (total == 1 ? "its " : "their ");
        String times = ", with " + (total == 1 ? "its" : "their") + " times";
        if (responseOnly == 0) {
            return calls + "resolution target" + times;
        }
        if (resolution == 0) {
            return calls + "response target only" + times;
        }
        return calls + "response or resolution target (" + Format.whole(resolution) + " resolution, "
                + Format.whole(responseOnly) + " response only)" + times;
    }
}
