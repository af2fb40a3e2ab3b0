package uk.ictreview.model;

import java.util.Locale;
import java.util.Optional;

/** A call's priority, P1 (critical) to P4 (low). */
public enum Priority {
    P1("Critical"),
    P2("High"),
    P3("Medium"),
    P4("Low");

    private final String defaultName;

    Priority(String defaultName) {
        this.defaultName = defaultName;
    }

    public String defaultName() {
        return defaultName;
    }

    /**
     * Parses {@code P1}..{@code P4}, {@code 1}..{@code 4}, the names Critical/High/Medium/Low, and forms such as
     * {@code "1 - Critical"} or {@code "P2 High"}.
     */
    public static Optional<Priority> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        for (Priority p : values()) {
            String n = p.defaultName.toLowerCase(Locale.ROOT);
            String digit = p.name().substring(1);
            if (t.equals(n) || t.equals(digit) || t.equals("p" + digit)) {
                return Optional.of(p);
            }
            if (t.startsWith(digit + " ")
                    || t.startsWith(digit + "-")
                    || t.startsWith("p" + digit + " ")
                    || t.startsWith("p" + digit + "-")) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
