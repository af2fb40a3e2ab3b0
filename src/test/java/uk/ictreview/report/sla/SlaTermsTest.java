package uk.ictreview.report.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.analyse.sla.TermFigures;
import uk.ictreview.analyse.sla.TermHistory;
import uk.ictreview.analyse.sla.TermHistoryTest;
import uk.ictreview.model.Period;
import uk.ictreview.report.SectionPages;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;
import uk.ictreview.testing.MiniJson;

/**
 * The term-by-term part for the three terms of {@link TermHistoryTest}: Autumn 2025 (2 calls, 1 met, 1 breached,
 * open at its end), Spring 2026 (2 met) and the period (1 met, 1 pending P4).
 */
class SlaTermsTest {
    private static final SlaResult R = TermHistoryTest.result();
    private static final SlaSection S = SlaSection.of(R);

    @Test
    void oneRowPerTermEndingWithThePeriod() {
        assertThat(S.terms().rows())
                .extracting(SlaTerms.TermRow::term)
                .containsExactly("Autumn 2025", "Spring 2026", "This period");
        SlaTerms.TermRow autumn = S.terms().rows().get(0);
        assertThat(autumn.span()).isEqualTo("01/09/2025 to 31/12/2025");
        assertThat(autumn.calls()).isEqualTo(2);
        // 1 of 2 met: 50.0%; Wilson 95% range for 1/2 is 9.5-90.5%.
        assertThat(autumn.metPct()).isEqualTo("50.0%");
        assertThat(autumn.interval()).isEqualTo("9.5\u201390.5%");
        assertThat(autumn.openAtEnd()).isEqualTo(1);
        // Only T1 (60 min) was resolved by 31 December: median and 90th percentile 1.0 h.
        assertThat(autumn.median()).isEqualTo("1.0");
        assertThat(autumn.p90()).isEqualTo("1.0");
        assertThat(S.terms().rows().get(2).openAtEnd()).isEqualTo(1);
    }

    @Test
    void theChangeIsSaidInWordsThenAsTheStatistic() {
        // z = 1.1952 (TermHistoryTest); p = 2 x (1 - Phi(1.1952)) = 0.2320: not more than chance.
        assertThat(S.terms().sentence())
                .isEqualTo("The share of calls resolved within target went from 50.0% in Autumn 2025 to 100.0% in"
                        + " this period. Over the three terms, the change is no more than chance would give with"
                        + " these numbers of calls: not yet a sign that service is getting better or worse.");
        assertThat(S.terms().statistic())
                .isEqualTo("Cochran-Armitage test for trend over 3 terms: z = 1.20, p = 0.232 (more than chance"
                        + " when p is below 0.05).");
    }

    @Test
    @SuppressWarnings("unchecked")
    void figuresJsonHasTheTermsWithTheOverallKeysAndKeepsItsOtherKeys() {
        JsonWriter w = new JsonWriter();
        S.writeJson(w);
        Map<String, Object> sla = (Map<String, Object>) MiniJson.parse(w.toString());
        List<String> keys = new ArrayList<>(sla.keySet());
        assertThat(keys.subList(0, 4)).containsExactly("calls", "byPriority", "overall", "backlog");
        assertThat(keys).contains("previous", "change").endsWith("terms", "termTrend");
        List<Map<String, Object>> terms = (List<Map<String, Object>>) sla.get("terms");
        assertThat(terms).hasSize(3);
        Map<String, Object> overall = (Map<String, Object>) sla.get("overall");
        for (Map<String, Object> t : terms) {
            assertThat(t.keySet()).containsAll(overall.keySet()).contains("from", "to", "openAtEnd");
        }
        assertThat(terms.get(1)).containsEntry("from", "2026-01-01").containsEntry("to", "2026-03-31");
        assertThat((BigDecimal) terms.get(1).get("resolutionMetPct")).isEqualByComparingTo("100.0");
        // The period's entry is the period's overall figures.
        Map<String, Object> last = new java.util.HashMap<>(terms.get(2));
        last.keySet().retainAll(overall.keySet());
        assertThat(last).isEqualTo(overall);
        Map<String, Object> trend = (Map<String, Object>) sla.get("termTrend");
        assertThat((BigDecimal) trend.get("z")).isEqualByComparingTo("1.1952");
        assertThat((BigDecimal) trend.get("pValue")).isEqualByComparingTo("0.2320");
        assertThat(trend).containsEntry("significant", false);
    }

    @Test
    void theCsvHasOneRowPerTerm() {
        CsvTable t = S.tables().stream()
                .filter(x -> x.name().equals("sla-terms"))
                .findFirst()
                .orElseThrow();
        assertThat(t.rows()).hasSize(3);
        // T2 had no response by 31 December, 5,550 support minutes after it was logged: response breached too.
        assertThat(t.rows().get(0))
                .containsExactly(
                        "Autumn 2025",
                        "2025-09-01",
                        "2025-12-31",
                        "2",
                        "1",
                        "1",
                        "1",
                        "1",
                        "0",
                        "50.0",
                        "9.5",
                        "90.5",
                        "50.0",
                        "1.0",
                        "1.0",
                        "1");
    }

    @Test
    void thePageShowsTheTableChartAndSentence() throws Exception {
        String html = SectionPages.render(S, false);
        assertThat(html).contains("id=\"sla-terms\"", "id=\"sla-terms-sentence\"", "Cochran-Armitage");
        assertThat(html).contains("<th scope=\"row\">Spring 2026<br/>");
        assertThat(S.charts()).extracting(c -> c.id()).contains("sla-terms");
    }

    @Test
    void theChartsAxisStartsFivePointsBelowTheLowestRangeOrTheGoal() {
        // Lows 9.5 (autumn, 1 of 2), 34.2 (spring, 2 of 2), 20.7 (the period, 1 of 1); goal 90: 9.5 - 5 = 4.5,
        // down to a five: 0.
        assertThat(SlaTermsChart.bottom(R.terms().terms(), BigDecimal.valueOf(90)))
                .isEqualTo(0.0);
        // The example school's lows 88.3, 87.1 and 88.3: 87.1 - 5 = 82.1, down to a five: 80.
        TermHistory example = new TermHistory(List.of(term("88.3"), term("87.1"), term("88.3")), null);
        assertThat(SlaTermsChart.bottom(example.terms(), BigDecimal.valueOf(90)))
                .isEqualTo(80.0);
        // A goal below every range sets it: 70 - 5 = 65.
        assertThat(SlaTermsChart.bottom(example.terms(), BigDecimal.valueOf(70)))
                .isEqualTo(65.0);
    }

    private static TermFigures term(String low) {
        SlaFigures f = new SlaFigures(
                "All",
                10,
                0,
                0,
                9,
                1,
                0,
                new BigDecimal("90.0"),
                new BigDecimal(low),
                new BigDecimal("95.0"),
                null,
                null,
                null);
        return new TermFigures(new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")), f, 0);
    }

    @Test
    void aLogOfOneTermSaysThereIsNothingToCompare() {
        TermFigures alone = new TermFigures(
                new Period(LocalDate.parse("2026-04-13"), LocalDate.parse("2026-07-22")),
                SlaFigures.of("All", List.of()),
                0);
        TermHistory h = new TermHistory(List.of(alone), null);
        assertThat(SlaTerms.sentence(h))
                .isEqualTo("The incident log does not reach back over a whole earlier term, so there is no earlier"
                        + " term to compare this period with.");
        assertThat(SlaTerms.statistic(null)).isEmpty();
    }
}
