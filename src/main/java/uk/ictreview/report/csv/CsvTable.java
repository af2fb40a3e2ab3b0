package uk.ictreview.report.csv;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

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
        if (!(rows instanceof Made<?>)) {
            rows = rows.stream().map(r -> List.copyOf(r)).toList();
            for (List<String> r : rows) {
                checkWidth(name, r, headers.size());
            }
        }
    }

    /**
     * A table with a row per item, each row made when it is read (as the file is written) rather than held: a
     * trust's shared desk puts a quarter of a million calls in a period, and their rows held at once as strings
     * were 200 MB. {@code items} must not change afterwards.
     */
    public static <T> CsvTable of(String name, List<String> headers, List<T> items, Function<T, List<String>> row) {
        return new CsvTable(name, headers, new Made<>(name, headers.size(), List.copyOf(items), row));
    }

    private static void checkWidth(String name, List<String> row, int width) {
        if (row.size() != width) {
            throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells for " + width + " headers");
        }
    }

    /** The rows of {@link #of}: a read-only view that makes each row from its item when asked. */
    private static final class Made<T> extends AbstractList<List<String>> implements RandomAccess {
        private final String name;
        private final int width;
        private final List<T> items;
        private final Function<T, List<String>> row;

        Made(String name, int width, List<T> items, Function<T, List<String>> row) {
            this.name = name;
            this.width = width;
            this.items = items;
            this.row = row;
        }

        @Override
        public List<String> get(int index) {
            List<String> r = List.copyOf(row.apply(items.get(index)));
            checkWidth(name, r, width);
            return r;
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
