package uk.ictreview.model;

import java.time.LocalDate;
import java.util.Objects;

/** Whole days, inclusive, on which nobody supports (SPEC 4.1, sheet Closures). */
public record Closure(LocalDate from, LocalDate to, String reason) {
    public Closure {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("closure ends " + to + " before it starts " + from);
        }
        reason = reason == null ? "" : reason;
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
