package uk.ictreview.analyse.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.BudgetLine;
import uk.ictreview.model.LifecyclePolicy;

/**
 * Replacements recur within the horizon (docs/rules-refresh.md, "Repeat replacements"). Period end 22/07/2026,
 * April years: plan year 0 is 2026-27. Policy: Tablet 3 years £400 (+2% a year in the ten-year case), Laptop 4
 * years £600.
 */
class RecurringReplacementTest {
    static final LocalDate END = LocalDate.of(2026, 7, 22);

    static RefreshResult run(List<Asset> assets, String tabletPct, int horizon, List<BudgetLine> budget) {
        List<LifecyclePolicy> policy = List.of(
                new LifecyclePolicy("Tablet", 3, new BigDecimal("400.00"), new BigDecimal(tabletPct)),
                new LifecyclePolicy("Laptop", 4, new BigDecimal("600.00"), BigDecimal.ZERO));
        return RefreshAnalysis.analyse(
                new AssetRegister(assets, policy, budget), END, Month.APRIL, horizon, List.of(), BigDecimal.ONE);
    }

    static List<String> plan(RefreshResult r) {
        return r.items().stream()
                .map(i -> i.label() + " " + r.years().get(i.planIndex()).year().label() + " due " + i.due())
                .toList();
    }

    @Test
    void aThreeYearTabletDueInTheFirstYearIsReplacedAgainThreeYearsLater() {
        // Bought 01/09/2023 + 3 years = due 01/09/2026, in 2026-27; its replacement falls due 01/09/2029, in
        // 2029-30; the next, 01/09/2032, is after 2030-31, the plan's last year.
        RefreshResult r = run(
                List.of(A.of("T1", "Tablet").bought("2023-09-01").cost("380.00").build()), "0", 5, List.of());
        assertThat(plan(r)).containsExactly("T1 2026-27 due 2026-09-01", "T1 (2nd) 2029-30 due 2029-09-01");
        assertThat(r.years())
                .extracting(y -> y.cost().toPlainString())
                .containsExactly("400.00", "0.00", "0.00", "400.00", "0.00");
        PlanItem repeat = r.items().get(1);
        assertThat(repeat.cycle()).isEqualTo(2);
        assertThat(repeat.overdue()).isFalse();
        assertThat(repeat.incidents()).isZero();
        // One device on the register: devices, book value and ages stay per device.
        assertThat(r.plannedDevices()).isEqualTo(1);
        assertThat(r.bookValues()).hasSize(1);
    }

    @Test
    void anOverdueLaptopIsReplacedInTheFirstYearAndAgainOneLifetimeAfterItStarts() {
        // Bought 01/06/2021 + 4 years = due 01/06/2025, in 2025-26: overdue, replaced in 2026-27. Its replacement
        // is due one lifetime after the first plan year starts: 01/04/2026 + 4 years = 01/04/2030, in 2030-31. The
        // backlog counts the first replacement only.
        RefreshResult r = run(List.of(A.of("L1", "Laptop").bought("2021-06-01").build()), "0", 5, List.of());
        assertThat(plan(r)).containsExactly("L1 2026-27 due 2025-06-01", "L1 (2nd) 2030-31 due 2030-04-01");
        assertThat(r.overdueUnits()).isEqualTo(1);
        assertThat(r.overdueCost()).isEqualByComparingTo("600.00");
        assertThat(r.totalUnits()).isEqualTo(2);
        assertThat(r.totalCost()).isEqualByComparingTo("1200.00");
    }

    @Test
    void replaceByMovesTheFirstReplacementOnlyAndTheRepeatFollowsItByThePolicyLife() {
        // Bought 01/01/2025 (policy due 01/01/2029) but Replace by 01/06/2026: replaced in 2026-27, and its
        // replacement lives the policy's 4 years: due 01/06/2030, in 2030-31. An own Replacement cost (£999.99)
        // prices the repeat too.
        RefreshResult r = run(
                List.of(A.of("L1", "Laptop")
                        .bought("2025-01-01")
                        .replaceBy("2026-06-01")
                        .replacementCost("999.99")
                        .build()),
                "0",
                5,
                List.of());
        assertThat(plan(r)).containsExactly("L1 2026-27 due 2026-06-01", "L1 (2nd) 2030-31 due 2030-06-01");
        assertThat(r.years().get(4).cost()).isEqualByComparingTo("999.99");
    }

