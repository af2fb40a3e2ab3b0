package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One asset in the plan. {@code dueIndex} is the plan year its due date falls in (negative when overdue, i.e.
 * due before the first plan year starts); it is planned in {@code planIndex} = max(0, dueIndex). {@code
 * incidents} is the number of calls logged against its tag in the 12 months to the period end.
 */
public record PlanItem(
        String tag,
        String type,
        String location,
        LocalDate due,
        int dueIndex,
        BigDecimal baseCost,
        BigDecimal pricePct,
        int incidents) {
    public PlanItem {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(baseCost, "baseCost");
        Objects.requireNonNull(pricePct, "pricePct");
    }

    public int planIndex() {
        return Math.max(0, dueIndex);
    }

    public boolean overdue() {
        return dueIndex < 0;
    }

    /** The latest plan year it may be deferred to: two financial years after the one it is due in. */
    public int latestIndex() {
        return Math.max(planIndex(), dueIndex + 2);
    }

    /** The cost of replacing it in plan year {@code k}, to the penny. */
    public BigDecimal costIn(int k) {
        return Pricing.price(baseCost, pricePct, k);
    }
}
