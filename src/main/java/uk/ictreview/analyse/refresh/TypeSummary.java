package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One asset type across the register: planned devices, their book value (sum of the per-asset values) and how
 * many of them fall in each age band of {@link RefreshResult#AGE_BANDS}.
 */
public record TypeSummary(
        String type, int devices, int valued, BigDecimal cost, BigDecimal bookValue, List<Integer> ageBands) {
    public TypeSummary {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(bookValue, "bookValue");
        ageBands = List.copyOf(ageBands);
    }
}
