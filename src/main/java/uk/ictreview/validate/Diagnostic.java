package uk.ictreview.validate;

import java.util.Objects;

/** One problem: where it is, how bad, and a message saying what was found and what was expected. */
public record Diagnostic(Severity severity, Place place, String message) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
    }

    /** {@code incidents.xlsx 'Incidents'!F14: error: Resolved (03/09/2026 10:15) is before Logged (...)}. */
    @Override
    public String toString() {
        return place + ": " + severity.label() + ": " + message;
    }
}
