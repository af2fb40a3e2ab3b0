package uk.ictreview.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of a sheet: its 1-based row number as Excel shows it and its non-empty cells, left to right.
 *
 * <p>Was a record; a class now so that it can keep its cells by column as well, which makes {@link #cell} one array
 * look-up instead of a scan of the row: a reader asks for a dozen columns of each of a million rows.
 */
public final class RawRow {
    /** Rows whose last cell lies beyond this column are scanned rather than indexed. */
    private static final int INDEXED_COLUMNS = 256;

    private final int number;
    private final List<RawCell> cells;
    /**
     * Made on the first look-up, not when the row is made: a sheet's rows are made on its parsing thread and read on
     * the caller's ({@link ReadAhead}), and the parsing thread has the more work. A row is handed over once, through
     * the queue, before it is ever looked up; made again, the index comes out the same.
     */
    private RawCell[] byColumn;

    private boolean indexed;

    public RawRow(int number, List<RawCell> cells) {
        this(number, List.copyOf(cells), true);
    }

    private RawRow(int number, List<RawCell> cells, boolean owned) {
        if (number < 1) {
            throw new IllegalArgumentException("row number must be 1 or more: " + number);
        }
        this.number = number;
        this.cells = cells;
    }

    /**
     * A row over a list the caller made for it and never touches again (a reader's fresh list per row): wrapped,
     * not copied, which at a million rows was a sixth of a CSV file's reading time.
     */
    static RawRow of(int number, ArrayList<RawCell> cells) {
        for (RawCell c : cells) {
            Objects.requireNonNull(c, "cell");
        }
        return new RawRow(number, Collections.unmodifiableList(cells), true);
    }

    // The loops here are indexed, not for-each: the list is a read-only view, and its iterator was the top frame in
    // a third of the profile samples of the validating thread's row handling at a million rows.

    private static RawCell[] index(List<RawCell> cells) {
        int last = -1;
        for (int i = 0, n = cells.size(); i < n; i++) {
            RawCell c = cells.get(i);
            last = Math.max(last, c.column());
        }
        if (last >= INDEXED_COLUMNS) {
            return null;
        }
        RawCell[] out = new RawCell[last + 1];
        for (int i = cells.size() - 1; i >= 0; i--) {
            out[cells.get(i).column()] = cells.get(i); // the first cell of a column wins, as the scan found it
        }
        return out;
    }

    public int number() {
        return number;
    }

    public List<RawCell> cells() {
        return cells;
    }

    /** The cell in a 0-based column, blank when the row has none there. */
    public RawCell cell(int column) {
        if (!indexed) {
            byColumn = index(cells);
            indexed = true;
        }
        if (byColumn != null) {
            RawCell c = column >= 0 && column < byColumn.length ? byColumn[column] : null;
            return c != null ? c : RawCell.blank(column);
        }
        for (int i = 0, n = cells.size(); i < n; i++) {
            RawCell c = cells.get(i);
            if (c.column() == column) {
                return c;
            }
        }
        return RawCell.blank(column);
    }

    /** True when every cell is blank or spaces. */
    public boolean isBlank() {
        for (int i = 0, n = cells.size(); i < n; i++) {
            RawCell c = cells.get(i);
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** True when a cell is a formula with no stored value ({@link RawCell.Kind#FORMULA}). */
    public boolean hasFormulas() {
        for (int i = 0, n = cells.size(); i < n; i++) {
            RawCell c = cells.get(i);
            if (c.kind() == RawCell.Kind.FORMULA) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawRow r && number == r.number && cells.equals(r.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, cells);
    }

    @Override
    public String toString() {
        return "RawRow[number=" + number + ", cells=" + cells + "]";
    }
}
