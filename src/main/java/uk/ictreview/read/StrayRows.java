package uk.ictreview.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/**
 * Rows below a header that hold a value in fewer than half of the sheet's required columns: stray cells (a value
 * dragged down, a total, formatting junk) rather than records. A workbook with stray values down to row 1,000,000
 * once gave four errors a row (4 million in all, a 637 MB report and 6.5 GB of memory). A run of such rows at the
 * end of the sheet, or a run longer than {@value #REPLAY_AT_MOST} rows anywhere, is reported once, as a range, in
 * one WARNING, and is not read as data (not counted, not skipped). A shorter run between data rows is read as
 * data rows as before, each with its own errors: there it is most likely a record half typed in.
 */
final class StrayRows {
    static final int REPLAY_AT_MOST = 10;

    private final List<String> required;
    private final int[] requiredColumns;
    private final String file;
    private final String sheet;
    private final String rowsOf;
    private final List<RawRow> held = new ArrayList<>();
    private final TreeSet<Integer> columns = new TreeSet<>();
    private int first;
    private int last;
    private int count;
    private RawCell sample;

    StrayRows(Header header, List<String> required, String file, String sheet, String rowsOf) {
        this.required = List.copyOf(required);
        // looked up once: a stream over the map per row was a sixtieth of the time at a million rows
        this.requiredColumns = this.required.stream()
                .mapToInt(n -> header.column(n) == null ? -1 : header.column(n))
                .toArray();
        this.file = file;
        this.sheet = sheet;
        this.rowsOf = rowsOf;
    }

    /** True when the row is stray: it is held back (or counted), not handed on. */
    boolean hold(RawRow row) {
        int filled = 0;
        for (int c : requiredColumns) {
            if (c >= 0 && !row.cell(c).isBlank()) {
                filled++;
            }
        }
        if (filled * 2 >= required.size()) {
            return false;
        }
        if (count++ == 0) {
            first = row.number();
            sample = row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
        }
        last = row.number();
        if (columns.size() < 10) {
            row.cells().stream().filter(c -> !c.isBlank()).forEach(c -> columns.add(c.column()));
        }
        if (held.size() <= REPLAY_AT_MOST) {
            held.add(row);
        }
        return true;
    }

    /** A data row follows: a short run is handed on as data rows, a long one reported as a range. */
    void beforeDataRow(Consumer<RawRow> deliver, Diagnostics diags) {
        if (count > 0 && count <= REPLAY_AT_MOST) {
            held.forEach(deliver);
        } else if (count > 0) {
            report(diags);
        }
        reset();
    }

    /** The sheet ended: a trailing run, however short, is reported as a range. */
    void atEnd(Diagnostics diags) {
        if (count > 0) {
            report(diags);
        }
        reset();
    }

    private void report(Diagnostics diags) {
        String rows = first == last
                ? "row " + first
                : String.format(Locale.UK, "rows %,d-%,d (%,d rows with values)", first, last, count);
        String cols = columns.stream().map(Place::columnLetters).collect(Collectors.joining(", "));
        diags.warning(
                Place.row(file, sheet, first),
                rows + ": stray cells (in column " + cols + "; the first "
                        + (sample == null
                                ? ""
                                : Place.columnLetters(sample.column()) + first + " '"
                                        + sample.display().strip() + "'")
                        + ") with no value in most of " + String.join(", ", required) + ": not read as " + rowsOf
                        + ". If they are " + rowsOf + ", fill in " + String.join(", ", required)
                        + "; if not, delete those rows");
    }

    private void reset() {
        held.clear();
        columns.clear();
        count = 0;
        sample = null;
    }
}
