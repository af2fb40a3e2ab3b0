package uk.ictreview.analyse.sla;

import java.util.Objects;
import uk.ictreview.model.Incident;
import uk.ictreview.model.ServiceLevel;

/**
 * One call judged as at the end of the period. {@code responseMinutes} and {@code resolutionMinutes} are the
 * support minutes the clock shows: the final time when {@code responded} / {@code resolved}, otherwise the
 * time gone by the period end (for resolution, after On hold hours).
 */
public record Verdict(
    Incident call,
    ServiceLevel target,
    boolean responded,
    long responseMinutes,
    Outcome response,
    boolean resolved,
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
}
