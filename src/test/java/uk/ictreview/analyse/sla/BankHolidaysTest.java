package uk.ictreview.analyse.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.model.BankHolidayRegion.ENGLAND_AND_WALES;
import static uk.ictreview.model.BankHolidayRegion.NONE;
import static uk.ictreview.model.BankHolidayRegion.NORTHERN_IRELAND;
import static uk.ictreview.model.BankHolidayRegion.SCOTLAND;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Checked against the published gov.uk lists of bank holidays. */
class BankHolidaysTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void englandAndWales2026() {
        // Christmas Friday 25 Dec, Boxing Day Saturday -> substitute Monday 28 Dec.
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 2026))
                .containsExactly(
                        d("2026-01-01"),
                        d("2026-04-03"),
                        d("2026-04-06"),
                        d("2026-05-04"),
                        d("2026-05-25"),
                        d("2026-08-31"),
                        d("2026-12-25"),
                        d("2026-12-28"));
    }

    @Test
    void englandAndWales2027ChristmasAndBoxingDayAtTheWeekend() {
        // 25 Dec 2027 is a Saturday, 26 a Sunday: substitutes Monday 27 and Tuesday 28.
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 2027))
                .containsExactly(
                        d("2027-01-01"),
                        d("2027-03-26"),
                        d("2027-03-29"),
                        d("2027-05-03"),
                        d("2027-05-31"),
                        d("2027-08-30"),
                        d("2027-12-27"),
                        d("2027-12-28"));
    }

    @Test
    void oneOffs() {
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 2020))
                .contains(d("2020-05-08"))
                .doesNotContain(d("2020-05-04"));
        // 2022: New Year Saturday -> Monday 3 Jan; spring moved to Thu 2 June + jubilee Fri 3 June; state funeral;
        // Christmas Sunday: Boxing Day Monday 26, Christmas substitute Tuesday 27.
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 2022))
                .containsExactly(
                        d("2022-01-03"),
                        d("2022-04-15"),
                        d("2022-04-18"),
                        d("2022-05-02"),
                        d("2022-06-02"),
                        d("2022-06-03"),
                        d("2022-08-29"),
                        d("2022-09-19"),
                        d("2022-12-26"),
                        d("2022-12-27"));
        assertThat(BankHolidays.ofYear(SCOTLAND, 2023)).contains(d("2023-05-01"), d("2023-05-08"));
        assertThat(BankHolidays.ofYear(NORTHERN_IRELAND, 2022)).contains(d("2022-09-19"), d("2022-06-03"));
    }

    @Test
    void scotland() {
        // 2 January, no Easter Monday, first Monday of August, St Andrew's Day (Monday 30 Nov 2026).
        assertThat(BankHolidays.ofYear(SCOTLAND, 2026))
                .containsExactly(
                        d("2026-01-01"),
                        d("2026-01-02"),
                        d("2026-04-03"),
                        d("2026-05-04"),
                        d("2026-05-25"),
                        d("2026-08-03"),
                        d("2026-11-30"),
                        d("2026-12-25"),
                        d("2026-12-28"));
        // 1 Jan 2022 Saturday and 2 Jan Sunday -> Monday 3 and Tuesday 4; St Andrew's 2025 is Sunday -> Monday 1 Dec.
        assertThat(BankHolidays.ofYear(SCOTLAND, 2022)).contains(d("2022-01-03"), d("2022-01-04"));
        assertThat(BankHolidays.ofYear(SCOTLAND, 2025))
                .contains(d("2025-12-01"))
                .doesNotContain(d("2025-11-30"));
        // 2 Jan 2021 Saturday -> Monday 4 Jan.
        assertThat(BankHolidays.ofYear(SCOTLAND, 2021)).contains(d("2021-01-01"), d("2021-01-04"));
    }

    @Test
    void northernIreland() {
        // St Patrick's Day 2024 Sunday -> Monday 18 March; 12 July 2026 Sunday -> Monday 13 July.
        assertThat(BankHolidays.ofYear(NORTHERN_IRELAND, 2024))
                .contains(d("2024-03-18"), d("2024-07-12"), d("2024-04-01"), d("2024-08-26"));
        assertThat(BankHolidays.ofYear(NORTHERN_IRELAND, 2026))
                .contains(d("2026-03-17"), d("2026-07-13"))
                .hasSize(10);
    }

    @Test
    void easterSundays() {
        assertThat(BankHolidays.easterSunday(2018)).isEqualTo(d("2018-04-01"));
        assertThat(BankHolidays.easterSunday(2019)).isEqualTo(d("2019-04-21"));
        assertThat(BankHolidays.easterSunday(2024)).isEqualTo(d("2024-03-31"));
        assertThat(BankHolidays.easterSunday(2025)).isEqualTo(d("2025-04-20"));
        assertThat(BankHolidays.easterSunday(2030)).isEqualTo(d("2030-04-21"));
    }

    @Test
    void noneAndOutOfRange() {
        assertThat(BankHolidays.all(NONE)).isEmpty();
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 2031)).isEmpty();
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 2017)).isEmpty();
        assertThat(BankHolidays.all(ENGLAND_AND_WALES)).hasSize(13 * 8 + 2 + 1);
    }
}
