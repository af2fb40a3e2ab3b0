package uk.ictreview.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The school's phase (the {@code phase} key of pack.md), which sets the broadband standard's speeds: a primary
 * school 100 Mbps down and 30 Mbps up, a secondary or all-through school 1 Gbps both ways.
 */
public enum SchoolPhase {
    PRIMARY("primary"),
    SECONDARY("secondary"),
    ALL_THROUGH("all-through");

    private final String key;

    SchoolPhase(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<SchoolPhase> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        for (SchoolPhase p : values()) {
            if (p.key.equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
