package uk.ictreview.analyse.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.BudgetLine;

/**
 * Support ends in the refresh plan (SPEC 4.2, docs/rules-refresh.md "Support ends"). Same set-up as
 * {@link RecurringReplacementTest}: period end 22/07/2026, April years, plan year 0 = 2026-27; Laptop 4 years
 * £600, Tablet 3 years £400.
 */
class SupportEndsTest {
    static RefreshResult run(List<BudgetLine> budget, A... assets) {
        return RecurringReplacementTest.run(
                java.util.Arrays.stream(assets).map(A::build).toList(), "0", 5, budget);
    }

    static RefreshResult run3(List<BudgetLine> budget, A... assets) {
        return RecurringReplacementTest.run(
                java.util.Arrays.stream(assets).map(A::build).toList(), "0", 3, budget);
    }

    @Test
    void supportEndsBeforeThePolicyDateMovesTheDueYearAndTheRepeatFollowsThePolicyLifeFromThere() {
        // Bought 01/09/2025: policy due 01/09/2029 (2029-30). Support ends 30/06/2027 is earlier: due 30/06/2027,
        // in 2027-28 (plan year 1). Its replacement lives the policy's 4 years from then: 30/06/2031, in 2031-32,
        // after the plan's last year (2030-31), so no repeat inside the plan. Without Support ends: 2029-30.
        RefreshResult r =
                run(List.of(), A.of("L1", "Laptop").bought("2025-09-01").supportEnds("2027-06-30"));
        assertThat(RecurringReplacementTest.plan(r)).containsExactly("L1 2027-28 due 2027-06-30");
        assertThat(r.items().get(0).dueBy()).isEqualTo(DueBy.SUPPORT_ENDS);
        RefreshResult policy = run(List.of(), A.of("L1", "Laptop").bought("2025-09-01"));
        assertThat(RecurringReplacementTest.plan(policy)).containsExactly("L1 2029-30 due 2029-09-01");
    }

    @Test
    void aRepeatCountsThePolicyLifeFromTheSupportEndDate() {
        // Tablet bought 01/05/2025: policy due 01/05/2028 (2028-29). Support ends 15/05/2026 is earlier: due
        // 15/05/2026, in 2026-27 (not overdue: 2026-27 starts 01/04/2026). Repeat: 15/05/2026 + 3 years =
        // 15/05/2029, in 2029-30; next 15/05/2032 is past the plan.
        RefreshResult r =
                run(List.of(), A.of("T1", "Tablet").bought("2025-05-01").supportEnds("2026-05-15"));
        assertThat(RecurringReplacementTest.plan(r))
                .containsExactly("T1 2026-27 due 2026-05-15", "T1 (2nd) 2029-30 due 2029-05-15");
        assertThat(r.items().get(1).dueBy()).isEqualTo(DueBy.POLICY);
    }

    @Test
    void supportEndedBeforeThePlanMakesTheDeviceOverdueAndItsRepeatStartsFromTheFirstPlanYear() {
        // Laptop bought 01/09/2023: policy due 01/09/2027 (2027-28). Support ended 14/10/2025, in 2025-26: overdue,
        // planned in 2026-27 and counted in the backlog (1 device, £600). Repeat: 01/04/2026 + 4 = 01/04/2030,
        // in 2030-31.
        RefreshResult r =
                run(List.of(), A.of("D1", "Laptop").bought("2023-09-01").supportEnds("2025-10-14"));
        assertThat(RecurringReplacementTest.plan(r))
                .containsExactly("D1 2026-27 due 2025-10-14", "D1 (2nd) 2030-31 due 2030-04-01");
        assertThat(r.overdueUnits()).isEqualTo(1);
        assertThat(r.overdueCost()).isEqualByComparingTo("600.00");
    }

    @Test
    void thePolicyDateWinsWhenItIsEarlierAndSupportEndsAloneDatesADeviceWithNoPurchaseDate() {
        // L1: policy due 01/06/2027 (2027-28) is before Support ends 30/06/2029: due by the policy.
        // L2: no Purchased, Support ends 01/12/2027: due then, in 2027-28 (it would not be planned without it).
        RefreshResult r = run(
                List.of(),
                A.of("L1", "Laptop").bought("2023-06-01").supportEnds("2029-06-30"),
                A.of("L2", "Laptop").supportEnds("2027-12-01"));
        assertThat(RecurringReplacementTest.plan(r))
                .containsExactly("L1 2027-28 due 2027-06-01", "L2 2027-28 due 2027-12-01");
        assertThat(r.items()).extracting(PlanItem::dueBy).containsExactly(DueBy.POLICY, DueBy.SUPPORT_ENDS);
        assertThat(r.notPlannedNoDate()).isEmpty();
    }

    @Test
    void replaceByStillWinsOverAnEarlierSupportEnd() {
        // Replace by 01/06/2028 (2028-29) wins over Support ends 31/12/2026 (the reader warns of it).
        RefreshResult r = run(
                List.of(),
                A.of("L1", "Laptop")
                        .bought("2025-01-01")
                        .replaceBy("2028-06-01")
                        .supportEnds("2026-12-31"));
        assertThat(RecurringReplacementTest.plan(r)).startsWith("L1 2028-29 due 2028-06-01");
        assertThat(r.items().get(0).dueBy()).isEqualTo(DueBy.REPLACE_BY);
    }

    @Test
    void smoothingNeverDefersADevicePastTheYearItsSupportEnds() {
        // A 3-year plan (2026-27 to 2028-29), so no repeat falls inside it (a replacement with a repeat after it
        // never moves). Two laptops due in 2026-27 by the policy (bought 01/06/2022 + 4 = 01/06/2026), £600 each,
        // budget £600 a year: one must leave 2026-27. S1's support ends 31/01/2027, in 2026-27, so it may not be
        // deferred at
        // all; P1 (no Support ends) may go up to two years on, and goes to 2027-28. Without S1's Support ends the
        // claim order (same due date and calls: tag) would defer S1, the later tag.
        List<BudgetLine> budget = List.of(
                new BudgetLine("2026-27", new BigDecimal("600")),
                new BudgetLine("2027-28", new BigDecimal("600")),
                new BudgetLine("2028-29", new BigDecimal("600")));
        RefreshResult r = run3(
                budget,
                A.of("P1", "Laptop").bought("2022-06-01"),
                A.of("S1", "Laptop").bought("2022-06-01").supportEnds("2027-01-31"));
        assertThat(r.items()).filteredOn(i -> i.tag().equals("S1")).first().satisfies(i -> {
            assertThat(i.dueBy()).isEqualTo(DueBy.POLICY);
            assertThat(i.latestIndex()).isZero();
        });
        assertThat(r.smoothed().moves()).extracting(m -> m.item().tag()).containsExactly("P1");
        RefreshResult without = run3(
                budget,
                A.of("P1", "Laptop").bought("2022-06-01"),
                A.of("S1", "Laptop").bought("2022-06-01"));
        assertThat(without.smoothed().moves()).extracting(m -> m.item().tag()).containsExactly("S1");
    }
}
