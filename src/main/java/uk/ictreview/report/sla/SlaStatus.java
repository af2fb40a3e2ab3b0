package uk.ictreview.report.sla;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.ictreview.analyse.sla.PeriodFigures;
import uk.ictreview.analyse.sla.SlaFigures;

/**
 * The Service levels status (docs/rules-sla.md): the worst of the overall share resolved within target and the
 * share of each priority with at least {@link #MIN_JUDGED} judged calls, each banded green at or above the goal,
 * amber within 15 points under it, red below that. A governor scans the badge: a green badge over a P1 Critical
 * at 76% would hide the calls that matter most. A priority with fewer judged calls is left out of the status
 * (its 95% range is too wide for one breach to decide it) and still shown in the table.
 *
 * <p>{@code band} is "green", "amber", "red", or "" when no call was judged; {@code drivers} are the labels of the
 * priorities (or "overall") whose band set it, when it is worse than green.
 */
record SlaStatus(String band, List<String> drivers, List<String> tooFew) {
    /** Judged calls (met + breached) a priority needs to count in the status. */
    static final int MIN_JUDGED = 20;

    SlaStatus {
        drivers = List.copyOf(drivers);
        tooFew = List.copyOf(tooFew);
    }

    static SlaStatus of(PeriodFigures f, BigDecimal goal, Function<SlaFigures, String> label) {
        String worst = SlaRows.status(f.overall().resolutionMetPct(), goal).replace("status-", "");
        if (worst.isEmpty()) {
            return new SlaStatus("", List.of(), List.of());
        }
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
            String band = SlaRows.status(p.resolutionMetPct(), goal).replace("status-", "");
            if (rank(band) > rank(worst)) {
                worst = band;
                drivers.clear();
            }
            if (rank(band) == rank(worst) && !band.equals("green")) {
                drivers.add(label.apply(p) + " " + Fmt.pct(p.resolutionMetPct()));
            }
        }
        if (!worst.equals("green")
                && SlaRows.status(f.overall().resolutionMetPct(), goal).contains(worst)) {
            drivers.add("overall " + Fmt.pct(f.overall().resolutionMetPct()));
        }
        return new SlaStatus(worst, drivers, tooFew);
    }

    private static int rank(String band) {
        return switch (band) {
            case "red" -> 2;
            case "amber" -> 1;
            default -> 0;
        };
    }

    /**
     * The rule line under the badge: what set it, then the rule, e.g. "Amber: P1 Critical 76.0% and P2 High 81.7%
     * resolved within target, under the 90% goal. The status is the worst of the overall share and of each priority
     * with 20 or more judged calls: green at 90% or more, amber 75% to under 90%, red below 75%."
     */
    String rule(BigDecimal goal) {
        if (band.isEmpty()) {
            return "No status: no call of the period could be judged against its target yet.";
        }
        String g = goal.toPlainString() + "%";
        String amber =
                goal.subtract(BigDecimal.valueOf(15)).max(BigDecimal.ZERO).toPlainString() + "%";
        String why = drivers.isEmpty()
                ? "Green: every share judged is at or above the " + g + " goal. "
                : capital(band) + ": " + and(drivers) + " resolved within target, under the " + g + " goal. ";
        String few = tooFew.isEmpty()
                ? ""
                : " " + and(tooFew) + (tooFew.size() == 1 ? " has" : " have") + " too few judged calls to count.";
        return why + "The status is the worst of the overall share and of each priority with " + MIN_JUDGED
                + " or more judged calls: green at " + g + " or more, amber " + amber + " to under " + g
                + ", red below "
                + amber + "." + few;
    }

    /** "A", "A and B", "A, B and C". */
    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
