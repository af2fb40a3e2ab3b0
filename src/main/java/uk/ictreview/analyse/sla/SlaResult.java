package uk.ictreview.analyse.sla;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.Closure;
import uk.ictreview.model.ServiceLevel;
import uk.ictreview.model.SupportDay;

/**
 * The SLA analysis: this period's figures, the previous period's (null when not compared, with
 * {@code previousNote} saying why), the targets, support hours and closures used, and which defaults were
 * applied because a policy sheet was absent (for the method notes), and the term-by-term history that ends
 * with this period.
 */
public record SlaResult(
        PeriodFigures current,
        PeriodFigures previous,
        String previousNote,
        List<ServiceLevel> targets,
        List<SupportDay> supportHours,
        List<Closure> closures,
        BankHolidayRegion region,
        boolean defaultServiceLevels,
        boolean defaultSupportHours,
        boolean noClosures,
        TermHistory terms) {
    public SlaResult {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(region, "region");
        targets = List.copyOf(targets);
        supportHours = List.copyOf(supportHours);
        closures = List.copyOf(closures);
    }

    /** Change of the overall resolution percentage met in percentage points, or null when not comparable. */
    public BigDecimal metPctChange() {
        if (previous == null
                || current.overall().resolutionMetPct() == null
                || previous.overall().resolutionMetPct() == null) {
            return null;
        }
        return current.overall().resolutionMetPct().subtract(previous.overall().resolutionMetPct());
    }
}
