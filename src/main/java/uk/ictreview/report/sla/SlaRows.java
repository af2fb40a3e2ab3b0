package uk.ictreview.report.sla;

import java.math.BigDecimal;
import java.util.List;
import uk.ictreview.analyse.sla.CandidateProblem;
import uk.ictreview.analyse.sla.GroupFigures;
import uk.ictreview.analyse.sla.Outcome;
import uk.ictreview.analyse.sla.PeriodFigures;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.Verdict;
import uk.ictreview.analyse.sla.WeeklyVolume;
import uk.ictreview.model.ServiceLevel;
import uk.ictreview.report.Format;
import uk.ictreview.report.Status;

/** The rows of the section's tables, already formatted for display (the templates only place them). */
public final class SlaRows {
    private SlaRows() {}

    /** One priority (or "All") with its targets, counts and formatted figures; {@code status} against the goal. */
    public record PriorityRow(
            String priority,
            String name,
            String responseTarget,
            String resolutionTarget,
            int calls,
            int responseMet,
            int responseBreached,
            int met,
            int breached,
            int pending,
            String metPct,
            String interval,
            String median,
            String p90,
            Status status,
            String responseMetPct,
            int responsePending) {
        /** "P1 Critical", or "All priorities" for the overall row. */
        public String label() {
            return responseTarget.isEmpty() ? name : priority + " " + name;
        }

        static PriorityRow of(SlaFigures f, ServiceLevel target, BigDecimal goal) {
            return new PriorityRow(
                    f.priority(),
                    target == null ? "All priorities" : target.name(),
                    target == null ? "" : Format.hours(target.responseTargetMinutes()),
                    target == null ? "" : Format.hours(target.resolutionTargetMinutes()),
                    f.calls(),
                    f.responseMet(),
                    f.responseBreached(),
                    f.resolutionMet(),
                    f.resolutionBreached(),
                    f.pending(),
                    Format.pct(f.resolutionMetPct()),
                    Format.interval(f.resolutionMetPctLow(), f.resolutionMetPctHigh()),
                    Format.num(f.medianResolutionHours()),
                    Format.num(f.p90ResolutionHours()),
                    SlaRows.status(f.resolutionMetPct(), goal),
                    Format.pct(f.responseMetPct()),
                    f.responsePending());
        }
    }

    /** A category, location or supplier. */
    public record GroupRow(String name, int calls, int met, int breached, int pending, String metPct, String median) {
        static List<GroupRow> of(List<GroupFigures> gs) {
            return gs.stream()
                    .map(g -> new GroupRow(
                            g.name(),
                            g.calls(),
                            g.met(),
                            g.breached(),
                            g.pending(),
                            Format.pct(g.metPct()),
                            Format.num(g.medianResolutionHours())))
                    .toList();
        }
    }

    /** A call breached on response or resolution, with its times as at the period end (no staff names). */
    public record BreachRow(
            String ref,
            String priority,
            String type,
            String category,
            String location,
            String logged,
            String responded,
            String resolved,
            String responseHours,
            String responseTarget,
            String resolutionHours,
            String resolutionTarget,
            String what) {
        static BreachRow of(Verdict v) {
            var c = v.call();
            return new BreachRow(
                    c.ref(),
                    c.priority().name(),
                    c.type().label(),
                    c.category(),
                    c.location() == null ? Format.NONE : c.location(),
                    Format.dateTime(c.logged()),
                    v.responded() ? Format.dateTime(v.respondedAt()) : "not yet",
                    v.resolved() ? Format.dateTime(v.resolvedAt()) : "open",
                    Format.hours(v.responseMinutes()),
                    Format.hours(v.target().responseTargetMinutes()),
                    Format.hours(v.resolutionMinutes()),
                    Format.hours(v.target().resolutionTargetMinutes()),
                    what(v));
        }

        private static String what(Verdict v) {
            boolean resp = v.response() == Outcome.BREACHED;
            boolean res = v.resolution() == Outcome.BREACHED;
            String open = v.resolved() ? "" : " (still open)";
            if (resp && res) {
                return "Response and resolution late" + open;
            }
            return (resp ? "Response late" : "Resolution late") + open;
        }
    }

    /** An asset with 3 or more calls. */
    public record CandidateRow(String tag, String type, String location, int calls, String refs) {
        /** Refs listed on the page for one asset; a school's worst asset has a dozen calls or so. */
        static final int REFS_AT_MOST = 50;

