package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One financial year of the plan: units and cost per type and in total (overdue backlog included, and also
 * shown on its own), and the capital budget where the Budget sheet gives one (else null).
 */
public record PlanYear(
        FinancialYear year,
        int units,
        BigDecimal cost,
        int overdueUnits,
        BigDecimal overdueCost,
        BigDecimal budget,
        List<TypeCost> byType) {
    public PlanYear {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(overdueCost, "overdueCost");
        byType = List.copyOf(byType);
    }

    /** Budget minus cost: positive is a surplus, negative a shortfall; null when there is no budget. */
    public BigDecimal surplus() {
        return budget == null ? null : budget.subtract(cost);
    }
}
