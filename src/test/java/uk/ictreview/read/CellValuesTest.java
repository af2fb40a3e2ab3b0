package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {
    static RawCell t(String s) {
        return RawCell.text(0, s);
    }

    static RawCell n(double d) {
        return RawCell.number(0, d, false);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"£1,234.50|1234.50", "1234.5|1234.50", "£ 650|650.00", "GBP 12.345|12.35", "0|0.00", "12.344|12.34"
            })
    void moneyFromTextToThePenny(String text, String pounds) throws Exception {
        assertThat(CellValues.money(t(text))).isEqualTo(new BigDecimal(pounds));
    }

    @Test
    void moneyFromNumbersIsExactToThePenny() throws Exception {
        // 0.1 + 0.2 in binary is 0.30000000000000004: still 0.30 to the penny
        assertThat(CellValues.money(n(0.1 + 0.2))).isEqualTo(new BigDecimal("0.30"));
        assertThat(CellValues.money(n(1234.5))).isEqualTo(new BigDecimal("1234.50"));
        assertThatThrownBy(() -> CellValues.money(t("-5"))).hasMessage(CellValues.EXPECTED_MONEY + " (not negative)");
        assertThatThrownBy(() -> CellValues.money(t("about 5"))).hasMessage(CellValues.EXPECTED_MONEY);
    }

    @Test
    void onHoldHoursRoundToTheNearestMinute() throws Exception {
        // 1.5 h = 90 min; 0.01 h = 0.6 min -> 1; 0.008 h = 0.48 min -> 0; 2.5/60 h = 2.5 min -> 3 (half up)
        assertThat(CellValues.hoursToMinutes(n(1.5))).isEqualTo(90);
        assertThat(CellValues.hoursToMinutes(t("0.01"))).isEqualTo(1);
        assertThat(CellValues.hoursToMinutes(n(0.008))).isZero();
        assertThat(CellValues.hoursToMinutes(t("0.041666666666666667"))).isEqualTo(3);
        assertThatThrownBy(() -> CellValues.hoursToMinutes(n(-1))).isInstanceOf(BadValue.class);
    }

    @Test
    void hoursMayBeWrittenAsHoursAndMinutes() throws Exception {
        // 1:30 = 60 + 30 = 90 min; 0:45 = 45 min; 2:00:30 = 120 min + 30 s -> 121 (half up); 26:15 = 1575 min
        assertThat(CellValues.hoursToMinutes(t("1:30"))).isEqualTo(90);
        assertThat(CellValues.hoursToMinutes(t(" 0:45 "))).isEqualTo(45);
        assertThat(CellValues.hoursToMinutes(t("2:00:30"))).isEqualTo(121);
        assertThat(CellValues.hoursToMinutes(t("26:15"))).isEqualTo(26 * 60 + 15);
        // 1:30 typed into Excel is a time cell: day 0 (31/12/1899, or 01/01/1904 in the 1904 system) at 01:30
        assertThat(CellValues.hoursToMinutes(RawCell.dateTime(0, java.time.LocalDateTime.of(1899, 12, 31, 1, 30))))
                .isEqualTo(90);
        assertThat(CellValues.hoursToMinutes(RawCell.dateTime(0, java.time.LocalDateTime.of(1904, 1, 1, 2, 15))))
                .isEqualTo(135);
        // [h]:mm 26:00 is day 1 at 02:00 = 24 h + 2 h = 1560 min
        assertThat(CellValues.hoursToMinutes(RawCell.dateTime(0, java.time.LocalDateTime.of(1900, 1, 1, 2, 0))))
                .isEqualTo(1560);
    }

    @Test
    void aBadHoursValueSaysHowToWriteHours() {
        for (RawCell bad : List.of(
                t("two"),
                t("1:75"),
                t("1h30"),
                n(-1),
                RawCell.dateTime(0, java.time.LocalDateTime.of(2026, 9, 4, 1, 30)))) {
            assertThatThrownBy(() -> CellValues.hoursToMinutes(bad))
                    .as(bad.display())
                    .isInstanceOf(BadValue.class)
                    .extracting(e -> ((BadValue) e).expected())
                    .isEqualTo(
                            "a number of hours, 0 or more: write hours as a number, e.g. 1.5, or as h:mm, e.g. 1:30");
        }
    }

    @ParameterizedTest
    @CsvSource({"Y,1", "yes,1", "TRUE,1", "n,0", "No,0", "false,0", "3,3", "0,0"})
    void reopenedTextAndCounts(String text, int count) throws Exception {
        assertThat(CellValues.reopened(t(text))).isEqualTo(count);
    }

    @Test
    void reopenedCellsAndBadValues() throws Exception {
        assertThat(CellValues.reopened(RawCell.bool(0, true))).isEqualTo(1);
        assertThat(CellValues.reopened(n(2))).isEqualTo(2);
        assertThatThrownBy(() -> CellValues.reopened(n(1.5))).hasMessage(CellValues.EXPECTED_REOPENED);
        assertThatThrownBy(() -> CellValues.reopened(n(-1))).hasMessage(CellValues.EXPECTED_REOPENED);
        assertThatThrownBy(() -> CellValues.reopened(t("maybe"))).hasMessage(CellValues.EXPECTED_REOPENED);
    }

    @ParameterizedTest
    @CsvSource({"Monday,MONDAY", "mon,MONDAY", "Tues,TUESDAY", "WED.,WEDNESDAY", "thurs,THURSDAY", "Sun,SUNDAY"})
    void dayNames(String text, DayOfWeek day) throws Exception {
        assertThat(CellValues.day(t(text))).isEqualTo(day);
    }

    @Test
    void badDayNames() {
        assertThatThrownBy(() -> CellValues.day(t("Mo"))).hasMessage(CellValues.EXPECTED_DAY);
        assertThatThrownBy(() -> CellValues.day(t("Mondays"))).hasMessage(CellValues.EXPECTED_DAY);
        assertThatThrownBy(() -> CellValues.day(n(1))).hasMessage(CellValues.EXPECTED_DAY);
    }

    @ParameterizedTest
    @CsvSource({"2026-27,2026-27", "2026/27,2026-27", "2026-2027,2026-27", "2026 / 2027,2026-27", "2099-00,2099-00"})
    void financialYears(String text, String label) throws Exception {
        assertThat(CellValues.financialYear(t(text))).isEqualTo(label);
    }

    @Test
    void badFinancialYears() {
        assertThatThrownBy(() -> CellValues.financialYear(t("2026-28"))).isInstanceOf(BadValue.class);
        assertThatThrownBy(() -> CellValues.financialYear(t("2026"))).hasMessage(CellValues.EXPECTED_YEAR);
        assertThatThrownBy(() -> CellValues.financialYear(n(2026))).hasMessage(CellValues.EXPECTED_YEAR);
    }

    @Test
    void percentagesFromPercentCellsAndText() throws Exception {
        assertThat(CellValues.percent(RawCell.number(0, 0.03, true))).isEqualByComparingTo("3");
        assertThat(CellValues.percent(t("2.5%"))).isEqualByComparingTo("2.5");
        assertThat(CellValues.percent(n(3))).isEqualByComparingTo("3");
    }

    @Test
    void wholeNumbers() throws Exception {
        assertThat(CellValues.wholeNumber(n(4.0), "x", 1)).isEqualTo(4);
        assertThatThrownBy(() -> CellValues.wholeNumber(n(4.5), "x", 1)).hasMessage("x");
        assertThatThrownBy(() -> CellValues.wholeNumber(n(0), "x", 1)).hasMessage("x");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1,500|1500", "12,345.6|12345.6", "-1,234,567|-1234567", "1 500|1500", "1.5|1.5"})
    void aCommaIsReadOnlyBetweenThousands(String text, String value) throws Exception {
        assertThat(CellValues.number(t(text))).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1,5|1.5", "2,25|2.25", "1,5000|1.5000", ",5|0.5", "-0,5|-0.5"})
    void aDecimalCommaIsNotANumberAndTheMessageShowsTheValueWithAFullStop(String text, String dotted) {
        // "1,5" used to lose its comma and read as 15 (hours on hold: 900 minutes, a P1 call's resolution time zeroed)
        assertThatThrownBy(() -> CellValues.number(t(text)))
                .as(text)
                .hasMessage(CellValues.EXPECTED_NUMBER + " (write " + dotted + " with a full stop, not " + text + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,34.5", "1,500,0", "1,,500", "1,5,0"})
    void anotherStrayCommaGetsTheThousandsHint(String text) {
        assertThatThrownBy(() -> CellValues.number(t(text)))
                .as(text)
                .hasMessage("a number (a comma is read only between thousands, as in 1,500)");
    }

    @Test
    void everyNumberParserRefusesADecimalComma() {
        assertThatThrownBy(() -> CellValues.hoursToMinutes(t("1,5")))
                .hasMessage(CellValues.EXPECTED_HOURS + " (write 1.5 with a full stop, not 1,5)");
        assertThatThrownBy(() -> CellValues.money(t("£649,99")))
                .hasMessage(CellValues.EXPECTED_MONEY + " (write 649.99 with a full stop, not 649,99)");
        assertThatThrownBy(() -> CellValues.percent(t("2,5%")))
                .hasMessage("a percentage, e.g. 3 or 3% (write 2.5 with a full stop, not 2,5)");
        assertThatThrownBy(() -> CellValues.percent(t("2,5")))
                .hasMessageEndingWith("(write 2.5 with a full stop, not 2,5)");
        assertThatThrownBy(() -> CellValues.wholeNumber(t("4,0"), "x", 1))
                .hasMessage("x (write 4.0 with a full stop, not 4,0)");
        assertThatThrownBy(() -> CellValues.reopened(t("1,0")))
                .hasMessage(CellValues.EXPECTED_REOPENED + " (write 1.0 with a full stop, not 1,0)");
    }

    @Test
    void thousandsStillReadInEveryNumberParser() throws Exception {
        // 1,500 h = 90,000 min; £1,234.50; 1,000 years is a whole number
        assertThat(CellValues.hoursToMinutes(t("1,500"))).isEqualTo(90_000);
        assertThat(CellValues.money(t("£1,234.50"))).isEqualTo(new BigDecimal("1234.50"));
        assertThat(CellValues.wholeNumber(t("1,000"), "x", 1)).isEqualTo(1000);
        // a bad value without a comma gets no comma hint
        assertThatThrownBy(() -> CellValues.hoursToMinutes(t("two"))).hasMessage(CellValues.EXPECTED_HOURS);
    }
}
