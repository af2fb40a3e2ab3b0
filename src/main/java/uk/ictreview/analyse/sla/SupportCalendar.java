package uk.ictreview.analyse.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.Closure;
import uk.ictreview.model.SupportDay;

/**
 * Support time (SPEC 5): the overlap of an interval with the support hours of the days that are not closed
 * (a closure or a bank holiday). Times are taken to the minute (seconds are dropped). The support minutes of
 * every day of 2000-2040 are summed once into a prefix array, so the support time of a call open for months
 * costs two partial days and one subtraction; days outside that range are counted one by one, their bank holidays
 * computed once per year.
 */
public final class SupportCalendar {
    private static final LocalDate BASE = LocalDate.of(2000, 1, 1);
    private static final LocalDate LIMIT = LocalDate.of(2041, 1, 1);
    private static final int DAY_MINUTES = 24 * 60;

    private final Map<DayOfWeek, int[]> hours;
    private final List<Closure> closures;
    private final BankHolidayRegion region;
    /** The region's bank holidays by year, computed when a year is first asked for. */
    private final Map<Integer, Set<LocalDate>> bankHolidays = new ConcurrentHashMap<>();
    /** prefix[i] = support minutes of the days BASE .. BASE + i - 1. */
    private final long[] prefix;
    /** closed[i] = day BASE + i is a closure or a bank holiday (looked up once per day, not per call). */
    private final boolean[] closed;

    private SupportCalendar(Map<DayOfWeek, int[]> hours, List<Closure> closures, BankHolidayRegion region) {
        this.hours = hours;
        this.closures = List.copyOf(closures);
        this.region = region;
        int n = (int) ChronoUnit.DAYS.between(BASE, LIMIT);
        this.closed = new boolean[n];
        LocalDate d = BASE;
        for (int i = 0; i < n; i++, d = d.plusDays(1)) {
            closed[i] = lookUpClosed(d);
        }
        this.prefix = new long[n + 1];
        d = BASE;
        for (int i = 0; i < n; i++, d = d.plusDays(1)) {
            prefix[i + 1] = prefix[i] + overlap(d, 0, DAY_MINUTES);
        }
    }

    /**
     * A calendar from the school's support hours and closures (the default hours of {@link SupportDay#defaults()}
     * when the list is empty) and the region's bank holidays. Several rows for one weekday are merged.
     */
    public static SupportCalendar of(List<SupportDay> supportHours, List<Closure> closures, BankHolidayRegion region) {
        List<SupportDay> days = supportHours.isEmpty() ? SupportDay.defaults() : supportHours;
        Map<DayOfWeek, int[]> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek dow : DayOfWeek.values()) {
            byDay.put(dow, merged(days.stream().filter(s -> s.day() == dow).toList()));
        }
        return new SupportCalendar(byDay, closures, region);
    }

    /** Support minutes from {@code a} to {@code b}; 0 when {@code b} is not after {@code a}. */
    public long minutesBetween(LocalDateTime a, LocalDateTime b) {
        if (!b.isAfter(a)) {
            return 0;
        }
        LocalDate da = a.toLocalDate();
        LocalDate db = b.toLocalDate();
        if (da.equals(db)) {
            return overlap(da, minuteOfDay(a), minuteOfDay(b));
        }
        return overlap(da, minuteOfDay(a), DAY_MINUTES)
                + wholeDays(da.plusDays(1), db)
                + overlap(db, 0, minuteOfDay(b));
    }

    /** Support minutes of one whole day (0 when closed). */
    public long minutesOn(LocalDate d) {
        return overlap(d, 0, DAY_MINUTES);
    }

    /** True when the day is a closure or a bank holiday. */
    public boolean isClosed(LocalDate d) {
        if (closed != null && !d.isBefore(BASE) && d.isBefore(LIMIT)) {
            return closed[index(d)];
        }
        return lookUpClosed(d);
    }

    private boolean lookUpClosed(LocalDate d) {
        if (bankHolidays
                .computeIfAbsent(d.getYear(), y -> BankHolidays.ofYear(region, y))
                .contains(d)) {
            return true;
        }
        for (Closure c : closures) {
            if (c.contains(d)) {
                return true;
            }
        }
        return false;
    }

    /** Support minutes of the days {@code from} (included) to {@code toExclusive}. */
    long wholeDays(LocalDate from, LocalDate toExclusive) {
        if (!toExclusive.isAfter(from)) {
            return 0;
        }
        if (!from.isBefore(BASE) && !toExclusive.isAfter(LIMIT)) {
            return prefix[index(toExclusive)] - prefix[index(from)];
        }
        long sum = 0;
        for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
            sum += minutesOn(d);
        }
        return sum;
    }

    private static int index(LocalDate d) {
        return (int) ChronoUnit.DAYS.between(BASE, d);
    }

    private long overlap(LocalDate d, int fromMinute, int toMinute) {
        if (toMinute <= fromMinute || isClosed(d)) {
            return 0;
        }
        int[] iv = hours.get(d.getDayOfWeek());
        long sum = 0;
        for (int i = 0; i < iv.length; i += 2) {
            sum += Math.max(0, Math.min(toMinute, iv[i + 1]) - Math.max(fromMinute, iv[i]));
        }
        return sum;
    }

    private static int minuteOfDay(LocalDateTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    /** The day's support intervals as sorted, non-overlapping [start, end) minute pairs. */
    private static int[] merged(List<SupportDay> rows) {
        List<int[]> iv = new ArrayList<>();
        for (SupportDay s : rows) {
            int start = s.start().toSecondOfDay() / 60;
            // LocalTime.MAX is the intake's 24:00: the whole of the day's last minute counts
            int end = s.end().equals(LocalTime.MAX) ? DAY_MINUTES : s.end().toSecondOfDay() / 60;
            if (end > start) {
                iv.add(new int[] {start, end});
            }
        }
        iv.sort(Comparator.comparingInt(x -> x[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] x : iv) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && x[0] <= last[1]) {
                last[1] = Math.max(last[1], x[1]);
            } else {
                out.add(x);
            }
        }
        int[] flat = new int[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            flat[2 * i] = out.get(i)[0];
            flat[2 * i + 1] = out.get(i)[1];
        }
        return flat;
    }
}
