package uk.ictreview.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A reporting period of whole days, {@code from} and {@code to} both included. */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
    }

    /** Number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The period of equal length that ends the day before this one starts. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /** {@code 2026-04-13_2026-07-22}: the folder name of this period's output. */
    public String slug() {
        return from + "_" + to;
    }
}
