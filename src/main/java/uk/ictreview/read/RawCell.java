package uk.ictreview.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One cell as the sheet holds it, before it is given a meaning: text, a number, a date-time (local, no time
 * zone), a boolean, an Excel error such as {@code #N/A}, a formula whose value was never stored, or blank.
 * {@code percent} tells that a number was shown with a percent format (so 0.03 means 3%).
 */
public record RawCell(int column, Kind kind, String text, double number, LocalDateTime dateTime, boolean percent) {
    /** What a cell holds. */
    public enum Kind {
        TEXT,
        NUMBER,
        DATE_TIME,
        BOOLEAN,
        ERROR,
        /**
         * A formula with no cached value ({@code text} is the formula): the file was written by a program that does
         * not calculate (Excel stores each formula's value when it saves). Not blank, so that it is reported.
         */
        FORMULA,
        BLANK
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public RawCell {
        Objects.requireNonNull(kind, "kind");
        if (column < 0) {
            throw new IllegalArgumentException("column must not be negative: " + column);
        }
    }

    public static RawCell text(int column, String text) {
        return new RawCell(column, Kind.TEXT, Objects.requireNonNull(text), 0, null, false);
    }

    public static RawCell number(int column, double number, boolean percent) {
        return new RawCell(column, Kind.NUMBER, null, number, null, percent);
    }

    public static RawCell dateTime(int column, LocalDateTime dateTime) {
        return new RawCell(column, Kind.DATE_TIME, null, 0, Objects.requireNonNull(dateTime), false);
    }

    public static RawCell bool(int column, boolean value) {
        return new RawCell(column, Kind.BOOLEAN, value ? "TRUE" : "FALSE", value ? 1 : 0, null, false);
    }

    public static RawCell error(int column, String code) {
        return new RawCell(column, Kind.ERROR, code == null ? "#ERROR" : code, 0, null, false);
    }

    /** A formula cell that holds no value, only its formula (without the leading =). */
    public static RawCell formula(int column, String formula) {
        return new RawCell(column, Kind.FORMULA, Objects.requireNonNull(formula), 0, null, false);
    }

    public static RawCell blank(int column) {
        return new RawCell(column, Kind.BLANK, null, 0, null, false);
    }

    /** Blank, or text of nothing but spaces. */
    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
    }

    /** The cell as a person reads it in messages and headers: 42 not 42.0, dates day first. */
    public String display() {
        return switch (kind) {
            case TEXT, BOOLEAN, ERROR -> text;
            case FORMULA -> "=" + text;
            case NUMBER -> formatNumber(number);
            case DATE_TIME -> formatDateTime(dateTime);
            case BLANK -> "";
        };
    }

    static String formatNumber(double n) {
        if (Double.isNaN(n) || Double.isInfinite(n)) {
            return Double.toString(n);
        }
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }

    /** {@code 04/09/2026}, {@code 04/09/2026 09:00} or {@code 04/09/2026 09:00:30}. */
    public static String formatDateTime(LocalDateTime t) {
        if (t.toLocalTime().toSecondOfDay() == 0 && t.getNano() == 0) {
            return t.format(DATE);
        }
        return t.getSecond() == 0 ? t.format(MINUTES) : t.format(SECONDS);
    }
}
