package uk.ictreview.analyse.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.Closure;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Period;

class WeeklyVolumeTest {
    /** Monday-Friday 08:00-16:30, no closures, no bank holidays. */
    private static final SupportCalendar OPEN = SupportCalendar.of(List.of(), List.of(), BankHolidayRegion.NONE);

    private static List<Incident> calls(String... mondaysAndCounts) {
        List<Incident> out = new ArrayList<>();
        for (int i = 0; i < mondaysAndCounts.length; i += 2) {
            for (int n = Integer.parseInt(mondaysAndCounts[i + 1]); n > 0; n--) {
                out.add(Call.of("W" + i + "-" + n, mondaysAndCounts[i] + "T10:00")
                        .build());
            }
        }
        return out;
    }

    @Test
    void partWeeksShownButLeftOutOfTheTrend() {
        // Thu 1 Jan to Sun 1 Feb 2026: weeks of 29 Dec (part: Thu-Sun), 5, 12, 19, 26 Jan (whole).
        // Whole weeks x = 1..4, y = 2, 3, 7, 8: Sxy = 11, Sxx = 5, slope 2.2; residuals 0.3, -0.9, 0.9, -0.3,
        // SSE 1.8, se = sqrt(0.9 / 5) = 0.4243, t = 5.19 on 2 df: p = 0.035 < 0.05, significant.
        Period p = new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"));
        WeeklyVolume w = WeeklyVolume.of(
                calls("2026-01-02", "9", "2026-01-05", "2", "2026-01-13", "3", "2026-01-19", "7", "2026-02-01", "8"),
                p,
                OPEN);
        assertThat(w.weeks()).extracting(WeeklyVolume.Week::calls).containsExactly(9, 2, 3, 7, 8);
        assertThat(w.weeks()).extracting(WeeklyVolume.Week::whole).containsExactly(false, true, true, true, true);
        assertThat(w.slopePerWeek()).isEqualByComparingTo("2.20");
        assertThat(w.pValue()).isBetween(0.034, 0.036);
        assertThat(w.significant()).isTrue();
        // Trend line at week 1: mean 5 + 2.2 x (1 - 2.5) = 1.7.
        assertThat(w.trendAt(1)).isCloseTo(1.7, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aWeekWhoseDaysOutsideThePeriodAreClosedAnywayIsWhole() {
        // Tue 1 Sep to Fri 20 Nov 2026, England and Wales: Mon 31 Aug is the summer bank holiday and the desk is shut
        // at weekends, so the first week (from 31 Aug) loses no working day to the period's edge, nor the last
        // (16-22 Nov, Sat and Sun outside): both whole and in the trend (a trial found them drawn as part weeks).
        SupportCalendar ew = SupportCalendar.of(List.of(), List.of(), BankHolidayRegion.ENGLAND_AND_WALES);
        Period p = new Period(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-11-20"));
        WeeklyVolume w = WeeklyVolume.of(List.of(), p, ew);
        assertThat(w.weeks()).first().satisfies(week -> {
            assertThat(week.monday()).isEqualTo(LocalDate.parse("2026-08-31"));
            assertThat(week.whole()).isTrue();
        });
        assertThat(w.weeks()).last().satisfies(week -> {
            assertThat(week.monday()).isEqualTo(LocalDate.parse("2026-11-16"));
            assertThat(week.whole()).isTrue();
        });
        // Without the bank holiday, Mon 31 Aug is a working day outside the period: a part week.
        assertThat(WeeklyVolume.of(List.of(), p, OPEN).weeks().get(0).whole()).isFalse();
    }

    @Test
    void noTrendWithFewerThanThreeWholeWeeks() {
        // Wed 4 to Sun 22 Mar 2026: part week of 2 Mar, whole weeks of 9 and 16 Mar: only two.
        WeeklyVolume w = WeeklyVolume.of(
                calls("2026-03-04", "1", "2026-03-10", "4"),
                new Period(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-22")),
                OPEN);
        assertThat(w.weeks()).hasSize(3);
        assertThat(w.hasTrend()).isFalse();
        assertThat(w.slopePerWeek()).isNull();
        assertThat(w.trendAt(0)).isNaN();
    }

    @Test
    void aClosedWeekIsShownButLeftOutOfTheTrendAndAPartlyClosedWeekStays() {
        // Mon 4 May to Sun 7 Jun 2026, England and Wales, half term closed Tue 26 to Fri 29 May.
        // Weeks: 4 May (Mon 4 May is a bank holiday: 4 open days, kept), 11 May, 18 May, 25 May (Mon 25 May bank
        // holiday + half term: 0 open days, closed), 1 Jun. Calls 8, 10, 12, 0, 14.
        // Trend over x = 0, 1, 2, 4 (the closed week keeps its place), y = 8, 10, 12, 14: mean x 1.75, mean y 11,
        // Sxx = 3.0625 + 0.5625 + 0.0625 + 5.0625 = 8.75, Sxy = 5.25 + 0.75 + 0.25 + 6.75 = 13, slope 13 / 8.75
        // = 1.4857 -> 1.49. (Counting the closed week as 0 calls would give x 0-4, y 8, 10, 12, 0, 14: Sxy = 2,
        // Sxx = 10, slope 0.20: the half term would hide the rise.) Intercept 11 - 1.4857 x 1.75 = 8.4, so the
        // line at the closed week (x = 3) is 8.4 + 3 x 1.4857 = 12.857.
        SupportCalendar cal = SupportCalendar.of(
                List.of(),
                List.of(new Closure(LocalDate.parse("2026-05-26"), LocalDate.parse("2026-05-29"), "Half term")),
                BankHolidayRegion.ENGLAND_AND_WALES);
        Period p = new Period(LocalDate.parse("2026-05-04"), LocalDate.parse("2026-06-07"));
        WeeklyVolume w = WeeklyVolume.of(
                calls("2026-05-05", "8", "2026-05-11", "10", "2026-05-18", "12", "2026-06-01", "14"), p, cal);
        assertThat(w.weeks()).extracting(WeeklyVolume.Week::calls).containsExactly(8, 10, 12, 0, 14);
        assertThat(w.weeks()).extracting(WeeklyVolume.Week::openDays).containsExactly(4, 5, 5, 0, 5);
        assertThat(w.weeks()).extracting(WeeklyVolume.Week::closed).containsExactly(false, false, false, true, false);
        assertThat(w.weeks()).extracting(WeeklyVolume.Week::inTrend).containsExactly(true, true, true, false, true);
        assertThat(w.slopePerWeek()).isEqualByComparingTo("1.49");
        assertThat(w.trendAt(3)).isCloseTo(12.857, Offset.offset(0.001));
    }

    @Test
    void aPartWeekThatIsClosedIsMarkedClosedAndClosedWeeksDoNotCountTowardsTheThree() {
        // Mon 11 May to Mon 25 May 2026: whole weeks of 11 and 18 May, then Mon 25 May alone (a bank holiday:
        // a part week, and closed). Only two weeks in the trend: none given.
        SupportCalendar cal = SupportCalendar.of(List.of(), List.of(), BankHolidayRegion.ENGLAND_AND_WALES);
        WeeklyVolume w = WeeklyVolume.of(
                calls("2026-05-11", "3", "2026-05-18", "4"),
                new Period(LocalDate.parse("2026-05-11"), LocalDate.parse("2026-05-25")),
                cal);
        assertThat(w.weeks()).extracting(WeeklyVolume.Week::openDays).containsExactly(5, 5, 0);
        assertThat(w.weeks().get(2).closed()).isTrue();
        assertThat(w.hasTrend()).isFalse();
    }
}
