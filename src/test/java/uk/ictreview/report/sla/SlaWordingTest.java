package uk.ictreview.report.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.sla.WeeklyVolume;
import uk.ictreview.report.Status;

/** The rules of rules-report.md on how the service-levels section words its figures. */
class SlaWordingTest {
    private static final BigDecimal GOAL = BigDecimal.valueOf(90);

    private static SlaRows.PriorityRow row(String priority, String name, String pct, Status status) {
        return new SlaRows.PriorityRow(
                priority,
                name,
                name.startsWith("All") ? "" : "1.0",
                "4.0",
                10,
                0,
                0,
                0,
                0,
                0,
                pct,
                "",
                "",
                "",
                status,
                "",
                0);
    }

    private static final SlaRows.PriorityRow ALL = row("All", "All priorities", "90.4%", Status.GREEN);

    @Test
    void countsInSentencesAndTablesAreGroupedTheUkWay() {
        // 1271 -> "1,271"; 24152 -> "24,152"; below a thousand unchanged.
        assertThat(uk.ictreview.report.Format.whole(1271)).isEqualTo("1,271");
        assertThat(uk.ictreview.report.Format.whole(24152)).isEqualTo("24,152");
        assertThat(uk.ictreview.report.Format.whole(999)).isEqualTo("999");
        assertThat(uk.ictreview.report.Format.count(24432, "incident", "incidents"))
                .isEqualTo("24,432 incidents");
        assertThat(uk.ictreview.report.Format.count(1, "call", "calls")).isEqualTo("1 call");
    }

    @Test
    void thePrioritiesBelowTheGoalAreNamedEvenWhenTheOverallIsGreen() {
        // P1 76.0% and P2 81.7% are amber (75% to under 90%); P3, P4 green; the "All" row is never named.
        List<SlaRows.PriorityRow> rows = List.of(
                row("P1", "Critical", "76.0%", Status.AMBER),
                row("P2", "High", "81.7%", Status.AMBER),
                row("P3", "Medium", "92.5%", Status.GREEN),
                row("P4", "Low", "90.8%", Status.GREEN),
                ALL);
        assertThat(SlaText.belowGoal(rows, GOAL))
                .isEqualTo(" P1 Critical (76.0%) and P2 High (81.7%) were below the 90% goal.");
        // One below: singular; three: a list with "and".
        assertThat(SlaText.belowGoal(List.of(row("P1", "Critical", "60.0%", Status.RED), ALL), GOAL))
                .isEqualTo(" P1 Critical (60.0%) was below the 90% goal.");
        assertThat(SlaText.belowGoal(
                        List.of(
                                row("P1", "Critical", "60.0%", Status.RED),
                                row("P2", "High", "70.0%", Status.RED),
                                row("P3", "Medium", "89.9%", Status.AMBER),
                                ALL),
                        GOAL))
                .isEqualTo(" P1 Critical (60.0%), P2 High (70.0%) and P3 Medium (89.9%) were below the 90% goal.");
        // None below, or a priority with nothing judged (no status): nothing is added.
        assertThat(SlaText.belowGoal(
                        List.of(
                                row("P1", "Critical", "90.0%", Status.GREEN),
                                row("P2", "High", "–", Status.NOT_JUDGED),
                                ALL),
                        GOAL))
                .isEmpty();
    }

    @Test
    void aPeriodWithNoCallsSaysThereIsNoTrendRatherThanALevelOne() {
        // Three whole weeks with no call: the slope is 0 and no p-value can be computed.
        LocalDate monday = LocalDate.of(2026, 6, 1);
        WeeklyVolume none = new WeeklyVolume(
                List.of(
                        new WeeklyVolume.Week(monday, 0, true, 5),
                        new WeeklyVolume.Week(monday.plusWeeks(1), 0, true, 5),
                        new WeeklyVolume.Week(monday.plusWeeks(2), 0, true, 5)),
                BigDecimal.ZERO,
                null,
                false);
        assertThat(SlaText.trend(none)).isEqualTo("No calls were logged in the period, so there is no trend to show.");
        // Calls, but the same number every week: level, with no "(p = n/a)".
        WeeklyVolume flat = new WeeklyVolume(
                List.of(
                        new WeeklyVolume.Week(monday, 4, true, 5),
                        new WeeklyVolume.Week(monday.plusWeeks(1), 4, true, 5),
                        new WeeklyVolume.Week(monday.plusWeeks(2), 4, true, 5)),
                BigDecimal.ZERO,
                null,
                false);
        assertThat(SlaText.trend(flat)).isEqualTo("Calls per week were level over the period.");
        assertThat(SlaText.trendStatistic(flat)).isEmpty();
    }
}
