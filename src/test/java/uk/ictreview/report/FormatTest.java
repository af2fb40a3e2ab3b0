package uk.ictreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one formatter: money in sentences (whole pounds), in tables (pence) and on chart labels (short form); FTE,
 * percentages, dates, counts and lists, each written one way for every section, the trust page and the CSVs.
 */
class FormatTest {
    private static BigDecimal gbp(String s) {
        return new BigDecimal(s);
    }

    @Test
    void sentencesRoundToTheWholePoundHalfUp() {
        assertThat(Format.pounds(gbp("641018.15"))).isEqualTo("£641,018");
        assertThat(Format.pounds(gbp("341018.50"))).isEqualTo("£341,019");
        assertThat(Format.pounds(gbp("1.49"))).isEqualTo("£1");
        assertThat(Format.pounds(gbp("-1706.55"))).isEqualTo("-£1,707");
        assertThat(Format.pounds(null)).isEqualTo("\u2013");
    }

    @Test
    void anAmountUnderAPoundKeepsItsPence() {
        // 40p rounded to the pound would read "£0", which is not what it is.
        assertThat(Format.pounds(gbp("0.40"))).isEqualTo("£0.40");
        // Nothing at all is £0: there are no pence to keep.
        assertThat(Format.pounds(gbp("0"))).isEqualTo("£0");
    }

    @Test
    void theLevelBudgetIsRoundedUpSoThatItStillFundsThePlan() {
        // 5 x £128,203 = £641,015 < £641,017.00; 5 x £128,204 = £641,020 covers it.
        assertThat(Format.poundsUp(gbp("128203.40"))).isEqualTo("£128,204");
        assertThat(Format.poundsUp(gbp("120.00"))).isEqualTo("£120");
    }

    @Test
    void tablesKeepThePence() {
        assertThat(Format.money(gbp("641018.15"))).isEqualTo("£641,018.15");
        assertThat(Format.money(gbp("-392850"))).isEqualTo("-£392,850.00");
    }

    @Test
    void chartLabelsAreShort() {
        assertThat(Format.shortMoney(gbp("452850.00"))).isEqualTo("£453k");
        assertThat(Format.shortMoney(gbp("59864.00"))).isEqualTo("£60k");
        assertThat(Format.shortMoney(gbp("5244.00"))).isEqualTo("£5.2k");
        assertThat(Format.shortMoney(gbp("1000.00"))).isEqualTo("£1k");
        assertThat(Format.shortMoney(gbp("949.50"))).isEqualTo("£950");
        assertThat(Format.shortMoney(gbp("1250000"))).isEqualTo("£1.3m");
    }

    @Test
    void countsAndListsReadAsEnglish() {
        assertThat(Format.count(1480, "device-year", "device-years")).isEqualTo("1,480 device-years");
        assertThat(Format.count(1, "device", "devices")).isEqualTo("1 device");
        assertThat(Format.and(List.of("2028-29"))).isEqualTo("2028-29");
        assertThat(Format.and(List.of("2028-29", "2029-30", "2030-31"))).isEqualTo("2028-29, 2029-30 and 2030-31");
    }

    @Test
    void anFteIsWrittenAsGivenNeverRounded() {
        // 0.75 FTE stays 0.75 (it once read 0.8 in the refresh section and 0.75 in the competences one).
        assertThat(Format.fte(gbp("0.75"))).isEqualTo("0.75");
        assertThat(Format.fteValue(gbp("0.750"))).isEqualByComparingTo("0.75").hasToString("0.75");
        // A whole FTE keeps one decimal: 1 -> "1.0"; 3.40 -> "3.4".
        assertThat(Format.fte(gbp("1"))).isEqualTo("1.0");
        assertThat(Format.fte(gbp("3.40"))).isEqualTo("3.4");
        assertThat(Format.fte(null)).isEqualTo(Format.NONE);
    }

    @Test
    void percentagesSharesAndRatios() {
        assertThat(Format.pct(gbp("87.5"))).isEqualTo("87.5%");
        assertThat(Format.pct(null)).isEqualTo("\u2013");
        // 1 of 8 = 12.5; 2 of 3 = 66.666... -> 66.7 (half up); nothing of nothing -> 0.0.
        assertThat(Format.share(1, 8)).isEqualTo("12.5");
        assertThat(Format.share(2, 3)).isEqualTo("66.7");
        assertThat(Format.share(0, 0)).isEqualTo("0.0");
        // 281 devices / 2.5 FTE = 112.4; 100 / 3 = 33.33... -> 33.3.
        assertThat(Format.oneDecimal(gbp("112.40"))).isEqualTo("112.4");
        assertThat(Format.oneDecimal(new BigDecimal("33.333"))).isEqualTo("33.3");
        assertThat(Format.interval(gbp("52.9"), gbp("97.8"))).isEqualTo("52.9\u201397.8%");
    }

    @Test
    void datesCountsAndLists() {
        assertThat(Format.date(java.time.LocalDate.of(2026, 7, 2))).isEqualTo("02/07/2026");
        assertThat(Format.date(null)).isEqualTo(Format.NONE);
        assertThat(Format.count(1, "call", "calls")).isEqualTo("1 call");
        assertThat(Format.count(1271, "call", "calls")).isEqualTo("1,271 calls");
        assertThat(Format.words(3)).isEqualTo("three");
        assertThat(Format.words(11)).isEqualTo("11");
        assertThat(Format.and(List.of("2028-29"))).isEqualTo("2028-29");
        assertThat(Format.and(List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(Format.and(List.of("Smith, J", "Lee, M"))).isEqualTo("Smith, J; and Lee, M");
        assertThat(Format.csvPence(gbp("1234.5"))).isEqualTo("1234.50");
        assertThat(Format.csvPence(null)).isEmpty();
        assertThat(Format.plain(null)).isEmpty();
    }

    @Test
    void testStatistics() {
        assertThat(Format.pValue(0.23199)).isEqualTo("0.232");
        assertThat(Format.pValue(0.0125)).isEqualTo("0.013"); // half up
        assertThat(Format.pValue(0.0004)).isEqualTo("< 0.001");
        assertThat(Format.statistic(1.1952)).isEqualTo("1.20");
        assertThat(Format.statistic(-2.515)).isEqualTo("-2.52"); // half up, away from zero
    }
}
