package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.util.Objects;

/** Units and cost of one asset type in one year. */
public record TypeCost(String type, int units, BigDecimal cost) {
    public TypeCost {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cost, "cost");
    }
}
