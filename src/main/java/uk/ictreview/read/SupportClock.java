package uk.ictreview.read;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.ToLongBiFunction;
import uk.ictreview.model.Closure;
import uk.ictreview.model.SupportDay;

/**
 * The service-level clock, handed in by the caller (read/ imports no analysis): support minutes between two instants
 * by a log's own Support hours and Closures and the pack's bank holidays. The intake uses it to question On hold
 * hours longer than the call's own elapsed support time.
 */
@FunctionalInterface
public interface SupportClock {
    ToLongBiFunction<LocalDateTime, LocalDateTime> of(List<SupportDay> hours, List<Closure> closures);
}
