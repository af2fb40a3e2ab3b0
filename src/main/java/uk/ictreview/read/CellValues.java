package uk.ictreview.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers, money, counts, days and financial years from raw cells. Dates are in {@link DateTexts}. */
final class CellValues {
    static final String EXPECTED_NUMBER = "a number";
    static final String EXPECTED_MONEY = "an amount in pounds, e.g. 649.99 or £1,234.50";
    static final String EXPECTED_REOPENED = "Y/N (yes/no, true/false) or a count of reopens";
    static final String EXPECTED_DAY = "a day of the week, e.g. Monday or Mon";
    static final String EXPECTED_YEAR = "a financial year such as 2026-27";

    static final String EXPECTED_HOURS =
            "a number of hours, 0 or more: write hours as a number, e.g. 1.5, or as h:mm, e.g. 1:30";

    // 1:30 typed into an hours column; Excel's day 0 in each date system (a time cell holds day 0 plus the time)
    private static final Pattern H_MM = Pattern.compile("(\\d{1,5}):([0-5]\\d)(?::([0-5]\\d))?");
    private static final LocalDateTime DAY_ZERO_1900 = LocalDateTime.of(1899, 12, 31, 0, 0);
    private static final LocalDateTime DAY_ZERO_1904 = LocalDateTime.of(1904, 1, 1, 0, 0);

    // a comma only between thousands: 1,500 and 12,345.6; 1,5 is a decimal comma, refused, never read as 15
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    // one comma with digits after it (1,5, 0,5, 649,99, 1,5000, ,5): a decimal comma, so the hint shows the value
    // written with a full stop; any other comma (12,34.5, 1,,500) gets the general hint
    private static final Pattern ONE_COMMA = Pattern.compile("[+-]?\\d*,\\d+");
    static final String THOUSANDS_ONLY = " (a comma is read only between thousands, as in 1,500)";

    /** Above this no number of hours means anything here (over a year of days), and minutes could overflow. */
    private static final BigDecimal HOURS_MAX = BigDecimal.valueOf(100_000);

    private static final Pattern FY = Pattern.compile("(\\d{4})\\s*[-/\u2013]\\s*(\\d{2}|\\d{4})");

    private CellValues() {}

    static BigDecimal number(RawCell c) throws BadValue {
        if (c.kind() == RawCell.Kind.NUMBER && !Double.isFinite(c.number())) {
            throw new BadValue(EXPECTED_NUMBER);
        }
        return switch (c.kind()) {
            case NUMBER -> BigDecimal.valueOf(c.number());
            case TEXT -> parseNumber(c.text().strip(), EXPECTED_NUMBER);
            default -> throw new BadValue(EXPECTED_NUMBER);
        };
    }

    /** A percentage: 3 means 3%; a cell formatted as a percentage (0.03 shown as 3%) and the text "3%" too. */
    static BigDecimal percent(RawCell c) throws BadValue {
        if (c.kind() == RawCell.Kind.NUMBER && c.percent()) {
            return BigDecimal.valueOf(c.number()).movePointRight(2).stripTrailingZeros();
        }
        if (c.kind() == RawCell.Kind.TEXT && c.text().strip().endsWith("%")) {
            String t = c.text().strip();
            return parseNumber(t.substring(0, t.length() - 1).strip(), "a percentage, e.g. 3 or 3%");
        }
        return number(c);
    }

