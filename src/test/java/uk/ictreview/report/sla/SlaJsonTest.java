package uk.ictreview.report.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.sla.SlaAnalysisTest;
import uk.ictreview.report.json.JsonWriter;
import uk.ictreview.testing.MiniJson;

/** figures.json's sla value for the worked example of {@link SlaAnalysisTest}: SPEC 7's keys, in order, first. */
class SlaJsonTest {
    static final List<String> FIGURE_KEYS = List.of(
            "calls",
            "responseMet",
            "responseBreached",
            "resolutionMet",
            "resolutionBreached",
            "pending",
            "resolutionMetPct",
            "resolutionMetPctLow",
            "resolutionMetPctHigh",
            "medianResolutionHours",
            "p90ResolutionHours");

    @SuppressWarnings("unchecked")
    static Map<String, Object> json() {
        JsonWriter w = new JsonWriter();
        SlaSection.of(SlaAnalysisTest.result()).writeJson(w);
        return (Map<String, Object>) MiniJson.parse(w.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void specKeysComeFirstInOrder() {
        Map<String, Object> sla = json();
        assertThat(new ArrayList<>(sla.keySet()).subList(0, 4))
                .containsExactly("calls", "byPriority", "overall", "backlog");
        List<Map<String, Object>> byPriority = (List<Map<String, Object>>) sla.get("byPriority");
        assertThat(byPriority).extracting(m -> m.get("priority")).containsExactly("P1", "P2", "P3", "P4");
        List<String> withPriority = new ArrayList<>(List.of("priority"));
        withPriority.addAll(FIGURE_KEYS);
        for (Map<String, Object> p : byPriority) {
            assertThat(new ArrayList<>(p.keySet()).subList(0, withPriority.size()))
                    .isEqualTo(withPriority);
        }
        Map<String, Object> overall = (Map<String, Object>) sla.get("overall");
        assertThat(new ArrayList<>(overall.keySet()).subList(0, FIGURE_KEYS.size()))
                .isEqualTo(FIGURE_KEYS);
        assertThat(((Map<String, Object>) sla.get("backlog")).keySet())
                .containsExactly("open", "days0to7", "days8to30", "days31to90", "daysOver90");
    }

    @Test
    @SuppressWarnings("unchecked")
    void valuesAreTheAnalysisFigures() {
        Map<String, Object> sla = json();
        assertThat(sla.get("calls")).isEqualTo(new BigDecimal("7"));
        Map<String, Object> overall = (Map<String, Object>) sla.get("overall");
        // 4 of 6 = 66.7%, Wilson 30.0 to 90.3, median 4.0 h, 90th percentile 25.5 h (see SlaAnalysisTest).
        assertThat(overall.get("resolutionMetPct").toString()).isEqualTo("66.7");
        assertThat(overall.get("resolutionMetPctLow").toString()).isEqualTo("30.0");
        assertThat(overall.get("resolutionMetPctHigh").toString()).isEqualTo("90.3");
        assertThat(overall.get("medianResolutionHours").toString()).isEqualTo("4.0");
        assertThat(overall.get("p90ResolutionHours").toString()).isEqualTo("25.5");
        assertThat(overall.get("pending").toString()).isEqualTo("1");
        Map<String, Object> p4 = ((List<Map<String, Object>>) sla.get("byPriority")).get(3);
        // Nothing to judge for P4: null, not 0.
        assertThat(p4).containsEntry("resolutionMetPct", null).containsEntry("medianResolutionHours", null);
        assertThat(((Map<String, Object>) sla.get("backlog")).get("open").toString())
                .isEqualTo("2");
        assertThat(((Map<String, Object>) sla.get("change"))
                        .get("resolutionMetPctPoints")
                        .toString())
                .isEqualTo("16.7");
        Map<String, Object> previous = (Map<String, Object>) sla.get("previous");
        assertThat(previous.get("from")).isEqualTo("2026-02-02");
        assertThat(((Map<String, Object>) previous.get("overall"))
                        .get("resolutionMetPct")
                        .toString())
                .isEqualTo("50.0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void responseWithinTargetIsGivenPerPriorityAsResolutionIs() {
        // Responses in the fixture: A1 and A2 (P1) 30 min against 60, A3 (P2) 30 against 120, A4 30, A5 60 and A7
        // 15 (P3) against 240: 6 met, 0 breached; A6 (P4, open 90 min of its 480) is pending. 6 of 6 = 100.0%,
        // Wilson (z = 1.96, n = 6): centre (1 + 0.3201) / 1.6403 = 0.8048, half-width 1.96 x sqrt(3.8416 / 144) /
        // 1.6403 = 0.1952: 61.0 to 100.0. P1 2 of 2: centre (1 + 0.9604) / 2.9208 = 0.6712, half-width 1.96 x
        // sqrt(3.8416 / 16) / 2.9208 = 0.3288: 34.2 to 100.0.
        Map<String, Object> overall = (Map<String, Object>) json().get("overall");
        assertThat(overall.get("responseMetPct").toString()).isEqualTo("100.0");
        assertThat(overall.get("responsePending").toString()).isEqualTo("1");
        assertThat(overall.get("responseMetPctLow").toString()).isEqualTo("61.0");
        assertThat(overall.get("responseMetPctHigh").toString()).isEqualTo("100.0");
        Map<String, Object> p1 = ((List<Map<String, Object>>) json().get("byPriority")).get(0);
        assertThat(p1.get("responseMetPctLow").toString()).isEqualTo("34.2");
        Map<String, Object> p4 = ((List<Map<String, Object>>) json().get("byPriority")).get(3);
        // P4: its one response pending, nothing judged: null, not 0.
        assertThat(p4).containsEntry("responseMetPct", null).containsEntry("responseMetPctLow", null);
        assertThat(p4.get("responsePending").toString()).isEqualTo("1");
    }

    @Test
    void aBreachedResponseCountsAgainstTheShareAndItsRange() {
        // 5 calls: 3 responses met, 1 breached, so 1 pending; 3 of 4 = 75.0%, Wilson 30.1 to 95.4 (n = 4:
        // centre (0.75 + 0.4802) / 1.9604 = 0.6275, half-width 1.96 x sqrt(0.1875 / 4 + 3.8416 / 64) / 1.9604
        // = 0.3269).
        var f = new uk.ictreview.analyse.sla.SlaFigures(
                "P1", 5, 3, 1, 4, 1, 0, new BigDecimal("80.0"), null, null, null, null, new BigDecimal("75.0"));
        assertThat(f.responsePending()).isEqualTo(1);
        assertThat(f.responseMetPctLow()).isEqualByComparingTo("30.1");
        assertThat(f.responseMetPctHigh()).isEqualByComparingTo("95.4");
    }

    @Test
    void noStaffNamesAndStableBytes() {
        JsonWriter a = new JsonWriter();
        JsonWriter b = new JsonWriter();
        SlaSection.of(SlaAnalysisTest.result()).writeJson(a);
        SlaSection.of(SlaAnalysisTest.result()).writeJson(b);
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(a.toString()).doesNotContain("assignedTo").doesNotContain("reportedBy");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachWeekSaysItsOpenDaysAndWhetherItIsInTheTrend() {
        // March 2026 has no bank holiday and the log lists no closures: four whole weeks of 5 support days each.
        Map<String, Object> weekly = (Map<String, Object>) json().get("weekly");
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) weekly.get("weeks");
        assertThat(weeks.get(0).keySet())
                .containsExactly("weekStarting", "calls", "wholeWeek", "openDays", "closed", "inTrend");
        assertThat(weeks).extracting(m -> m.get("openDays").toString()).containsExactly("5", "5", "5", "5");
        assertThat(weeks).extracting(m -> m.get("closed")).containsOnly(false);
        assertThat(weeks).extracting(m -> m.get("inTrend")).containsOnly(true);
    }
}
