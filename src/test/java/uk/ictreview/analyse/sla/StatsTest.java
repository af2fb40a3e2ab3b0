package uk.ictreview.analyse.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void percentileIncAndMedianAsExcel() {
        // 1..10 hours: =MEDIAN = 5.5; =PERCENTILE.INC(range,0.9): rank 1 + 0.9 x 9 = 9.1 -> 9 + 0.1 x (10 - 9) = 9.1.
        List<Long> minutes = List.of(60L, 120L, 180L, 240L, 300L, 360L, 420L, 480L, 540L, 600L);
        assertThat(Stats.percentileHours(minutes, 50)).isEqualByComparingTo("5.5");
        assertThat(Stats.percentileHours(minutes, 90)).isEqualByComparingTo("9.1");
        // 0.5, 2, 7 hours: median 2; 90th: rank 1 + 0.9 x 2 = 2.8 -> 2 + 0.8 x (7 - 2) = 6.0.
        List<Long> three = List.of(420L, 30L, 120L);
        assertThat(Stats.percentileHours(three, 50)).isEqualByComparingTo("2.0");
        assertThat(Stats.percentileHours(three, 90)).isEqualByComparingTo("6.0");
        // One value: both are that value; none: null.
        assertThat(Stats.percentileHours(List.of(45L), 90)).isEqualByComparingTo("0.8");
        assertThat(Stats.percentileHours(List.of(), 50)).isNull();
    }

    @Test
    void aPercentileExactlyOnAHalfRoundsUpAsExcelShowsIt() {
        // 1.0 and 8.5 hours: PERCENTILE.INC(range,0.9): rank 1 + 0.9 x 1 = 1.9 -> 1 + 0.9 x 7.5 = 7.75 -> 7.8
        // (the double is 7.749999999999999, which straight to one decimal gave 7.7). MEDIAN: 1 + 0.5 x 7.5 = 4.75
        // -> 4.8.
        List<Long> two = List.of(60L, 510L);
        assertThat(Stats.percentileHours(two, 90)).isEqualByComparingTo("7.8");
        assertThat(Stats.percentileHours(two, 50)).isEqualByComparingTo("4.8");
        // the rounding itself: a double a hair under a half is the half; a true 7.74 stays 7.7
        assertThat(Stats.round1(7.749999999999999)).isEqualByComparingTo("7.8");
        assertThat(Stats.round1(7.74)).isEqualByComparingTo("7.7");
        assertThat(Stats.round1(7.7499)).isEqualByComparingTo("7.7");
        assertThat(Stats.round(0.12499999999999999, 2)).isEqualByComparingTo("0.13");
        assertThat(Stats.round(-0.12499999999999999, 2)).isEqualByComparingTo("-0.13");
    }

    @Test
    void wilsonInterval() {
        // 7 of 8, z = 1.959964, z^2 = 3.841459: centre = (0.875 + z^2/16) / (1 + z^2/8) = 1.115091 / 1.480182
        // = 0.753348; half-width = z x sqrt(0.875 x 0.125 / 8 + z^2 / 256) / 1.480182 = 0.224236;
        // so 52.9% to 97.8%.
        BigDecimal[] ci = Stats.wilson(7, 8);
        assertThat(ci[0]).isEqualByComparingTo("52.9");
        assertThat(ci[1]).isEqualByComparingTo("97.8");
        // 0 of 0: nothing to judge.
        assertThat(Stats.wilson(0, 0)).isNull();
        // All met: the upper bound is 100.
        assertThat(Stats.wilson(5, 5)[1]).isEqualByComparingTo("100.0");
    }

    @Test
    void percentagesAndHoursHalfUp() {
        // 7 / 8 = 87.5%; 2 / 3 = 66.666.. -> 66.7; 1 / 16 = 6.25 -> 6.3 (half up).
        assertThat(Stats.pct(7, 8)).isEqualByComparingTo("87.5");
        assertThat(Stats.pct(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Stats.pct(1, 16)).isEqualByComparingTo("6.3");
        assertThat(Stats.pct(0, 0)).isNull();
        // 45 minutes = 0.75 h -> 0.8; 100 minutes = 1.666.. -> 1.7.
        assertThat(Stats.hours(45)).isEqualByComparingTo("0.8");
        assertThat(Stats.hours(100)).isEqualByComparingTo("1.7");
    }

    @Test
    void wilsonMatchesTheExcelFormulaOfTheMethodNotes() {
        // low = (p + z^2/(2n) - z*SQRT(p(1-p)/n + z^2/(4n^2))) / (1 + z^2/n), high with +: for many n and met.
        double z = 1.959964;
        for (int n = 1; n <= 60; n++) {
            for (int met = 0; met <= n; met++) {
                double p = (double) met / n;
                double centre = p + z * z / (2 * n);
                double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
                double div = 1 + z * z / n;
                BigDecimal[] ci = Stats.wilson(met, n);
                String where = met + " of " + n;
                assertThat(ci[0].doubleValue()).as(where).isCloseTo(100 * (centre - half) / div, within(0.051));
                assertThat(ci[1].doubleValue()).as(where).isCloseTo(100 * (centre + half) / div, within(0.051));
            }
        }
    }
}
