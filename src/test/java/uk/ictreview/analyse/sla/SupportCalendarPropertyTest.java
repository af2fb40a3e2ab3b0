package uk.ictreview.analyse.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.Closure;
import uk.ictreview.model.SupportDay;

/** Invariants of support time over seeded random intervals; a failure names its seed. */
class SupportCalendarPropertyTest {
    private static final LocalDateTime ORIGIN = LocalDateTime.of(2017, 6, 1, 0, 0);

    @Test
    void neverNegativeNeverMoreThanWallTimeAndAddsUpAcrossASplit() {
        for (long seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            SupportCalendar cal = randomCalendar(r);
            LocalDateTime[] t = {randomTime(r), randomTime(r), randomTime(r)};
            java.util.Arrays.sort(t);
            long ab = cal.minutesBetween(t[0], t[1]);
            long bc = cal.minutesBetween(t[1], t[2]);
            long ac = cal.minutesBetween(t[0], t[2]);
            String where = "seed " + seed + ": " + t[0] + " " + t[1] + " " + t[2];
            assertThat(ab).as(where).isBetween(0L, ChronoUnit.MINUTES.between(t[0], t[1]));
            assertThat(ac).as(where).isBetween(0L, ChronoUnit.MINUTES.between(t[0], t[2]));
            assertThat(ab + bc).as(where).isEqualTo(ac);
            assertThat(cal.minutesBetween(t[2], t[0])).as(where).isZero();
        }
    }

    @Test
    void agreesWithMinuteByMinuteCountOverShortSpans() {
        SupportCalendar cal = SupportCalendar.of(List.of(), List.of(), BankHolidayRegion.ENGLAND_AND_WALES);
        Set<LocalDate> holidays = new java.util.HashSet<>();
        for (int y = ORIGIN.getYear(); y <= ORIGIN.getYear() + 15; y++) {
            holidays.addAll(BankHolidays.ofYear(BankHolidayRegion.ENGLAND_AND_WALES, y));
        }
        for (long seed = 1; seed <= 100; seed++) {
            Random r = new Random(seed);
            LocalDateTime a = ORIGIN.plusMinutes(r.nextInt(14 * 365 * 1440));
            LocalDateTime b = a.plusMinutes(r.nextInt(6 * 1440));
            long expected = 0;
            for (LocalDateTime m = a; m.isBefore(b); m = m.plusMinutes(1)) {
                expected += supportMinute(m, holidays) ? 1 : 0;
            }
            assertThat(cal.minutesBetween(a, b))
                    .as("seed " + seed + ": " + a + " to " + b)
                    .isEqualTo(expected);
        }
    }

    /** The default rule written independently: a weekday minute in [08:00, 16:30) not on a bank holiday. */
    private static boolean supportMinute(LocalDateTime m, Set<LocalDate> holidays) {
        DayOfWeek d = m.getDayOfWeek();
        int minute = m.getHour() * 60 + m.getMinute();
        return d != DayOfWeek.SATURDAY
                && d != DayOfWeek.SUNDAY
                && !holidays.contains(m.toLocalDate())
                && minute >= 480
                && minute < 990;
    }

    private static LocalDateTime randomTime(Random r) {
        // Spans from mid-2017 to 2031, so some intervals leave the 2018-2030 prefix range.
        return ORIGIN.plusMinutes(r.nextInt(14 * 365 * 1440));
    }

    private static SupportCalendar randomCalendar(Random r) {
        List<SupportDay> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (r.nextInt(3) > 0) {
                int start = r.nextInt(20 * 60);
                int end = start + r.nextInt(24 * 60 - start);
                hours.add(new SupportDay(d, LocalTime.ofSecondOfDay(start * 60L), LocalTime.ofSecondOfDay(end * 60L)));
            }
        }
        List<Closure> closures = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            LocalDate from = ORIGIN.toLocalDate().plusDays(r.nextInt(14 * 365));
            closures.add(new Closure(from, from.plusDays(r.nextInt(30)), "random"));
        }
        BankHolidayRegion region = BankHolidayRegion.values()[r.nextInt(BankHolidayRegion.values().length)];
        return SupportCalendar.of(hours, closures, region);
    }
}
