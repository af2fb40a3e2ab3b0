package uk.ictreview.read;

import java.util.List;

/** One row of a sheet: its 1-based row number as Excel shows it and its non-empty cells, left to right. */
public record RawRow(int number, List<RawCell> cells) {
    public RawRow {
        if (number < 1) {
            throw new IllegalArgumentException("row number must be 1 or more: " + number);
        }
        cells = List.copyOf(cells);
    }

    /** The cell in a 0-based column, blank when the row has none there. */
    public RawCell cell(int column) {
        for (RawCell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return RawCell.blank(column);
    }

    /** True when every cell is blank or spaces. */
    public boolean isBlank() {
        for (RawCell c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** True when a cell is a formula with no stored value ({@link RawCell.Kind#FORMULA}). */
    public boolean hasFormulas() {
        for (RawCell c : cells) {
            if (c.kind() == RawCell.Kind.FORMULA) {
                return true;
            }
        }
        return false;
    }
}
