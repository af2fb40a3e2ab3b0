package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money rules of the plan, in one place so that every table and CSV adds up to the penny. */
final class Pricing {
    private Pricing() {}

    /**
     * The cost of one replacement in plan year {@code k}: base x (1 + pct/100)^k, computed exactly and rounded
     * once, to the penny half-up, per asset per year. Totals are sums of these rounded amounts.
     */
    static BigDecimal price(BigDecimal base, BigDecimal pctPerYear, int k) {
        BigDecimal factor = BigDecimal.ONE.add(pctPerYear.movePointLeft(2)).pow(k);
        return base.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal pence(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Total / years rounded up to the penny, so that the level budget times the years never falls short. */
    static BigDecimal levelAmount(BigDecimal total, int years) {
        return total.divide(BigDecimal.valueOf(years), 2, RoundingMode.CEILING);
    }
}
