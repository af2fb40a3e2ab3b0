package uk.ictreview.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/**
 * Reads one sheet as a table (SPEC 4): finds the header in the first {@value #HEADER_ROWS} rows, reports unknown
 * columns once, skips blank rows and rows above the header, and hands each data row to the caller.
 */
final class SheetTable {
    static final int HEADER_ROWS = 20;

    /** What became of a sheet: absent, present without a usable header, or read with so many data rows. */
    record Outcome(boolean present, Header header, int dataRows) {
        boolean usable() {
            return header != null;
        }
    }

    private SheetTable() {}

    static Outcome read(SheetSource src, SheetSpec spec, Diagnostics diags, Consumer<DataRow> rows)
            throws UnreadableWorkbookException {
        Optional<String> tab = src.findSheet(spec);
        if (tab.isEmpty()) {
            if (spec.required()) {
                diags.mainSheetUnusable(
                        Place.file(src.name()),
                        "no sheet '" + spec.name() + "': expected a sheet named " + spec.name() + " (sheets found: "
                                + quoted(src.sheetNames()) + ")");
            }
            return new Outcome(false, null, 0);
        }
        String file = src.fileOf(tab.get());
        Scanner scanner = new Scanner(spec, file, tab.get(), src.date1904(), diags, rows);
        src.readSheet(tab.get(), scanner);
        if (scanner.stray != null) {
            scanner.stray.atEnd(diags);
        }
        src.readingNote(tab.get()).ifPresent(note -> diags.note(Place.file(file), note));
        if (scanner.header == null) {
            reportNoHeader(spec, file, tab.get(), scanner.early, diags);
        } else if (spec.required() && scanner.dataRows == 0) {
            diags.warning(
                    Place.row(file, tab.get(), scanner.header.row()),
                    "'" + tab.get() + "' has no " + rowsOf(spec) + " below its header row (row " + scanner.header.row()
                            + "): " + emptyMeans(spec));
        }
        return new Outcome(true, scanner.header, scanner.dataRows);
    }

    /** Finds the header among the first rows, then passes the data rows on. */
    private static final class Scanner implements Consumer<RawRow> {
        private final SheetSpec spec;
        private final String file;
        private final String sheet;
        private final boolean date1904;
        private final Diagnostics diags;
        private final Consumer<DataRow> rows;
        private final List<RawRow> early = new ArrayList<>();
        private Header header;
        private Header.Index columns;
        private StrayRows stray;
        private int dataRows;

        Scanner(
                SheetSpec spec,
                String file,
                String sheet,
                boolean date1904,
                Diagnostics diags,
                Consumer<DataRow> rows) {
            this.spec = spec;
            this.file = file;
            this.sheet = sheet;
            this.date1904 = date1904;
            this.diags = diags;
            this.rows = rows;
        }

        @Override
        public void accept(RawRow row) {
            if (row.isBlank()) {
                return;
            }
            if (header != null) {
                if (!stray.hold(row)) {
                    stray.beforeDataRow(this::deliver, diags);
                    deliver(row);
                }
                return;
            }
            if (row.number() > HEADER_ROWS) {
                return;
            }
            early.add(row);
            Header h = Header.of(row, spec);
            if (h.missing(spec).isEmpty()) {
                header = h;
                columns = new Header.Index(h);
                stray = new StrayRows(
                        h, spec.requiredColumns().stream().map(ColumnSpec::name).toList(), file, sheet, rowsOf(spec));
                noteColumns(h);
            }
        }

        /** A data row goes on without its unvalued formulas (each said where its column is read). */
        private void deliver(RawRow row) {
            dataRows++;
            rows.accept(new DataRow(withoutFormulas(row), columns, file, sheet, spec.name(), date1904, diags));
        }

        /**
         * A formula whose value was never stored (the file came from a program that does not calculate) is read as
         * blank, with a WARNING at each such cell of a column that is read, saying how to store the values.
         */
        private RawRow withoutFormulas(RawRow row) {
            if (!row.hasFormulas()) {
                return row;
            }
            List<RawCell> kept = new ArrayList<>();
            for (RawCell c : row.cells()) {
                if (c.kind() != RawCell.Kind.FORMULA) {
                    kept.add(c);
                    continue;
                }
                String name = header.nameAt(c.column());
                if (name != null) {
                    diags.warning(
                            Place.cell(file, sheet, row.number(), c.column()),
                            name + " holds a formula with no stored value (" + c.display() + "), read as blank: open"
                                    + " and save the workbook in Excel so its values are stored");
                }
            }
            return new RawRow(row.number(), kept);
        }