    /** Pounds, exact to the penny (rounded half up): 1234.5 and "£1,234.50" are both 1234.50. Never negative. */
    static BigDecimal money(RawCell c) throws BadValue {
        BigDecimal v =
                switch (c.kind()) {
                    case NUMBER -> number(c);
                    case TEXT ->
                        parseNumber(
                                c.text()
                                        .strip()
                                        .replace("£", "")
                                        .replaceFirst("(?i)^gbp", "")
                                        .strip(),
                                EXPECTED_MONEY);
                    default -> throw new BadValue(EXPECTED_MONEY);
                };
        if (v.signum() < 0) {
            throw new BadValue(EXPECTED_MONEY + " (not negative)");
        }
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Hours to whole minutes, rounded to the nearest minute (half up): 1.25 h is 75 min, 0.01 h is 1 min. Also
     * {@code h:mm} or {@code h:mm:ss} as typed text (1:30 is 90 min) and a time cell, which is what Excel makes
     * of 1:30 typed into a cell (a fraction of day 0; {@code [h]:mm} durations may run into the next days).
     */
    static long hoursToMinutes(RawCell c) throws BadValue {
        if (c.kind() == RawCell.Kind.TEXT) {
            Matcher m = H_MM.matcher(c.text().strip());
            if (m.matches()) {
                int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                return Long.parseLong(m.group(1)) * 60 + Integer.parseInt(m.group(2)) + (seconds >= 30 ? 1 : 0);
            }
        }
        if (c.kind() == RawCell.Kind.DATE_TIME) {
            return durationCell(c.dateTime());
        }
        BigDecimal h;
        try {
            h = number(c);
        } catch (BadValue e) {
            throw new BadValue(EXPECTED_HOURS + commaHint(c));
        }
        if (h.signum() < 0 || h.compareTo(HOURS_MAX) > 0) {
            throw new BadValue(EXPECTED_HOURS);
        }
        return h.multiply(BigDecimal.valueOf(60))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** A time cell read as a length of time: minutes since Excel's day 0, if within its first week. */
    private static long durationCell(LocalDateTime t) throws BadValue {
        LocalDateTime zero = t.getYear() < 1904 ? DAY_ZERO_1900 : DAY_ZERO_1904;
        long minutes = Math.round(java.time.Duration.between(zero, t).toSeconds() / 60.0);
        if (minutes < 0 || minutes > 7 * 24 * 60) {
            throw new BadValue(EXPECTED_HOURS);
        }
        return minutes;
    }

    static int reopened(RawCell c) throws BadValue {
        if (c.kind() == RawCell.Kind.BOOLEAN) {
            return c.number() != 0 ? 1 : 0;
        }
        if (c.kind() == RawCell.Kind.TEXT) {
            switch (c.text().strip().toLowerCase(Locale.ROOT)) {
                case "y", "yes", "true" -> {
                    return 1;
                }
                case "n", "no", "false" -> {
                    return 0;
                }
                default -> {}
            }
        }
        return wholeNumber(c, EXPECTED_REOPENED, 0);
    }

    /** A whole number at least {@code min}; 4.0 is 4, 4.5 is refused. */
    static int wholeNumber(RawCell c, String expected, int min) throws BadValue {
        BigDecimal n;
        try {
            n = number(c);
        } catch (BadValue e) {
            throw new BadValue(expected + commaHint(c));
        }
        if (n.stripTrailingZeros().scale() > 0
                || n.compareTo(BigDecimal.valueOf(min)) < 0
                || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new BadValue(expected);
        }
        return n.intValueExact();
    }

    /** Monday, Mon, Tues, THURSDAY...: the full name or at least its first three letters. */
    static DayOfWeek day(RawCell c) throws BadValue {
        if (c.kind() != RawCell.Kind.TEXT) {
            throw new BadValue(EXPECTED_DAY);
        }
        String t = c.text().strip().replace(".", "").toLowerCase(Locale.ROOT);
        if (t.length() >= 3) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().toLowerCase(Locale.ROOT).startsWith(t)) {
                    return d;
                }
            }
        }
        throw new BadValue(EXPECTED_DAY);
    }

    /** {@code 2026-27}, {@code 2026/27}, {@code 2026-2027} -> {@code 2026-27}; the second year must follow the first. */
    static String financialYear(RawCell c) throws BadValue {
        if (c.kind() != RawCell.Kind.TEXT) {
            throw new BadValue(EXPECTED_YEAR);
        }
        Matcher m = FY.matcher(c.text().strip());
        if (!m.matches()) {
            throw new BadValue(EXPECTED_YEAR);
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int expected = m.group(2).length() == 2 ? (first + 1) % 100 : first + 1;
        if (second != expected) {
            throw new BadValue(EXPECTED_YEAR + " (the second year follows the first)");
        }
        return String.format(Locale.ROOT, "%d-%02d", first, (first + 1) % 100);
    }

    /**
     * A number typed as text, spaces ignored. A comma is taken only as a thousands separator in groups of three
     * ({@code 1,500}, {@code 12,345.6}); anything else with a comma ({@code 1,5}) is a decimal comma, refused with a
     * hint rather than read as 15.
     */
    private static BigDecimal parseNumber(String s, String expected) throws BadValue {
        String t = s.replace(" ", "");
        if (t.indexOf(',') >= 0) {
            if (!GROUPED.matcher(t).matches()) {
                throw new BadValue(expected + commaHint(s));
            }
            t = t.replace(",", "");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new BadValue(expected);
        }
    }

    /** The comma hint when a text cell holds a comma that is not a thousands separator, else "". */
    static String commaHint(RawCell c) {
        if (c.kind() != RawCell.Kind.TEXT) {
            return "";
        }
        return commaHint(
                c.text().strip().replace("£", "").replaceFirst("(?i)^gbp", "").replace("%", ""));
    }

    /**
     * One bracket fitting the value given: {@code " (write 1.5 with a full stop, not 1,5)"} for a decimal comma,
     * {@link #THOUSANDS_ONLY} for any other comma that is not a thousands separator, "" when there is none.
     */
    static String commaHint(String text) {
        String t = text.replace(" ", "");
        if (t.indexOf(',') < 0 || GROUPED.matcher(t).matches()) {
            return "";
        }
        if (!ONE_COMMA.matcher(t).matches()) {
            return THOUSANDS_ONLY;
        }
        String dotted = t.replace(',', '.').replaceFirst("^([+-]?)\\.", "$10.");
        return " (write " + dotted + " with a full stop, not " + t + ")";
    }
}
