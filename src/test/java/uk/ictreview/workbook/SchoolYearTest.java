package uk.ictreview.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchoolYearTest {
    @Test
    void theClockStopsOverAHalfTerm() {
        // Friday 24/10/2025 15:30 + 90 support minutes: 30 until Friday's 16:00 close; 27-31/10 is half term;
        // the other 60 run from Monday 03/11/2025 08:00, ending at 09:00.
        assertThat(SchoolYear.plusSupport(LocalDateTime.of(2025, 10, 24, 15, 30), 90))
                .isEqualTo(LocalDateTime.of(2025, 11, 3, 9, 0));
    }

    @Test
    void anEarlyCallStartsTheClockAtEight() {
        // Tuesday 09/09/2025 07:50 + 45: the clock starts at 08:00, so 08:45.
        assertThat(SchoolYear.plusSupport(LocalDateTime.of(2025, 9, 9, 7, 50), 45))
                .isEqualTo(LocalDateTime.of(2025, 9, 9, 8, 45));
    }

    @Test
    void bankHolidaysAreClosed() {
        // Friday 01/05/2026 15:00 + 120: 60 until 16:00; Monday 04/05 is the early May bank holiday; Tuesday 09:00.
        assertThat(SchoolYear.plusSupport(LocalDateTime.of(2026, 5, 1, 15, 0), 120))
                .isEqualTo(LocalDateTime.of(2026, 5, 5, 9, 0));
        assertThat(SchoolYear.isOpen(LocalDate.of(2026, 5, 4))).isFalse();
    }

    @Test
    void openDaysAreTheTermTimeWeekdays() {
        List<LocalDate> days = SchoolYear.openDays();
        assertThat(days.get(0)).isEqualTo(LocalDate.of(2025, 9, 3)); // after the two INSET days
        assertThat(days.get(days.size() - 1)).isEqualTo(LocalDate.of(2026, 7, 22));
        assertThat(days).hasSizeBetween(185, 192);
    }

    @Test
    void supportTimeNeverLandsOutsideSupportHoursAndNeverRunsBackwards() {
        long seed = 42;
        Random r = new Random(seed);
        List<LocalDate> days = SchoolYear.openDays();
        for (int i = 0; i < 2000; i++) {
            LocalDateTime start =
                    days.get(r.nextInt(days.size())).atTime(LocalTime.of(7 + r.nextInt(10), r.nextInt(60)));
            long minutes = 1 + r.nextInt(5000);
            LocalDateTime end = SchoolYear.plusSupport(start, minutes);
            String why = "seed " + seed + " case " + i + ": " + start + " + " + minutes;
            assertThat(SchoolYear.isOpen(end.toLocalDate())).as(why).isTrue();
            assertThat(end.toLocalTime()).as(why).isBetween(LocalTime.of(8, 0), LocalTime.of(16, 30));
            assertThat(Duration.between(start, end).toMinutes()).as(why).isGreaterThanOrEqualTo(minutes);
        }
    }
}
