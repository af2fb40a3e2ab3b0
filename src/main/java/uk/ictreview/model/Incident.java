package uk.ictreview.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of the service desk log (SPEC 4.1). Optional text fields are null when blank; {@code responded}
 * and {@code resolved} are null when not (yet) done; {@code onHoldMinutes} is 0 when blank; {@code reopened}
 * is null when the column is absent or blank, else the number of times the call was reopened (Y = 1, N = 0).
 */
public record Incident(
        String ref,
        LocalDateTime logged,
        Priority priority,
        String category,
        CallType type,
        String reportedBy,
        String location,
        String assignedTo,
        String assetTag,
        LocalDateTime responded,
        LocalDateTime resolved,
        long onHoldMinutes,
        String escalatedTo,
        Integer reopened,
        RowRef source) {
    public Incident {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(logged, "logged");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        if (onHoldMinutes < 0) {
            throw new IllegalArgumentException("onHoldMinutes must not be negative: " + onHoldMinutes);
        }
    }

    /** True when the call was passed to an external supplier. */
    public boolean escalated() {
        return escalatedTo != null && !escalatedTo.isBlank();
    }
}
