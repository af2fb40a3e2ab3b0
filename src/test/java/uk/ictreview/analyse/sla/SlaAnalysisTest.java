package uk.ictreview.analyse.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Incident;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.Period;
import uk.ictreview.model.Priority;

/**
 * A four-week period, Mon 2 to Sun 29 March 2026 (no bank holidays), default hours (510 min a day) and
 * targets. The previous period of equal length is Mon 2 Feb to Sun 1 Mar.
 */
public class SlaAnalysisTest {
    public static final Period MARCH = new Period(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-29"));

    public static IncidentLog log() {
        List<Incident> calls = new ArrayList<>(List.of(
                // P1: 180 min met; 300 min breached (> 240), escalated.
                Call.of("A1", "2026-03-02T09:00")
                        .p(Priority.P1)
                        .category("Network")
                        .location("Library")
                        .asset("LAP-001")
                        .responded("2026-03-02T09:30")
                        .resolved("2026-03-02T12:00")
                        .build(),
                Call.of("A2", "2026-03-03T09:00")
                        .p(Priority.P1)
                        .category("Network")
                        .location("Library")
                        .escalatedTo("Acme IT")
                        .responded("2026-03-03T09:30")
                        .resolved("2026-03-03T14:00")
                        .build(),
                // P2: 120 min met.
                Call.of("A3", "2026-03-09T10:00")
                        .p(Priority.P2)
                        .category("Printing")
                        .location("Room 5")
                        .asset("LAP-001")
                        .responded("2026-03-09T10:30")
                        .resolved("2026-03-09T12:00")
                        .build(),
                // P3: 510 min met; 5 x 510 = 2550 breached (> 1440); 120 min met (a request, reopened once).
                Call.of("A4", "2026-03-10T09:00")
                        .location("Room 5")
                        .asset("LAP-001")
                        .responded("2026-03-10T09:30")
                        .resolved("2026-03-11T09:00")
                        .build(),
                Call.of("A5", "2026-03-16T09:00")
                        .location("Room 5")
                        .asset("lap-001")
                        .responded("2026-03-16T10:00")
                        .resolved("2026-03-23T09:00")
                        .build(),
                Call.of("A7", "2026-03-23T09:00")
                        .type(CallType.REQUEST)
                        .category("Accounts")
                        .reopened(1)
                        .responded("2026-03-23T09:15")
                        .resolved("2026-03-23T11:00")
                        .build(),
                // P4 open at the end: Fri 27 Mar 15:00-16:30 = 90 min, pending on both.
                Call.of("A6", "2026-03-27T15:00").p(Priority.P4).build(),
                // Not judged: a problem, a change, a maintenance job.
                Call.of("X1", "2026-03-23T10:00")
                        .type(CallType.PROBLEM)
                        .asset("LAP-001")
                        .build(),
                Call.of("X2", "2026-03-24T10:00")
                        .type(CallType.CHANGE)
                        .resolved("2026-03-24T11:00")
                        .build(),
                Call.of("X3", "2026-03-25T10:00")
                        .type(CallType.MAINTENANCE)
                        .resolved("2026-03-25T11:00")
                        .build(),
                // Previous period: 60 min met; P2 still open (breached at both ends); P3 resolved only after 1 Mar.
                Call.of("B1", "2026-02-02T09:00")
                        .responded("2026-02-02T09:10")
                        .resolved("2026-02-02T10:00")
                        .build(),
                Call.of("B2", "2026-02-09T09:00").p(Priority.P2).build(),
                Call.of("B3", "2026-02-27T16:00").resolved("2026-03-02T09:00").build()));
        return new IncidentLog(calls, List.of(), List.of(), List.of(), List.of(), true);
    }

    public static AssetRegister register() {
        Asset lap = new Asset(
                "LAP-001",
                "Laptop",
                "Dell",
                null,
                null,
                "Library",
                null,
                null,
                null,
                null,
                null,
                null,
                null /* supportEnds */,
                null,
                null);
        return new AssetRegister(List.of(lap), List.of(), List.of());
    }

    /** The worked example: also the fixture of the report section's tests. */
    public static SlaResult result() {
        return SlaAnalysis.analyse(log(), MARCH, BankHolidayRegion.ENGLAND_AND_WALES, true, register());
    }

    @Test
    void perPriorityFigures() {
        List<SlaFigures> p = result().current().byPriority();
        assertThat(p).extracting(SlaFigures::priority).containsExactly("P1", "P2", "P3", "P4");
        // P1: 3.0 h and 5.0 h: median 4.0, PERCENTILE.INC 0.9 = 3 + 0.9 x (5 - 3) = 4.8.
        assertThat(p.get(0))
                .extracting(
                        SlaFigures::calls,
                        SlaFigures::responseMet,
                        SlaFigures::resolutionMet,
                        SlaFigures::resolutionBreached,
                        SlaFigures::pending)
                .containsExactly(2, 2, 1, 1, 0);
        assertThat(p.get(0).resolutionMetPct()).isEqualByComparingTo("50.0");
        assertThat(p.get(0).medianResolutionHours()).isEqualByComparingTo("4.0");
        assertThat(p.get(0).p90ResolutionHours()).isEqualByComparingTo("4.8");
        // P3: 8.5, 42.5, 2.0 h: median 8.5; rank 2.8 -> 8.5 + 0.8 x (42.5 - 8.5) = 35.7. 2 of 3 met = 66.7%.
        assertThat(p.get(2).resolutionMetPct()).isEqualByComparingTo("66.7");
        assertThat(p.get(2).medianResolutionHours()).isEqualByComparingTo("8.5");
        assertThat(p.get(2).p90ResolutionHours()).isEqualByComparingTo("35.7");
        // P4: one pending call, nothing to judge or measure.
        assertThat(p.get(3))
                .extracting(
                        SlaFigures::calls,
                        SlaFigures::pending,
                        SlaFigures::resolutionMetPct,
                        SlaFigures::resolutionMetPctLow,
                        SlaFigures::medianResolutionHours)
                .containsExactly(1, 1, null, null, null);
    }

    @Test
    void overallFigures() {
        SlaFigures o = result().current().overall();
        // 7 incidents and requests; met A1 A3 A4 A7, breached A2 A5, pending A6: 4 / 6 = 66.7%.
        assertThat(o)
                .extracting(
                        SlaFigures::priority,
                        SlaFigures::calls,
                        SlaFigures::responseMet,
                        SlaFigures::responseBreached,
                        SlaFigures::resolutionMet,
                        SlaFigures::resolutionBreached,
                        SlaFigures::pending)
                .containsExactly("All", 7, 6, 0, 4, 2, 1);
        assertThat(o.resolutionMetPct()).isEqualByComparingTo("66.7");
        // Wilson 4 of 6: centre (0.666667 + 0.320122) / 1.640243 = 0.601611, half-width 0.301618 -> 30.0 to 90.3.
        assertThat(o.resolutionMetPctLow()).isEqualByComparingTo("30.0");
        assertThat(o.resolutionMetPctHigh()).isEqualByComparingTo("90.3");
        // Hours 2, 2, 3, 5, 8.5, 42.5: median (3 + 5) / 2 = 4.0; rank 5.5 -> 8.5 + 0.5 x 34 = 25.5.
        assertThat(o.medianResolutionHours()).isEqualByComparingTo("4.0");
        assertThat(o.p90ResolutionHours()).isEqualByComparingTo("25.5");
    }

    @Test
    void backlogWeeklyAndWorkMix() {
        PeriodFigures f = result().current();
        // Open at the end of 29 Mar: A6 (age 2) and B2 (29 Mar - 9 Feb = 48 days); the open problem X1 is not counted.
        assertThat(f.backlog()).isEqualTo(new Backlog(2, 1, 0, 1, 0));
        // Weeks of 2, 9, 16, 23 Mar: 2, 2, 1, 2 calls; slope = Sxy / Sxx = -0.5 / 5 = -0.10, not significant.
        assertThat(f.weekly().weeks()).extracting(WeeklyVolume.Week::calls).containsExactly(2, 2, 1, 2);
        assertThat(f.weekly().slopePerWeek()).isEqualByComparingTo("-0.10");
        assertThat(f.weekly().significant()).isFalse();
        assertThat(f.workMix()).isEqualTo(new WorkMix(6, 1, 1, 1, 1));
        assertThat(f.workMix().reactive()).isEqualTo(7);
        assertThat(f.workMix().proactive()).isEqualTo(2);
        // Reopened: A7 of 7 = 14.3%.
        assertThat(f.reopenRatePct()).isEqualByComparingTo("14.3");
    }

    @Test
    void categoriesLocationsEscalationAndCandidateProblems() {
        PeriodFigures f = result().current();
        // Hardware: A4 met, A5 breached, A6 pending -> 50.0%.
        assertThat(f.byCategory())
                .extracting(GroupFigures::name, GroupFigures::calls)
                .containsExactly(tuple("Hardware", 3), tuple("Network", 2), tuple("Accounts", 1), tuple("Printing", 1));
        assertThat(f.byCategory().get(0).metPct()).isEqualByComparingTo("50.0");
        assertThat(f.byLocation())
                .extracting(GroupFigures::name, GroupFigures::calls)
                .containsExactly(tuple("Room 5", 3), tuple(GroupFigures.NOT_GIVEN, 2), tuple("Library", 2));
        // One escalated call of 7 = 14.3%, breached, 5.0 h.
        Escalation e = f.escalation();
        assertThat(e.calls()).isEqualTo(1);
        assertThat(e.sharePct()).isEqualByComparingTo("14.3");
        assertThat(e.metPct()).isEqualByComparingTo("0.0");
        assertThat(e.medianResolutionHours()).isEqualByComparingTo("5.0");
        assertThat(e.bySupplier()).extracting(GroupFigures::name).containsExactly("Acme IT");
        // LAP-001: A1, A3, A4 and A5 (tag written in lower case); the problem X1 is not an incident.
        assertThat(f.candidateProblems())
                .containsExactly(
                        new CandidateProblem("LAP-001", "Laptop", "Library", true, 4, List.of("A1", "A3", "A4", "A5")));
        assertThat(f.breached()).extracting(v -> v.call().ref()).containsExactly("A2", "A5");
    }

    @Test
    void previousPeriodAndChange() {
        SlaResult r = result();
        // Previous: B1 met, B2 breached (open, 7590 support minutes > 480), B3 pending (resolved after 1 Mar): 50.0%.
        assertThat(r.previous().period()).isEqualTo(MARCH.previous());
        assertThat(r.previous().overall())
                .extracting(
                        SlaFigures::calls,
                        SlaFigures::resolutionMet,
                        SlaFigures::resolutionBreached,
                        SlaFigures::pending)
                .containsExactly(3, 1, 1, 1);
        assertThat(r.metPctChange()).isEqualByComparingTo("16.7");
        // The previous backlog at 1 Mar: B2 (20 days) and B3 (2 days).
        assertThat(r.previous().backlog()).isEqualTo(new Backlog(2, 1, 1, 0, 0));
        assertThat(r.defaultServiceLevels()).isTrue();
        assertThat(r.targets()).hasSize(4);
    }

    @Test
    void noComparisonWhenTheLogStartsLaterOrWhenTurnedOff() {
        IncidentLog log = log();
        // The earliest call is 2 Feb; a period whose previous one starts more than 14 days before that is not compared.
        Period april = new Period(LocalDate.parse("2026-03-23"), LocalDate.parse("2026-04-19"));
        SlaResult r = SlaAnalysis.analyse(log, april, BankHolidayRegion.ENGLAND_AND_WALES, true, register());
        assertThat(r.previous()).isNotNull();
        Period late = new Period(LocalDate.parse("2026-02-20"), LocalDate.parse("2026-03-29"));
        // previous = 14 Jan .. 19 Feb; 2 Feb is 19 days after 14 Jan: no comparison.
        SlaResult r2 = SlaAnalysis.analyse(log, late, BankHolidayRegion.ENGLAND_AND_WALES, true, register());
        assertThat(r2.previous()).isNull();
        assertThat(r2.previousNote()).startsWith("No comparison");
        SlaResult off = SlaAnalysis.analyse(log, MARCH, BankHolidayRegion.ENGLAND_AND_WALES, false, register());
        assertThat(off.previous()).isNull();
        assertThat(off.metPctChange()).isNull();
    }

    @Test
    void emptyLogGivesZerosAndNulls() {
        SlaResult r =
                SlaAnalysis.analyse(IncidentLog.empty(), MARCH, BankHolidayRegion.NONE, true, AssetRegister.empty());
        assertThat(r.current().overall().calls()).isZero();
        assertThat(r.current().overall().resolutionMetPct()).isNull();
        assertThat(r.current().byPriority()).hasSize(4);
        assertThat(r.current().reopenRatePct()).isNull();
        assertThat(r.previous()).isNull();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... o) {
        return org.assertj.core.groups.Tuple.tuple(o);
    }
}
