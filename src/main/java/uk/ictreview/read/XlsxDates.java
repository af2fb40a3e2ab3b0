package uk.ictreview.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
        long epochDay;
        if (date1904) {
            epochDay = DAY_ZERO_1904 + days;
        } else {
            // Excel's 29/02/1900 (serial 60) does not exist: serials from 61 on are a day ahead of the calendar
            epochDay = DAY_ZERO_1900 + days - (days < 61 ? 0 : 1);
        }
        return LocalDateTime.ofEpochSecond(epochDay * 86_400 + (long) whole, 0, ZoneOffset.UTC);
    }
}
