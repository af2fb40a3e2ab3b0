package uk.ictreview.report.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.sla.PeriodFigures;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.model.Period;
import uk.ictreview.report.Status;

/** The Service levels status rule (docs/rules-sla.md), one hand-worked case per branch, goal 90%. */
class SlaStatusTest {
    static final BigDecimal GOAL = BigDecimal.valueOf(90);

    /** A priority's figures with {@code met} of {@code judged} calls resolved within target. */
    static SlaFigures fig(String p, int met, int judged) {
        BigDecimal pct = judged == 0
                ? null
                : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(judged), 1, RoundingMode.HALF_UP);
        return new SlaFigures(p, judged, 0, 0, met, judged - met, 0, pct, null, null, null, null, null);
    }

    static PeriodFigures period(SlaFigures overall, SlaFigures... byPriority) {
        return new PeriodFigures(
                new Period(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22)),
                overall,
                List.of(byPriority),
                null,
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                0,
                null,
                List.of());
    }

    static SlaStatus status(PeriodFigures f) {
        return SlaStatus.of(f, GOAL, p -> switch (p.priority()) {
            case "P1" -> "P1 Critical";
            case "P2" -> "P2 High";
            case "P3" -> "P3 Medium";
            default -> "P4 Low";
        });
    }

    @Test
    void theExampleGreenOverallOverAmberPrioritiesIsAmber() {
        // P1 19/25 = 76.0% (amber: 75 <= 76 < 90); P2 49/60 = 81.7% (amber); P3 500/540 = 92.6%, P4 300/330 = 90.9%
        // (green); overall 868/955 = 90.9% (green). Worst of green and amber = amber, set by P1 and P2.
        SlaStatus s = status(period(
                fig("All", 868, 955), fig("P1", 19, 25), fig("P2", 49, 60), fig("P3", 500, 540), fig("P4", 300, 330)));
        assertThat(s.status()).isEqualTo(Status.AMBER);
        assertThat(s.rule(GOAL))
                .isEqualTo("Amber: P1 Critical 76.0% and P2 High 81.7% resolved within target, under the 90% goal."
                        + " The status is the worst of the overall share and of each priority with 20 or more judged"
                        + " calls: green at 90% or more, amber 75% to under 90%, red below 75%.");
    }

    @Test
    void everyShareAtOrAboveTheGoalIsGreen() {
        // overall 180/200 = 90.0% (exactly the goal: green); P1 18/20 = 90.0%, P3 162/180 = 90.0%; P2, P4 no calls
        SlaStatus s = status(
                period(fig("All", 180, 200), fig("P1", 18, 20), fig("P2", 0, 0), fig("P3", 162, 180), fig("P4", 0, 0)));
        assertThat(s.status()).isEqualTo(Status.GREEN);
        assertThat(s.rule(GOAL)).startsWith("Green: every share judged is at or above the 90% goal. The status is");
    }

    @Test
    void aPriorityUnder75IsRedEvenWhenTheOverallShareIsAmber() {
        // P1 14/20 = 70.0% (red: under 75); overall 170/200 = 85.0% (amber); red is worse, so only P1 is named
        SlaStatus s = status(
                period(fig("All", 170, 200), fig("P1", 14, 20), fig("P2", 0, 0), fig("P3", 156, 180), fig("P4", 0, 0)));
        assertThat(s.status()).isEqualTo(Status.RED);
        assertThat(s.rule(GOAL)).startsWith("Red: P1 Critical 70.0% resolved within target, under the 90% goal.");
    }

    @Test
    void aPriorityWithFewerThan20JudgedCallsDoesNotCount() {
        // P1 3/5 = 60.0% would be red, but 5 judged calls < 20: left out; overall 185/200 = 92.5% green, P3 182/195
        // = 93.3% green
        SlaStatus s = status(
                period(fig("All", 185, 200), fig("P1", 3, 5), fig("P2", 0, 0), fig("P3", 182, 195), fig("P4", 0, 0)));
        assertThat(s.status()).isEqualTo(Status.GREEN);
        assertThat(s.rule(GOAL)).endsWith("red below 75%. P1 Critical has too few judged calls to count.");
    }

    @Test
    void theOverallShareIsNamedWhenItIsAsBadAsTheWorstPriority() {
        // overall 160/200 = 80.0% (amber); P3 140/180 = 77.8% (amber); P1 20/20 = 100% green: both ambers named
        SlaStatus s = status(
                period(fig("All", 160, 200), fig("P1", 20, 20), fig("P2", 0, 0), fig("P3", 140, 180), fig("P4", 0, 0)));
        assertThat(s.status()).isEqualTo(Status.AMBER);
        assertThat(s.rule(GOAL))
                .startsWith("Amber: P3 Medium 77.8% and overall 80.0% resolved within target, under the 90% goal.");
    }

    @Test
    void nothingJudgedHasNoStatus() {
        SlaStatus s =
                status(period(fig("All", 0, 0), fig("P1", 0, 0), fig("P2", 0, 0), fig("P3", 0, 0), fig("P4", 0, 0)));
        assertThat(s.status()).isEqualTo(Status.NOT_JUDGED);
        assertThat(s.rule(GOAL)).isEqualTo("No status: no call of the period could be judged against its target yet.");
    }
}
