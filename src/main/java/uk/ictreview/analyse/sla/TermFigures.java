package uk.ictreview.analyse.sla;

import java.util.Objects;
import uk.ictreview.model.Period;

/**
 * One term of the term-by-term history: its span, its figures (the same {@link SlaFigures} as a period's
 * {@code overall}, computed by the same rules as at the term's end) and the calls open at its end (the backlog).
 */
public record TermFigures(Period span, SlaFigures overall, int openAtEnd) {
    public TermFigures {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(overall, "overall");
        if (openAtEnd < 0) {
            throw new IllegalArgumentException("open calls must not be negative");
        }
    }

    static TermFigures of(PeriodFigures f) {
        return new TermFigures(f.period(), f.overall(), f.backlog().open());
    }

    /** Calls judged on resolution (met + breached): the denominator of the share within target. */
    public int judged() {
        return overall.resolutionMet() + overall.resolutionBreached();
    }
}
