package uk.ictreview.analyse.sla;

import java.util.ArrayList;
import java.util.List;
import uk.ictreview.analyse.Terms;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.Period;

/**
 * The term-by-term history (docs/rules-sla.md): the period itself, after up to five whole fixed terms
 * ({@link Terms}) that end before it begins and that the log covers (the previous period's rule,
 * {@link SlaAnalysis#covers}), oldest first. Each term's figures come from {@link SlaAnalysis#figures} on its span,
 * so they follow exactly the period's rules, judged as at the term's end. {@code trend} is null when no test can
 * be made.
 */
public record TermHistory(List<TermFigures> terms, TermTrend trend) {
    /** The most terms shown, the period included. */
    public static final int MAX_TERMS = 6;

    public TermHistory {
        terms = List.copyOf(terms);
        if (terms.isEmpty() || terms.size() > MAX_TERMS) {
            throw new IllegalArgumentException("1 to " + MAX_TERMS + " terms expected, got " + terms.size());
        }
    }

    static TermHistory of(IncidentLog log, PeriodFigures current, SupportCalendar cal, AssetRegister assets) {
        List<TermFigures> terms = new ArrayList<>();
        for (Period term : Terms.before(current.period(), MAX_TERMS - 1)) {
            if (SlaAnalysis.covers(log, term)) {
                terms.add(TermFigures.of(SlaAnalysis.figures(log, term, cal, assets)));
            }
        }
        terms.add(TermFigures.of(current));
        return new TermHistory(terms, TermTrend.of(terms));
    }

    /** The period's own entry (the last). */
    public TermFigures current() {
        return terms.get(terms.size() - 1);
    }
}
