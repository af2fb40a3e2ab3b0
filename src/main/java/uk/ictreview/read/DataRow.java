package uk.ictreview.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import uk.ictreview.model.RowRef;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/**
 * One data row of a sheet, read column by column into typed values. Each problem goes to the diagnostics
 * with its cell; an error marks the row failed, and {@link #keep()} then counts it as skipped, once.
 */
final class DataRow {
    /** Reads a non-blank cell or says what was expected. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(RawCell c) throws BadValue;
    }

    private final RawRow raw;
    private final Header header;
    private final Header.Index columns;
    private final String file;
    private final String sheet;
    private final String table;
    private final boolean date1904;
    private final Diagnostics diags;
    private boolean failed;

    /** {@code sheet} is the tab as named in the file, {@code table} the sheet's name in {@link Workbooks}. */
    DataRow(RawRow raw, Header header, String file, String sheet, String table, boolean date1904, Diagnostics diags) {
        this(raw, new Header.Index(header), file, sheet, table, date1904, diags);
    }

    /** As above, with the header's index made once for all the rows of a sheet. */
    DataRow(
            RawRow raw,
            Header.Index columns,
            String file,
            String sheet,
            String table,
            boolean date1904,
            Diagnostics diags) {
        this.raw = raw;
        this.header = columns.header();
        this.columns = columns;
        this.file = file;
        this.sheet = sheet;
        this.table = table;
        this.date1904 = date1904;
        this.diags = diags;
    }

    int number() {
        return raw.number();
    }

    boolean date1904() {
        return date1904;
    }

    RowRef ref() {
        return new RowRef(file, sheet, raw.number());
    }

    boolean has(String column) {
        return header.has(column);
    }

    /** The cell under a column, or null when the sheet has no such column. */
    RawCell cell(String column) {
        int col = columns.of(column);
        return col < 0 ? null : raw.cell(col);
    }

    boolean isBlank(String column) {
        RawCell c = cell(column);
        return c == null || c.isBlank();
    }

    Place place(String column) {
        int col = columns.of(column);
        return col < 0 ? Place.row(file, sheet, raw.number()) : Place.cell(file, sheet, raw.number(), col);
    }

    void error(String column, String message) {
        failed = true;
        diags.error(place(column), message);
    }

    void warning(String column, String message) {
        diags.warning(place(column), message);
    }

    /** Something the reader did that the user may want to know of; the row is kept. */
    void note(String column, String message) {
        diags.note(place(column), message);
    }

    boolean failed() {
        return failed;
    }

    /** True when the row had no error; otherwise counts it as skipped. Call once per row. */
    boolean keep() {
        if (failed) {
            diags.rowSkipped(table);
        }
        return !failed;
    }

    /** Trimmed text; null when blank or absent. An Excel error in it is an error where required, else ignored. */
    String text(String column, boolean required) {
        RawCell c = cell(column);
        if (c != null && c.kind() == RawCell.Kind.ERROR) {
            String m = column + " '" + c.display() + "' is an Excel error, not a value";
            if (required) {
                error(column, m);
            } else {
                warning(column, m + "; treated as blank");
            }
            return null;
        }
        return get(column, required, x -> x.display().strip());
    }

    LocalDateTime dateTime(String column, boolean required) {
        return get(column, required, c -> DateTexts.dateTime(c, date1904));
    }

    LocalDate date(String column, boolean required) {
        LocalDateTime t = dateTime(column, required);
        return t == null ? null : t.toLocalDate();
    }

    LocalTime time(String column, boolean required) {
        return get(column, required, DateTexts::time);
    }

    /** The end of a span of hours: a time, or 24:00 as {@link LocalTime#MAX} (see {@link DateTexts#endTime}). */
    LocalTime endTime(String column, boolean required) {
        return get(column, required, DateTexts::endTime);
    }

    BigDecimal number(String column, boolean required) {
        return get(column, required, CellValues::number);
    }

    BigDecimal money(String column, boolean required) {
        return get(column, required, CellValues::money);
    }

    /** An optional date-time; see {@link #optional}. */
    LocalDateTime optionalDateTime(String column, String blankMeans) {
        return optional(column, c -> DateTexts.dateTime(c, date1904), blankMeans);
    }

    /**
     * An optional date-time that a figure turns on (Resolved, Responded): blank is null, but a value that cannot be
     * read is an ERROR that leaves the row out, since reading it as blank would make a resolved call look open (and
     * breached) or move its response to the resolution.
     */
    LocalDateTime optionalDateTimeOrError(String column) {
        RawCell c = cell(column);
        if (c == null || c.isBlank()) {
            return null;
        }
        try {
            return DateTexts.dateTime(c, date1904);
        } catch (BadValue e) {
            error(column, found(column, c) + " is not " + e.expected());
            return null;
        }
    }

    /** An optional date (any time part dropped); see {@link #optional}. */
    LocalDate optionalDate(String column, String blankMeans) {
        LocalDateTime t = optionalDateTime(column, blankMeans);
        return t == null ? null : t.toLocalDate();
    }

    /** An optional amount in pounds; see {@link #optional}. */
    BigDecimal optionalMoney(String column, String blankMeans) {
        return optional(column, CellValues::money, blankMeans);
    }

    /**
     * The typed value of an optional column; null when blank or absent. A value that cannot be read is a WARNING,
     * not an error: one typo in an optional cell must not drop the whole row. The cell is read as blank, and the
     * message says what that gives ({@code blankMeans}, e.g. "FTE 1.0 is used").
     */
    <T> T optional(String column, Parser<T> parser, String blankMeans) {
        RawCell c = cell(column);
        if (c == null || c.isBlank()) {
            return null;
        }
        try {
            return parser.parse(c);
        } catch (BadValue e) {
            warning(column, found(column, c) + " is not " + e.expected() + "; read as blank, so " + blankMeans);
            return null;
        }
    }

    /**
     * The typed value; null when blank or absent. Blank where required, or unreadable, is an error. Where not
     * required, as {@link #optional}; call that directly to say what the blank gives.
     */
    <T> T get(String column, boolean required, Parser<T> parser) {
        if (!required) {
            return optional(column, parser, "the column's default applies");
        }
        RawCell c = cell(column);
        if (c == null || c.isBlank()) {
            error(column, column + " is blank: a value is required");
            return null;
        }
        try {
            return parser.parse(c);
        } catch (BadValue e) {
            error(column, found(column, c) + " is not " + e.expected());
            return null;
        }
    }

    /**
     * A required value whose error says what leaving the row out gives ({@code leftOut}, e.g. "Monday gets the
     * default hours"), for policy rows whose absence changes a figure.
     */
    <T> T required(String column, Parser<T> parser, String leftOut) {
        RawCell c = cell(column);
        if (c == null || c.isBlank()) {
            error(column, column + " is blank: a value is required; " + leftOut);
            return null;
        }
        try {
            return parser.parse(c);
        } catch (BadValue e) {
            error(column, found(column, c) + " is not " + e.expected() + "; " + leftOut);
            return null;
        }
    }

    /** {@code Priority 'Urgent'}: the column and what the cell showed. */
    static String found(String column, RawCell c) {
        // 1e308 written out in full is 309 digits: a huge number is shown as Excel shows it, 1E+308
        if (c.kind() == RawCell.Kind.NUMBER && Math.abs(c.number()) >= 1e15) {
            return column + " '"
                    + String.format(java.util.Locale.ROOT, "%.4G", c.number()).replaceAll("\\.?0+E", "E") + "'";
        }
        return column + " '" + c.display().strip() + "'";
    }
}
