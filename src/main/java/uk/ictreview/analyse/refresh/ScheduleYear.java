package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One year of the smoothed schedule: what it spends, its cap (the year's budget where given, else the level
 * annual budget) and whether it is still over the cap because nothing more could move.
 */
public record ScheduleYear(
        FinancialYear year, int units, BigDecimal cost, BigDecimal cap, boolean capIsBudget, List<TypeCost> byType) {
    public ScheduleYear {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(cap, "cap");
        byType = List.copyOf(byType);
    }

    public boolean overCap() {
        return cost.compareTo(cap) > 0;
    }
}