        private void noteColumns(Header h) {
            h.repeats()
                    .forEach((col, name) -> diags.warning(
                            Place.cell(file, sheet, h.row(), col),
                            "column '" + name + "' appears again (" + Place.columnLetters(col) + "); only column "
                                    + Place.columnLetters(h.column(name)) + " is read"));
            // a loose synonym may name something else: said once, at the header (Urgency level as Priority)
            h.loose()
                    .forEach((col, text) -> diags.note(
                            Place.cell(file, sheet, h.row(), col),
                            "header '" + text + "' (" + Place.columnLetters(col) + ") read as " + h.nameAt(col)
                                    + "; if the sheet holds " + h.nameAt(col) + " under another header, name that"
                                    + " column " + h.nameAt(col)));
            h.unknown()
                    .forEach((col, text) -> diags.note(
                            Place.cell(file, sheet, h.row(), col),
                            "column '" + text + "' (" + Place.columnLetters(col)
                                    + ") is not used by ictreview; kept for reference"));
        }
    }

    /** Reads an optional policy sheet, remembering in {@code found} that it was there. */
    static void readOptional(
            SheetSource src, SheetSpec spec, Diagnostics diags, Set<String> found, Consumer<DataRow> rows)
            throws UnreadableWorkbookException {
        if (read(src, spec, diags, rows).present()) {
            found.add(spec.name());
        }
    }

    /** Makes one record from a data row; returns null when the row had an error. */
    interface RowMaker<T> {
        T make(DataRow row, Uniques uniques);
    }

    /** A row handler that adds what {@code maker} made to {@code out} when the row had no error. */
    static <T> Consumer<DataRow> into(List<T> out, Uniques uniques, RowMaker<T> maker) {
        return row -> {
            T t = maker.make(row, uniques);
            if (row.keep()) {
                out.add(t);
            }
        };
    }

    /** What a main sheet's rows are, for the empty-sheet warning. */
    private static String rowsOf(SheetSpec spec) {
        return switch (spec.name()) {
            case Workbooks.INCIDENTS -> "calls";
            case Workbooks.ASSETS -> "assets";
            case Workbooks.STAFF -> "staff";
            default -> "rows";
        };
    }

    /** What an empty main sheet does to the pack. */
    private static String emptyMeans(SheetSpec spec) {
        return switch (spec.name()) {
            case Workbooks.INCIDENTS -> "the service-levels section will be empty";
            case Workbooks.ASSETS -> "the refresh plan will be empty";
            case Workbooks.STAFF -> "the skills section will show no staff and no cover";
            default -> "nothing will be read from it";
        };
    }

    /** The header error of a main sheet stops build (no data at all); of a policy sheet, its defaults apply. */
    private static void noHeader(SheetSpec spec, Place place, String message, Diagnostics d) {
        if (spec.required()) {
            d.mainSheetUnusable(place, message);
        } else {
            d.error(place, message);
        }
    }

    private static void reportNoHeader(SheetSpec spec, String file, String sheet, List<RawRow> early, Diagnostics d) {
        List<String> required =
                spec.requiredColumns().stream().map(ColumnSpec::name).toList();
        String want =
                "no header row in rows 1-" + HEADER_ROWS + ": expected a row holding " + String.join(", ", required);
        if (early.isEmpty()) {
            noHeader(
                    spec,
                    Place.sheet(file, sheet),
                    want + ", but the sheet has no data in its first " + HEADER_ROWS + " rows",
                    d);
            return;
        }
        RawRow best = early.get(0);
        int bestFound = -1;
        for (RawRow r : early) {
            int found = required.size() - Header.of(r, spec).missing(spec).size();
            if (found > bestFound) {
                best = r;
                bestFound = found;
            }
        }
        List<String> headers = best.cells().stream()
                .filter(c -> !c.isBlank())
                .map(c -> c.display().strip())
                .toList();
        noHeader(
                spec,
                Place.row(file, sheet, best.number()),
                want + ". Row " + best.number() + " comes closest but lacks "
                        + String.join(", ", Header.of(best, spec).missing(spec)) + " (headers found on it: "
                        + quoted(headers) + ")",
                d);
    }

    static String quoted(List<String> names) {
        return names.isEmpty() ? "none" : names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
