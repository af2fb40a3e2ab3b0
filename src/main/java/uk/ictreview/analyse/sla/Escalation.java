package uk.ictreview.analyse.sla;

import java.math.BigDecimal;
import java.util.List;

/**
 * The calls passed to an external supplier ({@code Escalated to} filled in): their number, their share of the
 * period's calls, their resolution percentage met and median resolution time, and the same per supplier.
 */
public record Escalation(
        int calls,
        BigDecimal sharePct,
        BigDecimal metPct,
        BigDecimal medianResolutionHours,
        List<GroupFigures> bySupplier) {
    public Escalation {
        bySupplier = List.copyOf(bySupplier);
    }

    public static Escalation of(List<Verdict> population) {
        List<Verdict> esc =
                population.stream().filter(v -> v.call().escalated()).toList();
        SlaFigures f = SlaFigures.of("escalated", esc);
        return new Escalation(
                esc.size(),
                Stats.pct(esc.size(), population.size()),
                f.resolutionMetPct(),
                f.medianResolutionHours(),
                GroupFigures.by(esc, v -> v.call().escalatedTo()));
    }
}
