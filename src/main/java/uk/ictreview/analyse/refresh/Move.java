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

    /** Whole financial years moved: positive when deferred, negative when brought forward. */
    public int years() {
        return to.startYear() - from.startYear();
    }
}
