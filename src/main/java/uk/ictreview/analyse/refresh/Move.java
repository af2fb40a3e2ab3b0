package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One replacement the smoothed schedule moved: from the plan year to another, with its cost in each (re-priced
 * for the year it lands in). The reason is {@code direction} plus the item's due date and call count.
 */
public record Move(PlanItem item, FinancialYear from, FinancialYear to, BigDecimal costBefore, BigDecimal costAfter) {
    public Move {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean deferred() {
        return to.startYear() > from.startYear();
    }

    /**
     * Whole financial years it runs past the year its life ends in, where it lands: for a device due in 2027-28
     * deferred to 2028-29, 1; for one already overdue (due 2025-26, planned in the first year 2026-27) deferred to
     * 2027-28, 2, not the 1 year it moved. 0 or less when it is replaced in or before its due year.
     */
    public int yearsPastLife() {
        return to.startYear()
                - FinancialYear.containing(item.due(), to.startMonth()).startYear();
    }

    /** Whole financial years moved: positive when deferred, negative when brought forward. */
    public int years() {
        return to.startYear() - from.startYear();
    }
}
