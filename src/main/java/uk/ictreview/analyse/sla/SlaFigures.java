package uk.ictreview.analyse.sla;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The SLA figures of a group of calls (one priority, or all: {@code priority} is then "All"), as figures.json's
 * {@code sla.byPriority[]} holds them. Percentages (0-100) and hours to one decimal; null when there is
 * nothing to judge or measure. Median and 90th percentile are over the resolution times of the calls resolved
 * by the period end.
 */
public record SlaFigures(
        String priority,
        int calls,
        int responseMet,
        int responseBreached,
        int resolutionMet,
        int resolutionBreached,
        int pending,
        BigDecimal resolutionMetPct,
        BigDecimal resolutionMetPctLow,
        BigDecimal resolutionMetPctHigh,
        BigDecimal medianResolutionHours,
        BigDecimal p90ResolutionHours,
        BigDecimal responseMetPct) {
    public SlaFigures {
        Objects.requireNonNull(priority, "priority");
        if (resolutionMet + resolutionBreached + pending != calls) {
            throw new IllegalArgumentException(priority + ": met + breached + pending must equal calls");
        }
    }

    /** Calls whose response is not yet due: not responded by the period end and still within the response target. */
    public int responsePending() {
        return calls - responseMet - responseBreached;
    }

    /** The 95% Wilson range of {@link #responseMetPct()}: its low end, or null when no response was judged. */
    public BigDecimal responseMetPctLow() {
        BigDecimal[] ci = Stats.wilson(responseMet, responseMet + responseBreached);
        return ci == null ? null : ci[0];
    }

    /** The high end of the 95% range of {@link #responseMetPct()}, or null when no response was judged. */
    public BigDecimal responseMetPctHigh() {
        BigDecimal[] ci = Stats.wilson(responseMet, responseMet + responseBreached);
        return ci == null ? null : ci[1];
    }

    /** The figures of the judged calls. */
    public static SlaFigures of(String label, List<Verdict> verdicts) {
        int respMet = count(verdicts, true, Outcome.MET);
        int respBreached = count(verdicts, true, Outcome.BREACHED);
        int met = count(verdicts, false, Outcome.MET);
        int breached = count(verdicts, false, Outcome.BREACHED);
        int pending = count(verdicts, false, Outcome.PENDING);
        BigDecimal[] ci = Stats.wilson(met, met + breached);
        List<Long> times = verdicts.stream()
                .filter(Verdict::resolved)
                .map(Verdict::resolutionMinutes)
                .toList();
        return new SlaFigures(
                label,
                verdicts.size(),
                respMet,
                respBreached,
                met,
                breached,
                pending,
                Stats.pct(met, met + breached),
                ci == null ? null : ci[0],
                ci == null ? null : ci[1],
                Stats.percentileHours(times, 50),
                Stats.percentileHours(times, 90),
                Stats.pct(respMet, respMet + respBreached));
    }

    private static int count(List<Verdict> vs, boolean response, Outcome o) {
        return (int) vs.stream()
                .filter(v -> (response ? v.response() : v.resolution()) == o)
                .count();
    }
}
