package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Net book value of one asset at the period end: straight-line from its Cost on the purchase date to nil at
 * purchase + lifetime years, by days: cost x (lifeDays - ageDays) / lifeDays, age held within [0, lifeDays],
 * rounded to the penny half-up.
 */
public record BookValue(
        String tag, String type, LocalDate purchased, int lifetimeYears, BigDecimal cost, BigDecimal value) {
    public BookValue {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(purchased, "purchased");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(value, "value");
    }

    static BookValue of(
            String tag, String type, LocalDate purchased, int lifetimeYears, BigDecimal cost, LocalDate at) {
        long lifeDays = ChronoUnit.DAYS.between(purchased, purchased.plusYears(lifetimeYears));
        long age = Math.min(lifeDays, Math.max(0, ChronoUnit.DAYS.between(purchased, at)));
        BigDecimal value = cost.multiply(BigDecimal.valueOf(lifeDays - age))
                .divide(BigDecimal.valueOf(lifeDays), 2, RoundingMode.HALF_UP);
        return new BookValue(tag, type, purchased, lifetimeYears, cost, value);
    }
}
