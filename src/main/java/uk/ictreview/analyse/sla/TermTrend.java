package uk.ictreview.analyse.sla;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Whether the share of calls resolved within target changes over the terms by more than chance: the
 * Cochran-Armitage test for trend in proportions (docs/rules-sla.md). Each term with judged calls gets a score
 * 0, 1, 2 ... in time order; with proportion p = met / judged over all of them,
 * {@code T = sum(score x (met - judged x p))},
 * {@code Var(T) = p(1 - p)(sum(judged x score^2) - (sum(judged x score))^2 / N)}, {@code z = T / sqrt(Var)}, and
 * the two-sided p-value from the standard normal. With two terms it is the pooled two-proportion z-test.
 *
 * @param z positive when the share rises over the terms
 * @param pValue two-sided
 * @param terms the terms that entered (those with judged calls)
 */
public record TermTrend(double z, double pValue, int terms) {
    /** The significance level: a change with a p-value below it is called more than chance. */
    public static final double ALPHA = 0.05;

    public boolean significant() {
        return pValue < ALPHA;
    }

    public boolean rising() {
        return z > 0;
    }

    /**
     * The test over the terms in time order, or null when it cannot be made: fewer than two terms with judged
     * calls, or every judged call met (or every one breached), which leaves nothing to vary.
     */
    public static TermTrend of(List<TermFigures> terms) {
        List<TermFigures> judged = new ArrayList<>();
        terms.stream().filter(t -> t.judged() > 0).forEach(judged::add);
        if (judged.size() < 2) {
            return null;
        }
        double n = 0;
        double met = 0;
        double nt = 0;
        double ntt = 0;
        double mt = 0;
        for (int i = 0; i < judged.size(); i++) {
            TermFigures t = judged.get(i);
            n += t.judged();
            met += t.overall().resolutionMet();
            nt += (double) t.judged() * i;
            ntt += (double) t.judged() * i * i;
            mt += (double) t.overall().resolutionMet() * i;
        }
        double p = met / n;
        double variance = p * (1 - p) * (ntt - nt * nt / n);
        if (variance <= 0) {
            return null;
        }
        double z = (mt - p * nt) / Math.sqrt(variance);
        double pValue = 2 * (1 - new NormalDistribution().cumulativeProbability(Math.abs(z)));
        return new TermTrend(z, pValue, judged.size());
    }
}
