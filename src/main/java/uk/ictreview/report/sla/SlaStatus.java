package uk.ictreview.report.sla;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.ictreview.analyse.sla.PeriodFigures;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.report.Format;
import uk.ictreview.report.Status;

/**
 * The Service levels status (docs/rules-sla.md): the worst of the overall share resolved within target and the
 * share of each priority with at least {@link #MIN_JUDGED} judged calls, each banded by {@link SlaRows#status}
 * (green at or above the goal, amber within 15 points under it, red below that). A governor scans the badge: a
 * green badge over a P1 Critical at 76% would hide the calls that matter most. A priority with fewer judged calls
 * is left out of the status (its 95% range is too wide for one breach to decide it) and still shown in the table.
 *
 * <p>{@code drivers} are the labels of the priorities (or "overall") whose band set the status, when it is worse
 * than green.
 */
record SlaStatus(Status status, List<String> drivers, List<String> tooFew) {
    /** Judged calls (met + breached) a priority needs to count in the status. */
    static final int MIN_JUDGED = 20;

    SlaStatus {
        drivers = List.copyOf(drivers);
        tooFew = List.copyOf(tooFew);
    }

    static SlaStatus of(PeriodFigures f, BigDecimal goal, Function<SlaFigures, String> label) {
        Status overall = SlaRows.status(f.overall().resolutionMetPct(), goal);
        if (!overall.judged()) {
            return new SlaStatus(Status.NOT_JUDGED, List.of(), List.of());
        }
        Status worst = overall;
        List<String> drivers = new ArrayList<>();
        List<String> tooFew = new ArrayList<>();
        for (SlaFigures p : f.byPriority()) {
            if (p.resolutionMetPct() == null) {
                continue;
            }
            if (p.resolutionMet() + p.resolutionBreached() < MIN_JUDGED) {
                tooFew.add(label.apply(p));
                continue;
            }
            Status band = SlaRows.status(p.resolutionMetPct(), goal);
            if (band.compareTo(worst) > 0) {
                worst = band;
                drivers.clear();
            }
            if (band == worst && band != Status.GREEN) {
                drivers.add(label.apply(p) + " " + Format.pct(p.resolutionMetPct()));
            }
        }
        if (worst != Status.GREEN && overall == worst) {
            drivers.add("overall " + Format.pct(f.overall().resolutionMetPct()));
        }
        return new SlaStatus(worst, drivers, tooFew);
    }

    /**
     * The rule line under the badge: what set it, then the rule, e.g. "Amber: P1 Critical 76.0% and P2 High 81.7%
     * resolved within target, under the 90% goal. The status is the worst of the overall share and of each priority
     * with 20 or more judged calls: green at 90% or more, amber 75% to under 90%, red below 75%."
     */
    String rule(BigDecimal goal) {
        if (!status.judged()) {
            return "No status: no call of the period could be judged against its target yet.";
        }
        String g = Format.pct(goal);
        String amber = Format.pct(goal.subtract(BigDecimal.valueOf(15)).max(BigDecimal.ZERO));
        String why = drivers.isEmpty()
                ? "Green: every share judged is at or above the " + g + " goal. "
                : status.word() + ": " + Format.and(drivers) + " resolved within target, under the " + g + " goal. ";
        String few = tooFew.isEmpty()
                ? ""
                : " " + Format.and(tooFew) + (tooFew.size() == 1 ? " has" : " have")
                        + " too few judged calls to count.";
        return why + "The status is the worst of the overall share and of each priority with " + MIN_JUDGED
                + " or more judged calls: green at " + g + " or more, amber " + amber + " to under " + g
                + ", red below "
                + amber + "." + few;
    }
}
