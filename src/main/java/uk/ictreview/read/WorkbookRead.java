package uk.ictreview.read;

import java.util.Objects;
import java.util.Set;

/**
 * What one workbook gave: its typed data, the number of data rows in its main sheet (every non-blank row below
 * the header, valid or not: SPEC 7), the names of the optional policy sheets it holds (e.g. "Service levels"), and
 * for the asset register the Tags of its rows, valid or not, compared as {@link Uniques#key} gives them; and the
 * main sheet's header (null when none was found), so a later check can place a problem on its cell.
 */
public record WorkbookRead<T>(
        T data, int mainRows, Set<String> policySheetsFound, Set<String> mainKeys, Header mainHeader) {
    public WorkbookRead {
        Objects.requireNonNull(data, "data");
        policySheetsFound = Set.copyOf(policySheetsFound);
        mainKeys = Set.copyOf(mainKeys);
    }

    public WorkbookRead(T data, int mainRows, Set<String> policySheetsFound, Set<String> mainKeys) {
        this(data, mainRows, policySheetsFound, mainKeys, null);
    }

    /**
     * The 0-based column of a main-sheet column (e.g. Asset tag) for placing a problem on its cell, or
     * {@link uk.ictreview.validate.Place#NONE} when the sheet has no such column or no header was found.
     */
    int mainColumn(String column) {
        Integer c = mainHeader == null ? null : mainHeader.column(column);
        return c == null ? uk.ictreview.validate.Place.NONE : c;
    }

    /** Without the keys of the main sheet (only the asset register gives its Tags, to check the log's links). */
    public WorkbookRead(T data, int mainRows, Set<String> policySheetsFound) {
        this(data, mainRows, policySheetsFound, Set.of());
    }
}
