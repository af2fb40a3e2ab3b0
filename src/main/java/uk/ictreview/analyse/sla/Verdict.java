package uk.ictreview.analyse.sla;

import java.time.LocalDateTime;
import java.util.Objects;
import uk.ictreview.model.Incident;
import uk.ictreview.model.ServiceLevel;

/**
 * One call judged as at the end of the period. {@code respondedAt} and {@code resolvedAt} are the moments
 * that count (null when not happened by the period end). {@code responseMinutes} and {@code resolutionMinutes}
 * are the support minutes the clock shows: the final time when done, otherwise the time gone by the period
 * end (for resolution, after On hold hours).
 */
public record Verdict(
        Incident call,
        ServiceLevel target,
        LocalDateTime respondedAt,
        long responseMinutes,
        Outcome response,
        LocalDateTime resolvedAt,
        long resolutionMinutes,
        Outcome resolution) {
    public Verdict {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(resolution, "resolution");
        if (responseMinutes < 0 || resolutionMinutes < 0) {
            throw new IllegalArgumentException(call.ref() + ": support time must not be negative");
        }
    }

    public boolean responded() {
        return respondedAt != null;
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}
