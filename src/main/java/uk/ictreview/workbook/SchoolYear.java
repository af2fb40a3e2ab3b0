package uk.ictreview.workbook;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.ictreview.model.Closure;
import uk.ictreview.model.SupportDay;

/**
 * The example school's year 2025-26: an English secondary's terms, half terms and INSET days (a typical local
 * authority pattern), the bank holidays of England and Wales, and its support hours (Friday finishing at
 * 16:00). The generator uses it to place calls on open days and to turn support hours into clock times, the
 * same way the SLA rules of SPEC 5 count them back.
 */
final class SchoolYear {
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 8, 31);
    /** The end of the summer term: the log was exported after support finished that day. */
    static final LocalDateTime EXPORTED = LocalDateTime.of(2026, 7, 22, 16, 30);

    static final List<Closure> CLOSURES = List.of(
            new Closure(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), "INSET days"),
            new Closure(LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 31), "Autumn half term"),
            new Closure(LocalDate.of(2025, 11, 24), LocalDate.of(2025, 11, 24), "INSET day"),
            new Closure(LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 2), "Christmas holiday"),
            new Closure(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), "INSET day"),
            new Closure(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20), "Spring half term"),
            new Closure(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 10), "Easter holiday"),
            new Closure(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 5, 29), "Summer half term"),
            new Closure(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 6, 29), "INSET day"),
            new Closure(LocalDate.of(2026, 7, 23), LocalDate.of(2026, 8, 31), "Summer holiday"));

    /** Bank holidays of England and Wales in the year (built into the tool, so not in the Closures sheet). */
    static final Set<LocalDate> BANK_HOLIDAYS = Set.of(
            LocalDate.of(2025, 12, 25),
            LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 8, 31));

    static final List<SupportDay> SUPPORT_HOURS = supportHours();

    private SchoolYear() {}

    private static List<SupportDay> supportHours() {
        List<SupportDay> days = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.add(new SupportDay(d, LocalTime.of(8, 0), LocalTime.of(16, 30)));
        }
        days.add(new SupportDay(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(16, 0)));
        return List.copyOf(days);
    }

    /** A weekday that is neither a closure nor a bank holiday. */
    static boolean isOpen(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return !BANK_HOLIDAYS.contains(d) && CLOSURES.stream().noneMatch(c -> c.contains(d));
    }

    /** Every open day from the first day of the year to the end of the summer term, in order. */
    static List<LocalDate> openDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = FIRST_DAY; !d.isAfter(EXPORTED.toLocalDate()); d = d.plusDays(1)) {
            if (isOpen(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The instant {@code minutes} support minutes after {@code start}; the clock stops outside support hours. */
    static LocalDateTime plusSupport(LocalDateTime start, long minutes) {
        LocalDateTime t = start;
        long left = minutes;
        while (true) {
            LocalDate d = t.toLocalDate();
            if (isOpen(d)) {
                SupportDay sd = SUPPORT_HOURS.get(d.getDayOfWeek().ordinal());
                LocalDateTime open = d.atTime(sd.start());
                LocalDateTime close = d.atTime(sd.end());
                if (t.isBefore(open)) {
                    t = open;
                }
                long available = t.isBefore(close) ? Duration.between(t, close).toMinutes() : 0;
                if (left <= available) {
                    return t.plusMinutes(left);
                }
                left -= available;
            }
            t = d.plusDays(1).atStartOfDay();
        }
    }
}
