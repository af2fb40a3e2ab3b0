package uk.ictreview.model;

import java.util.Objects;

/**
 * Where a record came from: the file, the sheet and the 1-based row number as Excel shows it, so that any
 * figure can be traced back to the row a technician typed.
 */
public record RowRef(String file, String sheet, int row) {
    public RowRef {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row);
        }
    }

    @Override
    public String toString() {
        return file + " '" + sheet + "' row " + row;
    }
}
