package uk.ictreview.validate;

import java.util.Objects;

/**
 * Where a problem is: a file, and where known a sheet, a 1-based row and a 0-based column. Printed as Excel
 * names a cell: {@code incidents.xlsx 'Incidents'!F14}, or {@code incidents.xlsx 'Incidents' row 14}, or
 * {@code incidents.xlsx 'Incidents'}, or {@code incidents.xlsx}.
 */
public record Place(String file, String sheet, int row, int column) {
    public static final int NONE = -1;

    public Place {
        Objects.requireNonNull(file, "file");
    }

    public static Place file(String file) {
        return new Place(file, null, NONE, NONE);
    }

    public static Place sheet(String file, String sheet) {
        return new Place(file, sheet, NONE, NONE);
    }

    public static Place row(String file, String sheet, int row) {
        return new Place(file, sheet, row, NONE);
    }

    public static Place cell(String file, String sheet, int row, int column) {
        return new Place(file, sheet, row, column);
    }

    /** The cell reference, e.g. {@code F14}, or empty when no cell is known. */
    public String cellRef() {
        if (row == NONE || column == NONE) {
            return "";
        }
        return columnLetters(column) + row;
    }

    /** 0 -> A, 25 -> Z, 26 -> AA. */
    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        if (sheet == null) {
            return file;
        }
        String s = file + " '" + sheet + "'";
        if (row == NONE) {
            return s;
        }
        if (column == NONE) {
            return s + " row " + row;
        }
        return s + "!" + cellRef();
    }
}