    @Test
    void overTenYearsAThreeYearTabletIsReplacedThreeTimesAndTheLevelBudgetCountsEveryOne() {
        // Plan 2026-27 (k = 0) to 2035-36 (k = 9). T1 bought 01/09/2024: due 01/09/2027 (k = 1), then 01/09/2030
        // (k = 4) and 01/09/2033 (k = 7); 01/09/2036 is after the plan. At +2% a year: 400 x 1.02 = 408.00,
        // 400 x 1.02^4 = 432.972864 -> 432.97, 400 x 1.02^7 = 459.474267... -> 459.47.
        // L1, overdue (due 01/06/2025): 2026-27, then 01/04/2030 (k = 4) and 01/04/2034 (k = 8), £600 each.
        // Total = 408.00 + 432.97 + 459.47 + 3 x 600 = 3,100.44; level = 3,100.44 / 10 = 310.044 -> up 310.05.
        RefreshResult r = run(
                List.of(
                        A.of("T1", "Tablet").bought("2024-09-01").build(),
                        A.of("L1", "Laptop").bought("2021-06-01").build()),
                "2",
                10,
                List.of());
        assertThat(r.items())
                .filteredOn(i -> i.tag().equals("T1"))
                .extracting(i -> i.label() + " k=" + i.dueIndex() + " " + i.costIn(i.planIndex()))
                .containsExactly("T1 k=1 408.00", "T1 (2nd) k=4 432.97", "T1 (3rd) k=7 459.47");
        assertThat(r.items())
                .filteredOn(i -> i.tag().equals("L1"))
                .extracting(PlanItem::planIndex)
                .containsExactly(0, 4, 8);
        assertThat(r.years())
                .extracting(y -> y.cost().toPlainString())
                .containsExactly(
                        "600.00", "408.00", "0.00", "0.00", "1032.97", "0.00", "0.00", "459.47", "600.00", "0.00");
        assertThat(r.totalCost()).isEqualByComparingTo("3100.44");
        assertThat(r.levelAnnualBudget()).isEqualByComparingTo("310.05");
        assertThat(r.dueAfterHorizon()).isZero();
    }

    @Test
    void aRepeatIsNotBroughtForwardIntoTheYearItsAssetIsReplacedIn() {
        // Laptop L1 due 01/06/2026 (2026-27) and again 01/06/2030 (2030-31). Budgets: 2026-27 £1,200, every later
        // year £0. 2030-31 is over its cap with the repeat (£600); the only earlier year with room is 2026-27
        // (1,200 - 600 = 600), but L1 itself is replaced in 2026-27, so its 2nd replacement may not join it there:
        // nothing moves and 2030-31 stays over.
        List<BudgetLine> budget = List.of(
                new BudgetLine("2026-27", new BigDecimal("1200.00")),
                new BudgetLine("2027-28", BigDecimal.ZERO),
                new BudgetLine("2028-29", BigDecimal.ZERO),
                new BudgetLine("2029-30", BigDecimal.ZERO),
                new BudgetLine("2030-31", BigDecimal.ZERO));
        RefreshResult r = run(List.of(A.of("L1", "Laptop").bought("2022-06-01").build()), "0", 5, budget);
        assertThat(r.smoothed().moves()).isEmpty();
        assertThat(r.smoothed().yearsOverCap())
                .extracting(y -> y.year().label())
                .containsExactly("2030-31");
        // A second laptop, L2, due in 2030-31 only (bought 01/06/2026): L1 (2nd) has the most claim (same due date,
        // earlier tag) but cannot move. Nor can L2 take 2026-27's room: a laptop bought there would fall due again in
        // 2030-31, inside the plan, with no repeat planned for it (a review found the smoothed total then dropped a
        // replacement the plan needs). Nothing moves.
        r = run(
                List.of(
                        A.of("L1", "Laptop").bought("2022-06-01").build(),
                        A.of("L2", "Laptop").bought("2026-06-01").build()),
                "0",
                5,
                budget);
        assertThat(r.smoothed().moves()).isEmpty();
    }

    @Test
    void labelsSayWhichReplacementItIs() {
        assertThat(PlanItem.ordinal(2)).isEqualTo("2nd");
        assertThat(PlanItem.ordinal(3)).isEqualTo("3rd");
        assertThat(PlanItem.ordinal(4)).isEqualTo("4th");
        assertThat(PlanItem.ordinal(11)).isEqualTo("11th");
        assertThat(PlanItem.ordinal(12)).isEqualTo("12th");
        assertThat(PlanItem.ordinal(21)).isEqualTo("21st");
        PlanItem first = new PlanItem(
                "A-0012",
                "Laptop",
                null,
                LocalDate.of(2026, 6, 1),
                0,
                new BigDecimal("600"),
                BigDecimal.ZERO,
                3,
                1,
                4,
                DueBy.POLICY,
                null);
        PlanItem second = new PlanItem(
                "A-0012",
                "Laptop",
                null,
                LocalDate.of(2030, 6, 1),
                4,
                new BigDecimal("600"),
                BigDecimal.ZERO,
                0,
                2,
                4,
                DueBy.POLICY,
                null);
        assertThat(first.label()).isEqualTo("A-0012");
        assertThat(second.label()).isEqualTo("A-0012 (2nd)");
    }
}
