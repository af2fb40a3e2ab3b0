package uk.ictreview.analyse.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class FinancialYearTest {
    @Test
    void aprilYearRunsFromFirstAprilToThirtyFirstMarch() {
        FinancialYear fy = FinancialYear.containing(LocalDate.of(2026, 7, 22), Month.APRIL);
        assertThat(fy.label()).isEqualTo("2026-27");
        assertThat(fy.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(FinancialYear.containing(LocalDate.of(2026, 3, 31), Month.APRIL)
                        .label())
                .isEqualTo("2025-26");
        assertThat(FinancialYear.containing(LocalDate.of(2026, 4, 1), Month.APRIL)
                        .label())
                .isEqualTo("2026-27");
    }

    @Test
    void septemberYearRunsFromFirstSeptemberToThirtyFirstAugust() {
        assertThat(FinancialYear.containing(LocalDate.of(2026, 8, 31), Month.SEPTEMBER)
                        .label())
                .isEqualTo("2025-26");
        FinancialYear fy = FinancialYear.containing(LocalDate.of(2026, 9, 1), Month.SEPTEMBER);
        assertThat(fy.label()).isEqualTo("2026-27");
        assertThat(fy.end()).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void centuryLabelKeepsTwoDigits() {
        assertThat(new FinancialYear(1999, Month.APRIL).label()).isEqualTo("1999-00");
        assertThat(new FinancialYear(2009, Month.APRIL).label()).isEqualTo("2009-10");
    }

    @Test
    void indexCountsYearsFromTheFirst() {
        FinancialYear first = new FinancialYear(2026, Month.APRIL);
        assertThat(first.plus(3).indexFrom(first)).isEqualTo(3);
        assertThat(new FinancialYear(2024, Month.APRIL).indexFrom(first)).isEqualTo(-2);
    }
}
