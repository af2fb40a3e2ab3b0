package uk.ictreview.model;

import java.util.List;
import java.util.Objects;

/** The response and resolution targets of one priority, in support minutes (SPEC 4.1, sheet Service levels). */
public record ServiceLevel(Priority priority, String name, long responseTargetMinutes, long resolutionTargetMinutes) {
    public ServiceLevel {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(name, "name");
        if (responseTargetMinutes < 0 || resolutionTargetMinutes < 0) {
            throw new IllegalArgumentException("targets must not be negative");
        }
    }

    /** The SPEC's defaults: P1 Critical 1 / 4, P2 High 2 / 8, P3 Medium 4 / 24, P4 Low 8 / 80 support hours. */
    public static List<ServiceLevel> defaults() {
        return List.of(
                new ServiceLevel(Priority.P1, "Critical", 60, 4 * 60),
                new ServiceLevel(Priority.P2, "High", 2 * 60, 8 * 60),
                new ServiceLevel(Priority.P3, "Medium", 4 * 60, 24 * 60),
                new ServiceLevel(Priority.P4, "Low", 8 * 60, 80 * 60));
    }
}
