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
    void noneHasNoBankHolidays() {
        assertThat(BankHolidays.ofYear(NONE, 2026)).isEmpty();
    }

    @Test
    void yearsOutsideTheOldTableFollowTheStatutoryRules() {
        // 2016: Easter Sunday 27 March -> Good Friday 25 Mar, Easter Monday 28 Mar; first Monday of May 2, last 30;
        // last Monday of August 29; Christmas Sunday -> Boxing Day Monday 26, Christmas substitute Tuesday 27.
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 2016))
                .containsExactly(
                        d("2016-01-01"),
                        d("2016-03-25"),
                        d("2016-03-28"),
                        d("2016-05-02"),
                        d("2016-05-30"),
                        d("2016-08-29"),
                        d("2016-12-26"),
                        d("2016-12-27"));
        // 2031: Easter Sunday 13 April; 1 Jan Wednesday; Christmas Thursday, Boxing Day Friday.
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 2031))
                .containsExactly(
                        d("2031-01-01"),
                        d("2031-04-11"),
                        d("2031-04-14"),
                        d("2031-05-05"),
                        d("2031-05-26"),
                        d("2031-08-25"),
                        d("2031-12-25"),
                        d("2031-12-26"));
        // 2033: 1 Jan Saturday -> Monday 3 Jan in England; in Scotland 1 and 2 Jan -> Monday 3 and Tuesday 4.
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 2033)).contains(d("2033-01-03"));
        assertThat(BankHolidays.ofYear(SCOTLAND, 2033)).contains(d("2033-01-03"), d("2033-01-04"));
    }

    @Test
    void theOneOffsBefore2018AreKept() {
        // 1995 early May moved to the 8th (VE day); 1999's millennium eve; 2002 and 2012 jubilees; 2011 wedding.
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 1995))
                .contains(d("1995-05-08"))
                .doesNotContain(d("1995-05-01"));
        assertThat(BankHolidays.ofYear(SCOTLAND, 1999)).contains(d("1999-12-31"));
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 2002))
                .contains(d("2002-06-03"), d("2002-06-04"))
                .doesNotContain(d("2002-05-27"));
        assertThat(BankHolidays.ofYear(NORTHERN_IRELAND, 2011)).contains(d("2011-04-29"));
        // gov.uk's 2012 list (Scotland): 2 Jan, 3 Jan, 6 Apr, 7 May, 4 Jun, 5 Jun, 6 Aug, 30 Nov, 25 Dec, 26 Dec.
        assertThat(BankHolidays.ofYear(SCOTLAND, 2012))
                .containsExactly(
                        d("2012-01-02"),
                        d("2012-01-03"),
                        d("2012-04-06"),
                        d("2012-05-07"),
                        d("2012-06-04"),
                        d("2012-06-05"),
                        d("2012-08-06"),
                        d("2012-11-30"),
                        d("2012-12-25"),
                        d("2012-12-26"));
    }

    @Test
    void daysAddedByStatuteCountFromTheirFirstYear() {
        // St Andrew's Day from 2007; early May from 1978; New Year's Day in England and Wales from 1974.
        assertThat(BankHolidays.ofYear(SCOTLAND, 2006)).doesNotContain(d("2006-11-30"));
        assertThat(BankHolidays.ofYear(SCOTLAND, 2007)).contains(d("2007-11-30"));
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 1977)).doesNotContain(d("1977-05-02"));
        assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, 1973)).doesNotContain(d("1973-01-01"));
        assertThat(BankHolidays.ofYear(SCOTLAND, 1973)).contains(d("1973-01-01"));
    }

    @Test
    void everyYearHasItsUsualCountAndEasterIsASunday() {
        // 8 days a year in England and Wales (9 in Scotland, 10 in Northern Ireland) in any year without a one-off.
        for (int y = 2040; y <= 2200; y++) {
            assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, y)).as("%d", y).hasSize(8);
            assertThat(BankHolidays.ofYear(SCOTLAND, y)).as("%d", y).hasSize(9);
            assertThat(BankHolidays.ofYear(NORTHERN_IRELAND, y)).as("%d", y).hasSize(10);
            assertThat(BankHolidays.easterSunday(y).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
            assertThat(BankHolidays.ofYear(ENGLAND_AND_WALES, y))
                    .allSatisfy(x -> assertThat(x.getDayOfWeek().getValue()).isLessThan(6));
        }
    }
}
