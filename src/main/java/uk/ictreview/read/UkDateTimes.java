package uk.ictreview.read;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * The common shape of a date-time typed or exported as text, {@code dd/mm/yyyy hh:mm} with or without
 * {@code :ss} or the time, read character by character before {@link DateTexts} tries its patterns: a CSV log of a
 * million calls has three of them a row. It accepts only what {@link DateTexts#parse} reads the same way and
 * returns null for everything else, including impossible dates, which that then reports.
 */
final class UkDateTimes {
    private UkDateTimes() {}

    static LocalDateTime quick(String s) {
        int n = s.length();
        if ((n != 10 && n != 16 && n != 19) || s.charAt(2) != '/' || s.charAt(5) != '/') {
            return null;
        }
        int day = two(s, 0);
        int month = two(s, 3);
        int century = two(s, 6);
        int yy = two(s, 8);
        int year = century < 0 || yy < 0 ? -1 : century * 100 + yy;
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (n >= 16) {
            if (s.charAt(10) != ' ' || s.charAt(13) != ':') {
                return null;
            }
            hour = two(s, 11);
            minute = two(s, 14);
        }
        if (n == 19) {
            if (s.charAt(16) != ':') {
                return null;
            }
            second = two(s, 17);
        }
        if (day < 0 || month < 0 || year < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Two ASCII digits at {@code at} as a number, or -1. */
    private static int two(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }
}
