package uk.ictreview.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The headline figures of an earlier pack of the same school, as its figures.json gives them (docs/rules-report.md,
 * "Earlier packs"). {@code folder} is the pack's folder name in the output folder. A figure the earlier pack did not
 * hold (no budget set, no standards judged, an area that could not be built) is null.
 *
 * @param refreshShortfall the refresh section's shortfall: the budgeted years' cost less their budgets, 0 when
 *     covered, or null when no year had a budget
 * @param refreshOverdueUnits replacements overdue at the period end (the backlog)
 * @param skillsCovered skills covered, of {@code skillsTotal}
 * @param singlePoints skills with a single point of knowledge (exactly one School person reaches the need)
 * @param standardsMet standards lines judged met, of {@code standardsTotal}
 */
public record EarlierPack(
        String folder,
        Period period,
        BigDecimal slaMetPct,
        BigDecimal refreshShortfall,
        Integer refreshOverdueUnits,
        BigDecimal refreshOverdueCost,
        Integer skillsCovered,
        Integer skillsTotal,
        Integer singlePoints,
        Integer standardsMet,
        Integer standardsTotal) {
    public EarlierPack {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(period, "period");
    }
}
