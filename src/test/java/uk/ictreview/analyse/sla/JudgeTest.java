package uk.ictreview.analyse.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.Priority;
import uk.ictreview.model.ServiceLevel;

/**
 * Default hours Mon-Fri 08:00-16:30 (510 min/day) and default targets: P1 response 60 / resolution 240 minutes,
 * P2 120 / 480, P3 240 / 1440. The period ends Tuesday 31 March 2026, i.e. at 00:00 on 1 April.
 */
class JudgeTest {
    private static final SupportCalendar CAL =
            SupportCalendar.of(List.of(), List.of(), BankHolidayRegion.ENGLAND_AND_WALES);
    private static final Judge JUDGE = new Judge(CAL, List.of(), LocalDate.parse("2026-03-31"));

    @Test
    void metAtExactlyTheTarget() {
        // P1 logged Mon 9 Mar 09:00, responded 10:00 (60 = target), resolved 13:00 (240 = target): both met.
        Verdict v = JUDGE.judge(Call.of("A", "2026-03-09T09:00")
                .p(Priority.P1)
                .responded("2026-03-09T10:00")
                .resolved("2026-03-09T13:00")
                .build());
        assertThat(v.responseMinutes()).isEqualTo(60);
        assertThat(v.response()).isEqualTo(Outcome.MET);
        assertThat(v.resolutionMinutes()).isEqualTo(240);
        assertThat(v.resolution()).isEqualTo(Outcome.MET);
        // One minute more (13:01) is 241 > 240: breached.
        Verdict late = JUDGE.judge(Call.of("B", "2026-03-09T09:00")
                .p(Priority.P1)
                .responded("2026-03-09T10:00")
                .resolved("2026-03-09T13:01")
                .build());
        assertThat(late.resolution()).isEqualTo(Outcome.BREACHED);
    }

    @Test
    void blankRespondedUsesResolved() {
        // P1 logged 09:00, resolved 10:30 with Responded blank: response = 90 > 60 breached, resolution 90 met.
        Verdict v = JUDGE.judge(Call.of("C", "2026-03-09T09:00")
                .p(Priority.P1)
                .resolved("2026-03-09T10:30")
                .build());
        assertThat(v.responseMinutes()).isEqualTo(90);
        assertThat(v.response()).isEqualTo(Outcome.BREACHED);
        assertThat(v.resolution()).isEqualTo(Outcome.MET);
    }

    @Test
    void onHoldLargerThanElapsedGivesZeroNotNegative() {
        // P2 logged 09:00, resolved 10:00 (60 support minutes), 120 minutes on hold: max(0, 60 - 120) = 0, met.
        Verdict v = JUDGE.judge(Call.of("D", "2026-03-09T09:00")
                .p(Priority.P2)
                .responded("2026-03-09T09:10")
                .resolved("2026-03-09T10:00")
                .onHoldMinutes(120)
                .build());
        assertThat(v.resolutionMinutes()).isZero();
        assertThat(v.resolution()).isEqualTo(Outcome.MET);
    }

    @Test
    void onHoldStopsTheResolutionClockOnly() {
        // P3 logged Mon 9 Mar 08:00, responded Wed 11 Mar 08:00 (2 x 510 = 1020 > 240: breached), resolved Fri 13 Mar
        // 16:30 (5 x 510 = 2550), on hold 1200: 2550 - 1200 = 1350 <= 1440 met. On hold does not reduce response.
        Verdict v = JUDGE.judge(Call.of("E", "2026-03-09T08:00")
                .responded("2026-03-11T08:00")
                .resolved("2026-03-13T16:30")
                .onHoldMinutes(1200)
                .build());
        assertThat(v.responseMinutes()).isEqualTo(1020);
        assertThat(v.response()).isEqualTo(Outcome.BREACHED);
        assertThat(v.resolutionMinutes()).isEqualTo(1350);
        assertThat(v.resolution()).isEqualTo(Outcome.MET);
    }

    @Test
    void aResponseAfterThePeriodEndHasNotHappenedYet() {
        // P3 logged Tue 31 Mar 15:00; responded and resolved Wed 1 Apr, after the period end. As at 00:00 1 Apr:
        // 15:00-16:30 = 90 minutes gone, under both targets (240, 1440): pending, pending.
        Verdict v = JUDGE.judge(Call.of("F", "2026-03-31T15:00")
                .responded("2026-04-01T09:00")
                .resolved("2026-04-01T10:00")
                .build());
        assertThat(v.responded()).isFalse();
        assertThat(v.resolved()).isFalse();
        assertThat(v.responseMinutes()).isEqualTo(90);
        assertThat(v.response()).isEqualTo(Outcome.PENDING);
        assertThat(v.resolution()).isEqualTo(Outcome.PENDING);
    }

    @Test
    void openAcrossThePeriodEnd() {
        // P1 logged Mon 30 Mar 09:00, still open (resolved after the end): Mon 450 + Tue 510 = 960 minutes by the
        // end, above 60 and 240: both breached.
        Verdict v = JUDGE.judge(Call.of("G", "2026-03-30T09:00")
                .p(Priority.P1)
                .resolved("2026-04-20T09:00")
                .build());
        assertThat(v.resolutionMinutes()).isEqualTo(960);
        assertThat(v.resolution()).isEqualTo(Outcome.BREACHED);
        assertThat(v.response()).isEqualTo(Outcome.BREACHED);
        // The same call with 800 minutes on hold: 960 - 800 = 160 <= 240, still open: pending.
        Verdict held = JUDGE.judge(Call.of("H", "2026-03-30T09:00")
                .p(Priority.P1)
                .onHoldMinutes(800)
                .build());
        assertThat(held.resolutionMinutes()).isEqualTo(160);
        assertThat(held.resolution()).isEqualTo(Outcome.PENDING);
        assertThat(held.response()).isEqualTo(Outcome.BREACHED);
    }

    @Test
    void resolvedAtMidnightEndingThePeriodCounts() {
        // Resolved at 00:00 on 1 Apr = the end of 31 Mar: it has happened.
        Verdict v = JUDGE.judge(
                Call.of("I", "2026-03-31T15:00").resolved("2026-04-01T00:00").build());
        assertThat(v.resolved()).isTrue();
        assertThat(v.resolution()).isEqualTo(Outcome.MET);
    }

    @Test
    void schoolTargetsReplaceTheDefaultsPriorityByPriority() {
        // The sheet sets P3 to 1 / 2 hours; P1 keeps its default 60 / 240.
        Judge j = new Judge(
                CAL, List.of(new ServiceLevel(Priority.P3, "Normal", 60, 120)), LocalDate.parse("2026-03-31"));
        assertThat(j.target(Priority.P3).resolutionTargetMinutes()).isEqualTo(120);
        assertThat(j.target(Priority.P1).resolutionTargetMinutes()).isEqualTo(240);
        // P3 logged 09:00 resolved 11:30 = 150 > 120: breached.
        assertThat(j.judge(Call.of("J", "2026-03-09T09:00")
                                .resolved("2026-03-09T11:30")
                                .build())
                        .resolution())
                .isEqualTo(Outcome.BREACHED);
    }
}
