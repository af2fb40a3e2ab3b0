package uk.ictreview.analyse.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.ictreview.model.BankHolidayRegion;

/**
 * The UK bank holidays of any year, computed by the statutory rules (Easter by the Gregorian computus; a fixed
 * date at a weekend, or on a day already a holiday, moves to the next free weekday) plus the one-off changes
 * made by proclamation since 1995 ({@link #oneOffs}). Days that were added by statute are counted from their
 * first year: New Year's Day (England, Wales and Northern Ireland) from 1974, the early May holiday from 1978, St
 * Andrew's Day (Scotland) from 2007; every other day by today's rules in every year. See docs/rules-sla.md.
 */
public final class BankHolidays {
    static final int NEW_YEAR_FROM = 1974;
    static final int EARLY_MAY_FROM = 1978;
    static final int ST_ANDREW_FROM = 2007;

    private BankHolidays() {}

    /** The bank holidays of one year, in date order; none for {@link BankHolidayRegion#NONE}. */
    public static Set<LocalDate> ofYear(BankHolidayRegion region, int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        if (region == BankHolidayRegion.NONE) {
            return days;
        }
        // Fixed-date holidays, in date order: each moves to the next weekday not already a holiday, which gives the
        // official substitutes (e.g. Christmas on Saturday -> Monday 27, Boxing Day on Sunday -> Tuesday 28).
        for (LocalDate d : fixed(region, year)) {
            days.add(nextFreeWeekday(d, days));
        }
        days.addAll(movable(region, year));
        return days;
    }

    private static List<LocalDate> fixed(BankHolidayRegion region, int year) {
        List<LocalDate> fixed = new ArrayList<>();
        if (region == BankHolidayRegion.SCOTLAND || year >= NEW_YEAR_FROM) {
            fixed.add(LocalDate.of(year, 1, 1));
        }
        if (region == BankHolidayRegion.SCOTLAND) {
            fixed.add(LocalDate.of(year, 1, 2));
        }
        if (region == BankHolidayRegion.NORTHERN_IRELAND) {
            fixed.add(LocalDate.of(year, 3, 17));
            fixed.add(LocalDate.of(year, 7, 12));
        }
        if (region == BankHolidayRegion.SCOTLAND && year >= ST_ANDREW_FROM) {
            fixed.add(LocalDate.of(year, 11, 30));
        }
        fixed.add(LocalDate.of(year, 12, 25));
        fixed.add(LocalDate.of(year, 12, 26));
        return fixed;
    }

    private static List<LocalDate> movable(BankHolidayRegion region, int year) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate easter = easterSunday(year);
        out.add(easter.minusDays(2));
        if (region != BankHolidayRegion.SCOTLAND) {
            out.add(easter.plusDays(1));
        }
        LocalDate earlyMay = firstMonday(year, Month.MAY);
        LocalDate spring = lastMonday(year, Month.MAY);
        if (year >= EARLY_MAY_FROM) {
            out.add(moved(year, earlyMay));
        }
        out.add(moved(year, spring));
        out.add(
                region == BankHolidayRegion.SCOTLAND
                        ? firstMonday(year, Month.AUGUST)
                        : lastMonday(year, Month.AUGUST));
        out.addAll(added(year));
        return out;
    }

    /**
     * The one-off changes known, made by royal proclamation for the whole UK: a statutory day moved (from -> to), or
     * a day added (from null). Checked against the published gov.uk lists (2012 on) and the proclamations before.
     */
    private static final LocalDate[][] ONE_OFFS = {
        {LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8)}, // VE Day 50th anniversary
        {null, LocalDate.of(1999, 12, 31)}, // the millennium
        {LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4)}, // golden jubilee
        {null, LocalDate.of(2002, 6, 3)},
        {null, LocalDate.of(2011, 4, 29)}, // royal wedding
        {LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4)}, // diamond jubilee
        {null, LocalDate.of(2012, 6, 5)},
        {LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8)}, // VE Day 75th anniversary
        {LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2)}, // platinum jubilee
        {null, LocalDate.of(2022, 6, 3)},
        {null, LocalDate.of(2022, 9, 19)}, // the Queen's state funeral
        {null, LocalDate.of(2023, 5, 8)}, // the coronation
    };

    /** The one-off changes of the year, for the tests and the method notes. */
    static List<LocalDate[]> oneOffs(int year) {
        List<LocalDate[]> out = new ArrayList<>();
        for (LocalDate[] o : ONE_OFFS) {
            if (o[1].getYear() == year) {
                out.add(o);
            }
        }
        return out;
    }

    private static LocalDate moved(int year, LocalDate statutory) {
        for (LocalDate[] o : oneOffs(year)) {
            if (statutory.equals(o[0])) {
                return o[1];
            }
        }
        return statutory;
    }

    private static List<LocalDate> added(int year) {
        return oneOffs(year).stream().filter(o -> o[0] == null).map(o -> o[1]).toList();
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
