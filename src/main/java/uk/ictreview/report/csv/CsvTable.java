package uk.ictreview.report.csv;

import java.util.List;
import java.util.Objects;

/**
 * A table of figures written as one CSV file ({@code name}.csv) beside the report, for the business manager to
 * paste into a spreadsheet. Cells are already formatted as they should appear (money to the penny, hours to
 * one decimal, dates ISO).
 */
public record CsvTable(String name, List<String> headers, List<List<String>> rows) {
    public CsvTable {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("table name must be lower-case letters, digits and '-': " + name);
        }
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> List.copyOf(r)).toList();
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException(
                        name + ": a row has " + r.size() + " cells for " + headers.size() + " headers");
            }
        }
    }
}
