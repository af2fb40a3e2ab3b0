package uk.ictreview.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** The support hours of one day of the week (SPEC 4.1, sheet Support hours). */
public record SupportDay(DayOfWeek day, LocalTime start, LocalTime end) {
    public SupportDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(day + ": end " + end + " is before start " + start);
        }
    }

    /** Monday to Friday 08:00-16:30, nothing at weekends. */
    public static List<SupportDay> defaults() {
        LocalTime s = LocalTime.of(8, 0);
        LocalTime e = LocalTime.of(16, 30);
        return List.of(
                new SupportDay(DayOfWeek.MONDAY, s, e),
                new SupportDay(DayOfWeek.TUESDAY, s, e),
                new SupportDay(DayOfWeek.WEDNESDAY, s, e),
                new SupportDay(DayOfWeek.THURSDAY, s, e),
                new SupportDay(DayOfWeek.FRIDAY, s, e));
    }
}
