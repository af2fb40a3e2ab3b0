package uk.ictreview.validate;

import java.util.Objects;

/**
 * One problem: where it is, how bad, and a message saying what was found and what was expected. {@code
 * mainSheetUnusable} marks an error that leaves a main sheet (Incidents, Assets, Staff) without any data: the sheet
 * is missing, or no row holds its required columns. Such an error stops {@code build}, whatever its place says
 * (the header-row error is placed on the row that came closest).
 */
public record Diagnostic(Severity severity, Place place, String message, boolean mainSheetUnusable) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
        if (mainSheetUnusable && severity != Severity.ERROR) {
            throw new IllegalArgumentException("only an error can make a main sheet unusable: " + message);
        }
    }

    public Diagnostic(Severity severity, Place place, String message) {
        this(severity, place, message, false);
    }

    /** {@code incidents.xlsx 'Incidents'!F14: error: Resolved (03/09/2026 10:15) is before Logged (...)}. */
    @Override
    public String toString() {
        return place + ": " + severity.label() + ": " + message;
    }
}
