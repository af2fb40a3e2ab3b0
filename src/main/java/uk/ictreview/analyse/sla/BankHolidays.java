package uk.ictreview.analyse.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.ictreview.model.BankHolidayRegion;

/**
 * The UK bank holidays of 2018-2030, computed by the statutory rules (with substitute days when a fixed date
 * falls at a weekend) plus the real one-off changes: 2020's early May holiday moved to Friday 8 May; 2022's
 * spring holiday moved to Thursday 2 June with Friday 3 June added (platinum jubilee) and Monday 19 September
 * (the Queen's state funeral); Monday 8 May 2023 (the coronation). Outside 2018-2030 no bank holidays are
 * known and none are returned.
 */
public final class BankHolidays {
    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2030;

    private BankHolidays() {}

    /** Every bank holiday of the region in 2018-2030, in date order. */
    public static Set<LocalDate> all(BankHolidayRegion region) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            out.addAll(ofYear(region, y));
        }
        return Collections.unmodifiableSet(out);
    }

    /** The bank holidays of one year, or none outside 2018-2030 or for {@link BankHolidayRegion#NONE}. */
    public static Set<LocalDate> ofYear(BankHolidayRegion region, int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        if (region == BankHolidayRegion.NONE || year < FIRST_YEAR || year > LAST_YEAR) {
            return days;
        }
        // Fixed-date holidays, in order: each moves to the next weekday not already a holiday, which gives the
        // official substitutes (e.g. Christmas on Saturday -> Monday 27, Boxing Day on Sunday -> Tuesday 28).
        List<LocalDate> fixed = new ArrayList<>();
        fixed.add(LocalDate.of(year, 1, 1));
        if (region == BankHolidayRegion.SCOTLAND) {
            fixed.add(LocalDate.of(year, 1, 2));
        }
        if (region == BankHolidayRegion.NORTHERN_IRELAND) {
            fixed.add(LocalDate.of(year, 3, 17));
            fixed.add(LocalDate.of(year, 7, 12));
        }
        if (region == BankHolidayRegion.SCOTLAND) {
            fixed.add(LocalDate.of(year, 11, 30));
        }
        fixed.add(LocalDate.of(year, 12, 25));
        fixed.add(LocalDate.of(year, 12, 26));
        for (LocalDate d : fixed) {
            days.add(nextFreeWeekday(d, days));
        }
        days.addAll(movable(region, year));
        return days;
    }

    private static List<LocalDate> movable(BankHolidayRegion region, int year) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate easter = easterSunday(year);
        out.add(easter.minusDays(2));
        if (region != BankHolidayRegion.SCOTLAND) {
            out.add(easter.plusDays(1));
        }
        out.add(year == 2020 ? LocalDate.of(2020, 5, 8) : firstMonday(year, Month.MAY));
        if (year == 2022) {
            out.add(LocalDate.of(2022, 6, 2));
            out.add(LocalDate.of(2022, 6, 3));
            out.add(LocalDate.of(2022, 9, 19));
        } else {
            out.add(lastMonday(year, Month.MAY));
        }
        if (year == 2023) {
            out.add(LocalDate.of(2023, 5, 8));
        }
        out.add(
                region == BankHolidayRegion.SCOTLAND
                        ? firstMonday(year, Month.AUGUST)
                        : lastMonday(year, Month.AUGUST));
        return out;
    }

    private static LocalDate nextFreeWeekday(LocalDate d, Set<LocalDate> taken) {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY || taken.contains(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    private static LocalDate firstMonday(int year, Month m) {
        return LocalDate.of(year, m, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month m) {
        return LocalDate.of(year, m, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