        static CandidateRow of(CandidateProblem p) {
            return new CandidateRow(
                    p.assetTag(),
                    p.inRegister() ? p.type() : "not in the asset register",
                    p.location() == null ? Format.NONE : p.location(),
                    p.calls(),
                    refs(p.refs()));
        }

        /**
         * The Refs joined, the first {@value #REFS_AT_MOST} only: on a trust's log one asset can have thousands of
         * calls (every Ref is in sla-candidate-problems.csv).
         */
        static String refs(List<String> refs) {
            if (refs.size() <= REFS_AT_MOST) {
                return String.join(", ", refs);
            }
            return String.join(", ", refs.subList(0, REFS_AT_MOST)) + " and "
                    + Format.whole(refs.size() - REFS_AT_MOST) + " more (every one in "
                    + SlaSection.CANDIDATES_CSV + ")";
        }
    }

    /** A figure of this period beside the previous one, and the change ("+5.4 points", "-3"). */
    public record ComparisonRow(String what, String now, String before, String change) {
        static List<ComparisonRow> of(PeriodFigures now, PeriodFigures before) {
            SlaFigures a = now.overall();
            SlaFigures b = before.overall();
            return List.of(
                    new ComparisonRow(
                            "Calls logged",
                            Format.whole(a.calls()),
                            Format.whole(b.calls()),
                            signed(BigDecimal.valueOf(a.calls() - b.calls()), "")),
                    new ComparisonRow(
                            "Resolved within target",
                            Format.pct(a.resolutionMetPct()),
                            Format.pct(b.resolutionMetPct()),
                            diff(a.resolutionMetPct(), b.resolutionMetPct(), " points")),
                    new ComparisonRow(
                            "Median resolution (h)",
                            Format.num(a.medianResolutionHours()),
                            Format.num(b.medianResolutionHours()),
                            diff(a.medianResolutionHours(), b.medianResolutionHours(), " h")),
                    new ComparisonRow(
                            "Open at the end",
                            Format.whole(now.backlog().open()),
                            Format.whole(before.backlog().open()),
                            signed(
                                    BigDecimal.valueOf(now.backlog().open()
                                            - before.backlog().open()),
                                    "")));
        }

        private static String diff(BigDecimal a, BigDecimal b, String unit) {
            return a == null || b == null ? Format.NONE : signed(a.subtract(b), unit);
        }

        private static String signed(BigDecimal d, String unit) {
            String v = d.scale() <= 0 ? Format.whole(d.longValueExact()) : d.toPlainString();
            return (d.signum() > 0 ? "+" : "") + v + unit;
        }
    }

    /** A week of the volume chart and table; {@code note} says why a week is not in the trend, or that days were closed. */
    public record WeekRow(
            String weekStarting,
            int calls,
            boolean whole,
            boolean closed,
            boolean inTrend,
            int openDays,
            String trend,
            String note) {
        static List<WeekRow> of(WeeklyVolume w) {
            List<WeeklyVolume.Week> ws = w.weeks();
            return java.util.stream.IntStream.range(0, ws.size())
                    .mapToObj(i -> {
                        WeeklyVolume.Week k = ws.get(i);
                        return new WeekRow(
                                Format.date(k.monday()),
                                k.calls(),
                                k.whole(),
                                k.closed(),
                                k.inTrend(),
                                k.openDays(),
                                w.hasTrend()
                                        ? BigDecimal.valueOf(w.trendAt(i))
                                                .setScale(1, java.math.RoundingMode.HALF_UP)
                                                .toPlainString()
                                        : Format.NONE,
                                note(k));
                    })
                    .toList();
        }

        private static String note(WeeklyVolume.Week k) {
            if (k.closed()) {
                return "closed (no support hours), not in the trend";
            }
            if (!k.whole()) {
                return "part week, not in the trend";
            }
            return k.openDays() < 5 ? Format.count(k.openDays(), "support day", "support days") : "";
        }
    }

    /** Green at or above the goal, amber within 15 points below it, red below that; not judged without a figure. */
    static Status status(BigDecimal pct, BigDecimal goal) {
        if (pct == null) {
            return Status.NOT_JUDGED;
        }
        if (pct.compareTo(goal) >= 0) {
            return Status.GREEN;
        }
        return pct.compareTo(goal.subtract(BigDecimal.valueOf(15))) >= 0 ? Status.AMBER : Status.RED;
    }
}
