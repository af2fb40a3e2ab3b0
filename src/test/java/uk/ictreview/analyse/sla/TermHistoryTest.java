package uk.ictreview.analyse.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.Incident;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.Period;
import uk.ictreview.model.Priority;

/** Default hours (08:00-16:30, 510 minutes a day) and targets, bank holidays of England and Wales. */
public class TermHistoryTest {
    private static final Period SUMMER = new Period(LocalDate.parse("2026-04-13"), LocalDate.parse("2026-07-22"));

    private static List<Incident> calls() {
        return new ArrayList<>(List.of(
                // Autumn 2025: 60 minutes, met. The log starts on 2 September, within 14 days of 1 September.
                Call.of("T1", "2025-09-02T09:00").resolved("2025-09-02T10:00").build(),
                // Open at the end of autumn: Mon 15 Dec 09:00-16:30 = 450, 16-19 Dec 4 x 510 = 2040, 22-24 Dec
                // 1530, 25-26 Dec bank holidays, 29-31 Dec 1530: 5550 > 1440, breached; resolved in January.
                Call.of("T2", "2025-12-15T09:00").resolved("2026-01-12T09:00").build(),
                // Spring 2026: two met.
                Call.of("S1", "2026-02-02T09:00").resolved("2026-02-02T09:30").build(),
                Call.of("S2", "2026-03-02T09:00").resolved("2026-03-02T10:00").build(),
                // The period: one met, one P4 still open (pending).
                Call.of("U1", "2026-04-13T09:00").resolved("2026-04-13T09:30").build(),
                Call.of("U2", "2026-07-20T09:00").p(Priority.P4).build()));
    }

    /** The three terms of {@link #everyCoveredTermEndingWithThePeriod}, for the report's tests. */
    public static SlaResult result() {
        return analyse(calls());
    }

    private static SlaResult analyse(List<Incident> calls) {
        IncidentLog log = new IncidentLog(calls, List.of(), List.of(), List.of(), List.of(), false);
        return SlaAnalysis.analyse(log, SUMMER, BankHolidayRegion.ENGLAND_AND_WALES, true, AssetRegister.empty());
    }

    @Test
    void everyCoveredTermEndingWithThePeriod() {
        TermHistory h = analyse(calls()).terms();
        // Summer 2025 is not covered: the log starts 2 Sep 2025, later than 1 Apr 2025 + 13 days.
        assertThat(h.terms())
                .extracting(TermFigures::span)
                .containsExactly(
                        new Period(LocalDate.parse("2025-09-01"), LocalDate.parse("2025-12-31")),
                        new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")),
                        SUMMER);
        TermFigures autumn = h.terms().get(0);
        assertThat(autumn.overall().calls()).isEqualTo(2);
        assertThat(autumn.overall().resolutionMet()).isEqualTo(1);
        assertThat(autumn.overall().resolutionBreached()).isEqualTo(1);
        assertThat(autumn.overall().resolutionMetPct()).isEqualByComparingTo("50.0");
        assertThat(autumn.openAtEnd()).isEqualTo(1);
        // Median of the one resolved call (60 min) = 1.0 hour.
        assertThat(autumn.overall().medianResolutionHours()).isEqualByComparingTo("1.0");
        TermFigures spring = h.terms().get(1);
        assertThat(spring.overall().resolutionMet()).isEqualTo(2);
        assertThat(spring.openAtEnd()).isZero();
        assertThat(h.current().overall()).isEqualTo(analyse(calls()).current().overall());
        assertThat(h.current().overall().pending()).isEqualTo(1);
        assertThat(h.current().openAtEnd()).isEqualTo(1);
        // Judged (met, n): (1, 2), (2, 2), (1, 1). p = 4/5; T = (2 + 2) - 0.8 x (2 + 2) = 0.8;
        // sum(n t^2) = 2 + 4 = 6, (sum(n t))^2 / N = 16 / 5 = 3.2; Var = 0.16 x 2.8 = 0.448; z = 0.8 / 0.6693 = 1.1952.
        assertThat(h.trend().z()).isCloseTo(1.1952, within(0.0001));
        assertThat(h.trend().significant()).isFalse();
    }

    @Test
    void aTermIsFiguredByThePeriodRulesAsAtItsEnd() {
        IncidentLog log = new IncidentLog(calls(), List.of(), List.of(), List.of(), List.of(), false);
        SupportCalendar cal = SupportCalendar.of(List.of(), List.of(), BankHolidayRegion.ENGLAND_AND_WALES);
        TermHistory h = analyse(calls()).terms();
        for (TermFigures t : h.terms()) {
            PeriodFigures same = SlaAnalysis.figures(log, t.span(), cal, AssetRegister.empty());
            assertThat(t.overall()).isEqualTo(same.overall());
            assertThat(t.openAtEnd()).isEqualTo(same.backlog().open());
        }
    }

    @Test
    void aLogStartingLateInATermDoesNotCoverIt() {
        List<Incident> calls = calls();
        calls.remove(0); // the log now starts 15 Dec 2025: autumn is not covered
        assertThat(analyse(calls).terms().terms()).hasSize(2);
        List<Incident> only = List.of(Call.of("U1", "2026-04-13T09:00").build());
        TermHistory alone = analyse(only).terms();
        assertThat(alone.terms()).hasSize(1);
        assertThat(alone.trend()).isNull();
    }

    @Test
    void atMostSixTermsThePeriodIncluded() {
        List<Incident> calls = calls();
        calls.add(
                0,
                Call.of("OLD", "2023-01-05T09:00").resolved("2023-01-05T10:00").build());
        TermHistory h = analyse(calls).terms();
        assertThat(h.terms()).hasSize(6);
        // Summer 2024 is the seventh: Autumn 2024 is the first shown.
        assertThat(h.terms().get(0).span().from()).isEqualTo(LocalDate.parse("2024-09-01"));
        assertThat(h.terms().get(0).overall().calls()).isZero();
    }
}
