package uk.ictreview.analyse.refresh;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/** A financial year starting on the first day of {@code startMonth} in {@code startYear}, labelled {@code 2026-27}. */
public record FinancialYear(int startYear, Month startMonth) {
    public FinancialYear {
        Objects.requireNonNull(startMonth, "startMonth");
    }

    /** The financial year that contains {@code date}. */
    public static FinancialYear containing(LocalDate date, Month startMonth) {
        int year = date.getMonthValue() >= startMonth.getValue() ? date.getYear() : date.getYear() - 1;
        return new FinancialYear(year, startMonth);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, startMonth, 1);
    }

    /** The last day of the year, included. */
    public LocalDate end() {
        return start().plusYears(1).minusDays(1);
    }

    public String label() {
        return startYear + "-" + String.format("%02d", Math.floorMod(startYear + 1, 100));
    }

    public FinancialYear plus(int years) {
        return new FinancialYear(startYear + years, startMonth);
    }

    /** How many years this one starts after {@code first}: 0 for the same year, negative for earlier years. */
    public int indexFrom(FinancialYear first) {
        return startYear - first.startYear;
    }

    @Override
    public String toString() {
        return label();
    }
}
