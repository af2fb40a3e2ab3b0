package uk.ictreview.workbook;

import java.time.LocalDateTime;
import java.util.Objects;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Priority;

/** One call of the example school's service desk log, before it is written to the Incidents sheet. */
record ExampleCall(
        LocalDateTime logged,
        Priority priority,
        CallCategory category,
        CallType type,
        String reportedBy,
        String location,
        String assignedTo,
        String assetTag,
        LocalDateTime responded,
        LocalDateTime resolved,
        double onHoldHours,
        String escalatedTo,
        boolean reopened) {
    ExampleCall {
        Objects.requireNonNull(logged, "logged");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
    }

    /** The call as the log holds it when it was exported: whatever happened after that is not yet known. */
    ExampleCall asAt(LocalDateTime exported) {
        LocalDateTime resp = responded != null && responded.isAfter(exported) ? null : responded;
        LocalDateTime res = resolved != null && resolved.isAfter(exported) ? null : resolved;
        return new ExampleCall(
                logged,
                priority,
                category,
                type,
                reportedBy,
                location,
                assignedTo,
                assetTag,
                resp,
                res,
                onHoldHours,
                escalatedTo,
                reopened && res != null);
    }
}
