package uk.ictreview.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a call. Incidents and requests are reactive work judged against service levels; problems are
 * reported separately; changes and maintenance are planned work, never judged against service levels.
 */
public enum CallType {
    INCIDENT("Incident"),
    REQUEST("Request"),
    PROBLEM("Problem"),
    CHANGE("Change"),
    MAINTENANCE("Maintenance");

    private final String label;

    CallType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Incidents and requests: the calls judged against service levels. */
    public boolean isReactive() {
        return this == INCIDENT || this == REQUEST;
    }

    public static Optional<CallType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (CallType c : values()) {
            if (t.equals(c.label.toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return switch (t) {
            case "service request", "req" -> Optional.of(REQUEST);
            case "inc", "fault" -> Optional.of(INCIDENT);
            case "planned maintenance", "preventative", "preventive maintenance" -> Optional.of(MAINTENANCE);
            default -> Optional.empty();
        };
    }
}
