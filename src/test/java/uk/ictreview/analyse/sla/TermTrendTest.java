package uk.ictreview.analyse.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Period;

class TermTrendTest {
    @Test
    void aSteadyRiseOverThreeTermsIsMoreThanChance() {
        // Met of judged: 40/50, 45/50, 48/50, scores 0, 1, 2. N = 150, p = 133/150 = 0.886667.
        // T = (0x40 + 1x45 + 2x48) - p x (0x50 + 1x50 + 2x50) = 141 - 0.886667 x 150 = 141 - 133 = 8.
        // sum(n t^2) = 50 + 200 = 250; (sum(n t))^2 / N = 150^2 / 150 = 150; Var = p(1-p) x 100 = 10.0489.
        // z = 8 / 3.16999 = 2.5237; two-sided p = 2 x (1 - Phi(2.5237)) = 0.0116 < 0.05.
        TermTrend t = TermTrend.of(terms(new int[] {40, 50}, new int[] {45, 50}, new int[] {48, 50}));
        assertThat(t.z()).isCloseTo(2.5237, within(0.0001));
        assertThat(t.pValue()).isCloseTo(0.0116, within(0.0001));
        assertThat(t.significant()).isTrue();
        assertThat(t.rising()).isTrue();
        assertThat(t.terms()).isEqualTo(3);
    }

    @Test
    void aWobbleIsChance() {
        // 45/50, 44/50, 46/50: p = 135/150 = 0.9; T = (44 + 92) - 0.9 x 150 = 1; Var = 0.09 x 100 = 9;
        // z = 1/3; p = 2 x (1 - Phi(0.3333)) = 0.7389.
        TermTrend t = TermTrend.of(terms(new int[] {45, 50}, new int[] {44, 50}, new int[] {46, 50}));
        assertThat(t.z()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(t.pValue()).isCloseTo(0.7389, within(0.0001));
        assertThat(t.significant()).isFalse();
    }

    @Test
    void withTwoTermsItIsThePooledTwoProportionTest() {
        // 40/50 then 45/50: (0.9 - 0.8) / sqrt(0.85 x 0.15 x (1/50 + 1/50)) = 0.1 / 0.071414 = 1.4003.
        TermTrend t = TermTrend.of(terms(new int[] {40, 50}, new int[] {45, 50}));
        assertThat(t.z()).isCloseTo(1.4003, within(0.0001));
        assertThat(t.pValue()).isCloseTo(0.1614, within(0.0001));
    }

    @Test
    void termsWithNothingJudgedAreLeftOutAndNoTestWithoutVariation() {
        // The empty middle term does not take a score: 40/50 and 45/50 are scored 0 and 1 as above.
        TermTrend t = TermTrend.of(terms(new int[] {40, 50}, new int[] {0, 0}, new int[] {45, 50}));
        assertThat(t.z()).isCloseTo(1.4003, within(0.0001));
        assertThat(t.terms()).isEqualTo(2);
        assertThat(TermTrend.of(terms(new int[] {40, 50}))).isNull();
        assertThat(TermTrend.of(terms(new int[] {50, 50}, new int[] {30, 30}))).isNull();
        assertThat(TermTrend.of(terms(new int[] {0, 5}, new int[] {0, 30}))).isNull();
    }

    /** Terms a year apart, each {met, judged}: the judged calls not met are breached. */
    static List<TermFigures> terms(int[]... metJudged) {
        List<TermFigures> out = new ArrayList<>();
        for (int i = 0; i < metJudged.length; i++) {
            int met = metJudged[i][0];
            int breached = metJudged[i][1] - met;
            SlaFigures f =
                    new SlaFigures("All", met + breached, 0, 0, met, breached, 0, null, null, null, null, null, null);
            LocalDate from = LocalDate.of(2020 + i, 1, 1);
            out.add(new TermFigures(new Period(from, from.plusMonths(3).minusDays(1)), f, 0));
        }
        return out;
    }
}
