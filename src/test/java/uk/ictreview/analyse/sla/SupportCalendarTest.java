package uk.ictreview.analyse.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.Closure;
import uk.ictreview.model.SupportDay;

/** Default support hours are Monday-Friday 08:00-16:30 = 510 minutes a day. */
class SupportCalendarTest {
    private static final SupportCalendar DEFAULT =
            SupportCalendar.of(List.of(), List.of(), BankHolidayRegion.ENGLAND_AND_WALES);

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    @Test
    void aWholeDayEndingAt2400CountsEveryMinute() {
        // 24 x 7 (the UCI service desk, docs/real-data.md): 00:00 to 24:00 (LocalTime.MAX) every day. Mon 9 Mar 2026
        // 22:00 to Tue 02:00 = 120 + 120 = 240 minutes; a whole week = 7 x 1440 = 10080. Ending at 23:59 would lose
        // one minute at each midnight crossed (239).
        List<SupportDay> allDay = new ArrayList<>();
        List<SupportDay> to2359 = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            allDay.add(new SupportDay(d, LocalTime.MIDNIGHT, LocalTime.MAX));
            to2359.add(new SupportDay(d, LocalTime.MIDNIGHT, LocalTime.of(23, 59)));
        }
        SupportCalendar cal = SupportCalendar.of(allDay, List.of(), BankHolidayRegion.NONE);
        assertThat(cal.minutesBetween(t("2026-03-09T22:00"), t("2026-03-10T02:00")))
                .isEqualTo(240);
        assertThat(cal.minutesBetween(t("2026-03-09T00:00"), t("2026-03-16T00:00")))
                .isEqualTo(10080);
        assertThat(cal.minutesOn(LocalDate.parse("2026-03-14"))).isEqualTo(1440);
        // outside the precomputed years (2016, as in the UCI log) the same, day by day
        assertThat(cal.minutesBetween(t("2016-03-07T00:00"), t("2016-03-14T00:00")))
                .isEqualTo(10080);
        SupportCalendar short1 = SupportCalendar.of(to2359, List.of(), BankHolidayRegion.NONE);
        assertThat(short1.minutesBetween(t("2026-03-09T22:00"), t("2026-03-10T02:00")))
                .isEqualTo(239);
    }

    @Test
    void overAWeekend() {
        // Fri 6 Mar 2026 15:00-16:30 = 90, Sat and Sun 0, Mon 9 Mar 08:00-09:00 = 60: 150 minutes.
        assertThat(DEFAULT.minutesBetween(t("2026-03-06T15:00"), t("2026-03-09T09:00")))
                .isEqualTo(150);
    }

    @Test
    void acrossEasterBankHolidays() {
        // Thu 2 Apr 2026 16:00-16:30 = 30; Good Friday 3 Apr closed; weekend; Easter Monday 6 Apr closed;
        // Tue 7 Apr 08:00-09:00 = 60: 90 minutes.
        assertThat(DEFAULT.minutesBetween(t("2026-04-02T16:00"), t("2026-04-07T09:00")))
                .isEqualTo(90);
        // In Scotland Easter Monday is a working day: 30 + 510 + 60 = 600.
        SupportCalendar scotland = SupportCalendar.of(List.of(), List.of(), BankHolidayRegion.SCOTLAND);
        assertThat(scotland.minutesBetween(t("2026-04-02T16:00"), t("2026-04-07T09:00")))
                .isEqualTo(600);
        // With no bank holidays: 30 + 510 (Fri) + 510 (Mon) + 60 = 1110.
        SupportCalendar none = SupportCalendar.of(List.of(), List.of(), BankHolidayRegion.NONE);
        assertThat(none.minutesBetween(t("2026-04-02T16:00"), t("2026-04-07T09:00")))
                .isEqualTo(1110);
    }

    @Test
    void acrossAClosure() {
        // Half term 16-20 Feb 2026 closed. Fri 13 Feb 16:00-16:30 = 30; Mon 23 Feb 08:00-08:30 = 30: 60 minutes.
        SupportCalendar cal = SupportCalendar.of(
                List.of(),
                List.of(new Closure(LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-20"), "Half term")),
                BankHolidayRegion.ENGLAND_AND_WALES);
        assertThat(cal.minutesBetween(t("2026-02-13T16:00"), t("2026-02-23T08:30")))
                .isEqualTo(60);
        assertThat(cal.isClosed(LocalDate.parse("2026-02-18"))).isTrue();
        assertThat(cal.minutesOn(LocalDate.parse("2026-02-18"))).isZero();
    }

    @Test
    void loggedBeforeOpeningOrAfterClosing() {
        // Logged 07:00, done 09:00: the clock starts at 08:00, 60 minutes.
        assertThat(DEFAULT.minutesBetween(t("2026-03-09T07:00"), t("2026-03-09T09:00")))
                .isEqualTo(60);
        // Logged Mon 17:00, done Tue 08:15: 0 on Monday + 15 on Tuesday.
        assertThat(DEFAULT.minutesBetween(t("2026-03-09T17:00"), t("2026-03-10T08:15")))
                .isEqualTo(15);
        // Logged and done out of hours on the same evening: 0.
        assertThat(DEFAULT.minutesBetween(t("2026-03-09T17:00"), t("2026-03-09T19:00")))
                .isZero();
    }

    @Test
    void resolvedTheSameMinuteOrBefore() {
        assertThat(DEFAULT.minutesBetween(t("2026-03-09T10:00"), t("2026-03-09T10:00")))
                .isZero();
        assertThat(DEFAULT.minutesBetween(t("2026-03-09T10:00"), t("2026-03-09T09:00")))
                .isZero();
        // Seconds are dropped: 10:00:59 -> 10:01:00 is one minute of 10:00 -> 10:01.
        assertThat(DEFAULT.minutesBetween(t("2026-03-09T10:00:59"), t("2026-03-09T10:01:00")))
                .isEqualTo(1);
    }

    @Test
    void differentFridayFinish() {
        // Mon-Thu 08:00-16:30, Fri 08:00-15:00. Fri 13 Mar 14:00-15:00 = 60, Mon 16 Mar 08:00-09:00 = 60: 120.
        List<SupportDay> hours = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            hours.add(new SupportDay(d, LocalTime.of(8, 0), LocalTime.of(16, 30)));
        }
        hours.add(new SupportDay(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(15, 0)));
        SupportCalendar cal = SupportCalendar.of(hours, List.of(), BankHolidayRegion.ENGLAND_AND_WALES);
        assertThat(cal.minutesBetween(t("2026-03-13T14:00"), t("2026-03-16T09:00")))
                .isEqualTo(120);
        // A whole week: 4 x 510 + 420 = 2460.
        assertThat(cal.minutesBetween(t("2026-03-09T00:00"), t("2026-03-16T00:00")))
                .isEqualTo(2460);
    }

    @Test
    void splitShiftRowsForOneDayAreMerged() {
        // Monday 08:00-12:00 and 11:00-13:00 overlap: 08:00-13:00 = 300 minutes, not 360.
        SupportCalendar cal = SupportCalendar.of(
                List.of(
                        new SupportDay(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new SupportDay(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0))),
                List.of(),
                BankHolidayRegion.NONE);
        assertThat(cal.minutesOn(LocalDate.parse("2026-03-09"))).isEqualTo(300);
        assertThat(cal.minutesOn(LocalDate.parse("2026-03-10"))).isZero();
        // A call logged Mon 9 Mar 08:00 has 300 support minutes by 13:00: 240 if the second row were dropped,
        // 360 if the overlap 11:00-12:00 were counted twice.
        assertThat(cal.minutesBetween(t("2026-03-09T08:00"), t("2026-03-09T13:00")))
                .isEqualTo(300);
    }

    @Test
    void aDayClosedForLunchCountsBothHalves() {
        // Monday 08:00-12:00 and 13:00-16:00: 240 + 180 = 420 minutes for the whole day; 12:00-13:00 counts none.
        SupportCalendar cal = SupportCalendar.of(
                List.of(
                        new SupportDay(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new SupportDay(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(16, 0))),
                List.of(),
                BankHolidayRegion.NONE);
        assertThat(cal.minutesOn(LocalDate.parse("2026-03-09"))).isEqualTo(420);
        assertThat(cal.minutesBetween(t("2026-03-09T00:00"), t("2026-03-10T00:00")))
                .isEqualTo(420);
        // logged 11:30, resolved 13:30: 30 before lunch + 30 after = 60
        assertThat(cal.minutesBetween(t("2026-03-09T11:30"), t("2026-03-09T13:30")))
                .isEqualTo(60);
    }

    @Test
    void monthsLongCall() {
        // Mon 5 Jan 2026 08:00 to Mon 2 Mar 2026 08:00: 8 whole weeks of 5 x 510 = 40 x 510 = 20,400 (no bank
        // holidays in January or February).
        assertThat(DEFAULT.minutesBetween(t("2026-01-05T08:00"), t("2026-03-02T08:00")))
                .isEqualTo(20_400);
        // Across the year end: Mon 21 Dec 2026 08:00 to Mon 4 Jan 2027 08:00 = two weeks (10 weekdays) less
        // Christmas 25 Dec, Boxing Day substitute 28 Dec, New Year 1 Jan = 7 x 510 = 3,570.
        assertThat(DEFAULT.minutesBetween(t("2026-12-21T08:00"), t("2027-01-04T08:00")))
                .isEqualTo(3_570);
    }

    @Test
    void bankHolidaysCountInAnyYear() {
        // Wed 1 Jan 2031 is New Year's Day: closed. Thu 2 Jan 2031 is a full 510-minute day.
        assertThat(DEFAULT.minutesBetween(t("2031-01-01T00:00"), t("2031-01-02T00:00")))
                .isZero();
        assertThat(DEFAULT.minutesBetween(t("2031-01-02T00:00"), t("2031-01-03T00:00")))
                .isEqualTo(510);
        // Thu 28 Dec 2017 08:00 to Tue 2 Jan 2018 08:00: Thu 510 + Fri 29 Dec 510 + Mon 1 Jan 2018 (bank holiday) 0.
        assertThat(DEFAULT.minutesBetween(t("2017-12-28T08:00"), t("2018-01-02T08:00")))
                .isEqualTo(1020);
        // Outside the precomputed 2000-2040 too: Good Friday 2 April 2060 (Easter Sunday 18 April) and
        // Mon 4 Jan 1999 (a working day) -> Tue 5 Jan: 510.
        assertThat(BankHolidays.easterSunday(2060)).isEqualTo(LocalDate.of(2060, 4, 18));
        assertThat(DEFAULT.minutesBetween(t("2060-04-16T00:00"), t("2060-04-17T00:00")))
                .isZero();
        assertThat(DEFAULT.minutesBetween(t("1999-01-04T08:00"), t("1999-01-05T08:00")))
                .isEqualTo(510);
        // 2016, a period the old 2018-2030 table missed: Mon 2 May 2016 is the early May bank holiday.
        assertThat(DEFAULT.minutesBetween(t("2016-05-02T00:00"), t("2016-05-03T00:00")))
                .isZero();
    }
}
