package uk.ictreview.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Excel date serials to date-times with plain arithmetic, giving exactly what POI's
 * {@code DateUtil.getLocalDateTime(serial, date1904, true)} gives (whole seconds, rounded half up) without its
 * {@code BigDecimal} and four {@code LocalDateTime}s per cell. POI rounds the serial's shortest decimal form; the
 * arithmetic here rounds the double itself, which differs only when a time lies within a microsecond of half a
 * second: those rare serials, and ones past the int range of days, are handed to POI.
 */
final class XlsxDates {
    private static final long DAY_ZERO_1900 = LocalDate.of(1900, 1, 1).toEpochDay() - 1;
    private static final long DAY_ZERO_1904 = LocalDate.of(1904, 1, 1).toEpochDay();
    private static final double NEAR_HALF = 1e-6;

    private XlsxDates() {}

    private static final long[] TENS = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L
    };

    /**
     * The date-time of a serial written as plain decimal characters ({@code 46023.395833333336}), decoded from the
     * digits with integer arithmetic: no double, no string. Null when the text is anything else (a sign, an
     * exponent, more than 9 + 13 digits) or the time lies within a microsecond of half a second, where the decimal
     * written and the one POI rounds (the double's shortest form, within one unit in the last place of it) could
     * round apart: the caller then parses the number and uses {@link #dateTime(double, boolean)}.
     */
    static LocalDateTime fromDigits(char[] c, int length, boolean date1904) {
        int i = 0;
        long days = 0;
        while (i < length && c[i] >= '0' && c[i] <= '9' && i < 9) {
            days = days * 10 + (c[i++] - '0');
        }
        if (i == 0 || (i < length && c[i] != '.')) {
            return null;
        }
        long fraction = 0;
        int k = 0;
        for (i++; i < length; i++, k++) {
            if (c[i] < '0' || c[i] > '9' || k == TENS.length - 1) {
                return null;
            }
            fraction = fraction * 10 + (c[i] - '0');
        }
        // seconds + 0.5 = (fraction * 86400 + 10^k / 2) / 10^k, kept whole by doubling both sides
        long unit = 2 * TENS[k];
        long scaled = 2 * fraction * 86_400 + TENS[k];
        long whole = scaled / unit;
        double part = (double) (scaled % unit) / unit;
        if (part < NEAR_HALF || part > 1 - NEAR_HALF) {
            return null;
        }
        return at(days, whole, date1904);
    }

    /** The date-time of a serial that {@link DateUtil#isValidExcelDate} accepts. */
    static LocalDateTime dateTime(double serial, boolean date1904) {
        if (serial >= Integer.MAX_VALUE) {
            return DateUtil.getLocalDateTime(serial, date1904, true);
        }
        int days = (int) serial;
        double seconds = (serial - days) * 86_400 + 0.5;
        double whole = Math.floor(seconds);
        if (seconds - whole < NEAR_HALF || whole + 1 - seconds < NEAR_HALF) {
            return DateUtil.getLocalDateTime(serial, date1904, true);
        }
        return at(days, (long) whole, date1904);
    }

    private static LocalDateTime at(long days, long seconds, boolean date1904) {
        long epochDay;
        if (date1904) {
            epochDay = DAY_ZERO_1904 + days;
        } else {
            // Excel's 29/02/1900 (serial 60) does not exist: serials from 61 on are a day ahead of the calendar
            epochDay = DAY_ZERO_1900 + days - (days < 61 ? 0 : 1);
        }
        epochDay += Math.floorDiv(seconds, 86_400);
        return LocalDateTime.of(day(epochDay), LocalTime.ofSecondOfDay(Math.floorMod(seconds, 86_400)));
    }

    /** A day and its date. */
    private record Day(long epochDay, LocalDate date) {}

    /**
     * The dates of the last few days seen, by epoch day modulo the table's size: a log's calls fall on a few hundred
     * days, and working a date out from its day number was a twentieth of a million-row sheet's parsing. Shared by
     * every thread: an entry is immutable, so a thread sees a whole one or none.
     */
    private static final Day[] DAYS = new Day[1024];

    private static LocalDate day(long epochDay) {
        int slot = (int) (epochDay & (DAYS.length - 1));
        Day d = DAYS[slot];
        if (d == null || d.epochDay != epochDay) {
            d = new Day(epochDay, LocalDate.ofEpochDay(epochDay));
            DAYS[slot] = d;
        }
        return d.date;
    }
}
