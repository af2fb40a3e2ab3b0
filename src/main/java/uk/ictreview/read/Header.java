package uk.ictreview.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A sheet's header row: which sheet column holds each known column, and the cells it did not recognise.
 * Exact names win over synonyms, so a sheet with both "Tag" and "Asset tag" reads each where it belongs.
 */
record Header(
        int row,
        Map<String, Integer> columns,
        Map<Integer, String> unknown,
        Map<Integer, String> repeats,
        Map<Integer, String> loose) {
    Header {
        columns = Map.copyOf(columns);
        loose = Collections.unmodifiableMap(new TreeMap<>(loose));
        // sorted by column, so notes come out left to right
        unknown = Collections.unmodifiableMap(new TreeMap<>(unknown));
        repeats = Collections.unmodifiableMap(new TreeMap<>(repeats));
    }

    /** Matches a row's cells to the sheet's columns. */
    static Header of(RawRow row, SheetSpec spec) {
        Map<String, Integer> cols = new LinkedHashMap<>();
        List<RawCell> left = new ArrayList<>();
        for (RawCell c : row.cells()) {
            Optional<ColumnSpec> exact = spec.columns().stream()
                    .filter(s -> !cols.containsKey(s.name())
                            && ColumnSpec.key(s.name()).equals(ColumnSpec.key(c.display())))
                    .findFirst();
            if (!c.isBlank() && exact.isPresent()) {
                cols.put(exact.get().name(), c.column());
            } else if (!c.isBlank()) {
                left.add(c);
            }
        }
        Map<Integer, String> unknown = new LinkedHashMap<>();
        Map<Integer, String> repeats = new LinkedHashMap<>();
        Map<Integer, String> loose = new LinkedHashMap<>();
        // loose synonyms last, so a sheet's own Priority is never taken by its Urgency level
        left.sort(java.util.Comparator.comparing(
                c -> spec.columns().stream().anyMatch(s -> s.matchesLoosely(c.display()))));
        for (RawCell c : left) {
            Optional<ColumnSpec> syn =
                    spec.columns().stream().filter(s -> s.matches(c.display())).findFirst();
            Optional<ColumnSpec> free = spec.columns().stream()
                    .filter(s -> !cols.containsKey(s.name()) && s.matches(c.display()))
                    .findFirst();
            if (free.isPresent()) {
                cols.put(free.get().name(), c.column());
                if (free.get().matchesLoosely(c.display())) {
                    loose.put(c.column(), c.display().strip());
                }
            } else if (syn.isPresent() && syn.get().matchesLoosely(c.display())) {
                // the column it might have named is there under a better name: this is something else
                unknown.put(c.column(), c.display().strip());
            } else if (syn.isPresent()) {
                repeats.put(c.column(), syn.get().name());
            } else {
                unknown.put(c.column(), c.display().strip());
            }
        }
        return new Header(row.number(), cols, unknown, repeats, loose);
    }

    List<String> missing(SheetSpec spec) {
        return spec.requiredColumns().stream()
                .map(ColumnSpec::name)
                .filter(n -> !columns.containsKey(n))
                .toList();
    }

    /** The column read from sheet column {@code col}, or null. */
    String nameAt(int col) {
        return columns.entrySet().stream()
                .filter(e -> e.getValue() == col)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    Integer column(String column) {
        return columns.get(column);
    }

    /**
     * The sheet columns of this header by name, for reading its every row: a name asked for once is then found by
     * identity (callers pass the constants of {@link Workbooks}) in a short array, not hashed and probed in the map
     * a dozen times a row (a twentieth of the validating at a million rows). Not for sharing between threads.
     */
    static final class Index {
        private final Header header;
        private String[] names = new String[0];
        private int[] columns = new int[0];

        Index(Header header) {
            this.header = header;
        }

        Header header() {
            return header;
        }

        /** The 0-based sheet column read as {@code name}, or -1 when the sheet has none. */
        int of(String name) {
            String[] n = names;
            for (int i = 0; i < n.length; i++) {
                if (n[i] == name) {
                    return columns[i];
                }
            }
            Integer col = header.column(name);
            int c = col == null ? -1 : col;
            names = java.util.Arrays.copyOf(names, n.length + 1);
            columns = java.util.Arrays.copyOf(columns, n.length + 1);
            names[n.length] = name;
            columns[n.length] = c;
            return c;
        }
    }
}
