package uk.ictreview.read;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Dates and times as schools write them. Day first always: {@code 13/02/2026} is 13 February and
 * {@code 02/13/2026} is refused, never read month first. See docs/rules-intake.md.
 */
final class DateTexts {
    static final String EXPECTED_DATE =
            "a date: expected dd/mm/yyyy or dd/mm/yyyy hh:mm (day first), yyyy-mm-dd or yyyy-mm-dd hh:mm, or a date cell";
    static final String EXPECTED_TIME = "a time of day: expected hh:mm (24-hour, e.g. 08:00 or 16:30) or a time cell";
    static final String EXPECTED_END_TIME =
            "a time of day: expected hh:mm (24-hour, e.g. 16:30, or 24:00 for the end of" + " the day) or a time cell";
    static final int FIRST_SERIAL_YEAR = 1980;
    static final int LAST_SERIAL_YEAR = 2099;
    /** Date cells of 1900-1901 (1904-1905 in the 1904 system) are small numbers shown with a date format. */
    static final int FIRST_DATE_CELL_YEAR = 1902;

    private static final String TIME = "(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern UK = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})" + TIME);
    private static final Pattern END_OF_DAY = Pattern.compile("24[:.]00(?::00)?");
    /** A time cell holding 24:00 is the whole day 1: 1900-01-01 00:00, or 1904-01-02 00:00 in the 1904 system. */
    private static final LocalDateTime DAY_ONE_1900 = LocalDateTime.of(1900, 1, 1, 0, 0);

    private static final LocalDateTime DAY_ONE_1904 = LocalDateTime.of(1904, 1, 2, 0, 0);
    /** Excel's fraction of a day as text, as a CSV saved from a General-formatted cell holds it: 0.3333 is 08:00. */
    private static final Pattern DAY_FRACTION = Pattern.compile("0(?:\\.\\d+)?|1(?:\\.0+)?|\\.\\d+");

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?");

    private DateTexts() {}

    static LocalDateTime dateTime(RawCell c, boolean date1904) throws BadValue {
        return switch (c.kind()) {
            case DATE_TIME -> dateCell(c.dateTime(), date1904);
            case NUMBER -> serial(c.number(), date1904);
            case TEXT -> parse(c.text().strip());
            default -> throw new BadValue(EXPECTED_DATE);
        };
    }

    /**
     * A date cell in Excel's first years (before {@value #FIRST_DATE_CELL_YEAR}) holds a small number under a date
     * format: 12.5 typed into a date column shows as 12/01/1900 12:00. Refused as a number, not a date, rather than
     * read as a day in 1900.
     */
    static LocalDateTime dateCell(LocalDateTime t, boolean date1904) throws BadValue {
        if (t.getYear() < FIRST_DATE_CELL_YEAR) {
            double n = DateUtil.getExcelDate(t, date1904);
            throw new BadValue(EXPECTED_DATE + " (the cell holds the number " + RawCell.formatNumber(n)
                    + ", which a date format shows as " + RawCell.formatDateTime(t) + ")");
        }
        return t;
    }

    /** An Excel serial number, accepted only where it lands in a plausible year (a stray 12 is not 1900). */
    static LocalDateTime serial(double n, boolean date1904) throws BadValue {
        if (!DateUtil.isValidExcelDate(n)) {
            throw new BadValue(EXPECTED_DATE);
        }
        LocalDateTime t = DateUtil.getLocalDateTime(n, date1904, true);
        if (t == null || t.getYear() < FIRST_SERIAL_YEAR || t.getYear() > LAST_SERIAL_YEAR) {
            throw new BadValue(EXPECTED_DATE + " (as a number it is not an Excel date between " + FIRST_SERIAL_YEAR
                    + " and " + LAST_SERIAL_YEAR + ")");
        }
        return t;
    }

    static LocalDateTime parse(String s) throws BadValue {
        LocalDateTime quick = UkDateTimes.quick(s);
        if (quick != null) {
            return quick;
        }
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return build(iso.group(1), iso.group(2), iso.group(3), iso, 4);
        }
        Matcher uk = UK.matcher(s);
        if (uk.matches()) {
            String y = uk.group(3);
            // a two-digit year is this century's: 04/09/26 is 2026
            String year = y.length() == 2 ? "20" + y : y;
            return build(year, uk.group(2), uk.group(1), uk, 4);
        }
        throw new BadValue(EXPECTED_DATE);
    }

    private static LocalDateTime build(String y, String m, String d, Matcher tm, int g) throws BadValue {
        try {
            int hour = tm.group(g) == null ? 0 : Integer.parseInt(tm.group(g));
            int minute = tm.group(g + 1) == null ? 0 : Integer.parseInt(tm.group(g + 1));
            int second = tm.group(g + 2) == null ? 0 : Integer.parseInt(tm.group(g + 2));
            return LocalDateTime.of(
                    Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d), hour, minute, second);
        } catch (DateTimeException e) {
            throw new BadValue(EXPECTED_DATE);
        }
    }

    static LocalTime time(RawCell c) throws BadValue {
        switch (c.kind()) {
            case DATE_TIME:
                return c.dateTime().toLocalTime();
            case NUMBER:
                return fraction(c.number());
            case TEXT:
                String t = c.text().strip();
                return DAY_FRACTION.matcher(t).matches() ? fraction(Double.parseDouble(t)) : clock(t);
            default:
                throw new BadValue(EXPECTED_TIME);
        }
    }

    /**
     * The end of a span of hours (Support hours End): a time of day, or {@code 24:00} (typed, or a time cell
     * holding one whole day) for midnight at the end of the day, given as {@link LocalTime#MAX}. Without it a
     * 24-hour desk could only end at 23:59 and lose a minute a day, and a 24:00 typed in Excel (stored as day 1,
     * 00:00) would read as 00:00: no support hours at all that day.
     */
    static LocalTime endTime(RawCell c) throws BadValue {
        boolean endOfDay =
                switch (c.kind()) {
                    case TEXT ->
                        END_OF_DAY.matcher(c.text().strip()).matches()
                                || (DAY_FRACTION.matcher(c.text().strip()).matches()
                                        && Double.parseDouble(c.text().strip()) == 1.0);
                    case NUMBER -> c.number() == 1.0;
                    case DATE_TIME ->
                        c.dateTime().equals(DAY_ONE_1900) || c.dateTime().equals(DAY_ONE_1904);
                    default -> false;
                };
        if (endOfDay) {
            return LocalTime.MAX;
        }
        try {
            return time(c);
        } catch (BadValue e) {
            throw new BadValue(EXPECTED_END_TIME);
        }
    }

    /**
     * Excel keeps a time of day as a fraction of a day: 0.5 is 12:00. Rounded to the nearest minute, since a
     * fraction written out with a few digits is not exact (0.3333 is 07:59:57, meant as 08:00).
     */
    private static LocalTime fraction(double n) throws BadValue {
        if (n < 0 || n >= 1) {
            throw new BadValue(EXPECTED_TIME);
        }
        long minutes = Math.round(n * 1_440);
        if (minutes >= 1_440) {
            throw new BadValue(EXPECTED_TIME);
        }
        return LocalTime.ofSecondOfDay(minutes * 60);
    }

    private static LocalTime clock(String s) throws BadValue {
        Matcher m = CLOCK.matcher(s);
        if (!m.matches()) {
            throw new BadValue(EXPECTED_TIME);
        }
        try {
            int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), sec);
        } catch (DateTimeException e) {
            throw new BadValue(EXPECTED_TIME);
        }
    }
}
