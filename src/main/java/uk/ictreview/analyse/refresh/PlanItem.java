package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One replacement in the plan. {@code dueIndex} is the plan year its due date falls in (negative when overdue,
 * i.e. due before the first plan year starts); it is planned in {@code planIndex} = max(0, dueIndex). {@code
 * incidents} is the number of calls logged against its tag in the 12 months to the period end. {@code cycle} is
 * which replacement of the asset it is within the horizon: 1 for the asset on the register, 2 for the device
 * that replaces it falling due in turn one lifetime later, and so on; a repeat has no calls and is never overdue.
 * {@code dueBy} says what set the due date; {@code supportEndIndex} is the plan year the asset's Support ends
 * falls in (negative when before the plan), or null when not known or for a repeat (a new device).
 */
public record PlanItem(
        String tag,
        String type,
        String location,
        LocalDate due,
        int dueIndex,
        BigDecimal baseCost,
        BigDecimal pricePct,
        int incidents,
        int cycle,
        int lifetimeYears,
        DueBy dueBy,
        Integer supportEndIndex) {
    public PlanItem {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(baseCost, "baseCost");
        Objects.requireNonNull(pricePct, "pricePct");
        Objects.requireNonNull(dueBy, "dueBy");
        if (cycle < 1 || (cycle > 1 && (dueIndex < 0 || incidents != 0))) {
            throw new IllegalArgumentException("cycle " + cycle + " of " + tag + " due index " + dueIndex);
        }
    }

    /** The asset on the register, not a device that replaces it. */
    public boolean firstCycle() {
        return cycle == 1;
    }

    /** The tag, and for a repeat which replacement it is: "A-0012", "A-0012 (2nd)", "A-0012 (3rd)". */
    public String label() {
        return cycle == 1 ? tag : tag + " (" + ordinal(cycle) + ")";
    }

    /** "1st", "2nd", "3rd", "4th" ... "11th", "21st". */
    public static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13)
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    public int planIndex() {
        return Math.max(0, dueIndex);
    }

    public boolean overdue() {
        return dueIndex < 0;
    }

    /**
     * The latest plan year it may be deferred to: two financial years after the one it is due in, and never a year
     * after the one its Support ends falls in (an unsupported device cannot be kept safely, SPEC 4.2).
     */
    public int latestIndex() {
        int latest = dueIndex + 2;
        if (supportEndIndex != null) {
            latest = Math.min(latest, supportEndIndex);
        }
        return Math.max(planIndex(), latest);
    }

    /** The cost of replacing it in plan year {@code k}, to the penny. */
    public BigDecimal costIn(int k) {
        return Pricing.price(baseCost, pricePct, k);
    }
}
