package uk.ictreview.model;

import java.util.Locale;
import java.util.Optional;

/** A competence level of the ICT Competences Framework, ordered none &lt; A &lt; B &lt; C &lt; D. */
public enum Level {
    NONE,
    A,
    B,
    C,
    D;

    /** 0 for none, 1 for A ... 4 for D. */
    public int rank() {
        return ordinal();
    }

    /** The next level up, or empty at D. */
    public Optional<Level> next() {
        return this == D ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public static Level max(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The letter, or null for none (as figures.json writes it). */
    public String letterOrNull() {
        return this == NONE ? null : name();
    }

    /** Parses A-D (any case); blank and {@code -} are none. Anything else is empty (not a level). */
    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.of(NONE);
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("-") || t.equals("NONE") || t.equals("N/A")) {
            return Optional.of(NONE);
        }
        return switch (t) {
            case "A" -> Optional.of(A);
            case "B" -> Optional.of(B);
            case "C" -> Optional.of(C);
            case "D" -> Optional.of(D);
            default -> Optional.empty();
        };
    }
}
