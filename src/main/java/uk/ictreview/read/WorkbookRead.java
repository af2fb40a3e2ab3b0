package uk.ictreview.read;

import java.util.Objects;
import java.util.Set;

/**
 * What one workbook gave: its typed data, the number of data rows in its main sheet (every non-blank row below
 * the header, valid or not: SPEC 7), and the names of the optional policy sheets it holds (e.g. "Service levels").
 */
public record WorkbookRead<T>(T data, int mainRows, Set<String> policySheetsFound) {
    public WorkbookRead {
        Objects.requireNonNull(data, "data");
        policySheetsFound = Set.copyOf(policySheetsFound);
    }
}
