package uk.ictreview.validate;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one run, in the order they were found. Not thread-safe: one per school. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    private int rowsSkipped;

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

    /** A data row left out of the figures because of an error. */
    public void rowSkipped() {
        rowsSkipped++;
    }

    public int rowsSkipped() {
        return rowsSkipped;
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
