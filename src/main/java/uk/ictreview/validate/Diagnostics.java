package uk.ictreview.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the problems of one run, in the order they were found. Not thread-safe: one per school. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    private int rowsSkipped;
    private final Map<String, Integer> skippedBySheet = new HashMap<>();

    public void error(Place place, String message) {
        all.add(new Diagnostic(Severity.ERROR, place, message));
    }

    /** An error that leaves a main sheet (Incidents, Assets, Staff) with no data: {@code build} writes nothing. */
    public void mainSheetUnusable(Place place, String message) {
        all.add(new Diagnostic(Severity.ERROR, place, message, true));
    }

    public void warning(Place place, String message) {
        all.add(new Diagnostic(Severity.WARNING, place, message));
    }

    public void note(Place place, String message) {
        all.add(new Diagnostic(Severity.NOTE, place, message));
    }

    public void add(Diagnostic d) {
        all.add(d);
    }

    /**
     * A data row left out because of an error, counted under its sheet's name as the workbooks define it
     * ({@code Incidents}, not the tab's spelling), so a summary can tell calls from policy rows.
     */
    public void rowSkipped(String sheet) {
        rowsSkipped++;
        skippedBySheet.merge(sheet, 1, Integer::sum);
    }

    /** Every row skipped, in any sheet. */
    public int rowsSkipped() {
        return rowsSkipped;
    }

    /** The rows skipped in one sheet, by its name as the workbooks define it. */
    public int rowsSkipped(String sheet) {
        return skippedBySheet.getOrDefault(sheet, 0);
    }

    public List<Diagnostic> all() {
        return List.copyOf(all);
    }

    public long count(Severity s) {
        return all.stream().filter(d -> d.severity() == s).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
