package uk.ictreview.analyse.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.AssetStatus;
import uk.ictreview.model.BudgetLine;
import uk.ictreview.model.Incident;
import uk.ictreview.model.LifecyclePolicy;

/** Hand-worked cases. Period end 22/07/2026, April years, 5-year horizon: plan years 2026-27 to 2030-31. */
class RefreshAnalysisTest {
    static final LocalDate END = LocalDate.of(2026, 7, 22);

    static RefreshResult run(List<Asset> assets) {
        return run(new AssetRegister(assets, List.of(), List.of()), Month.APRIL, List.of());
    }

    static RefreshResult run(AssetRegister r, Month fy, List<Incident> calls) {
        return RefreshAnalysis.analyse(r, END, fy, 5, calls, new BigDecimal("1.5"));
    }

    static PlanItem item(RefreshResult r, String tag) {
        return r.items().stream().filter(i -> i.tag().equals(tag)).findFirst().orElseThrow();
    }

    @Test
    void dueOnFirstAndLastDayOfAnAprilYear() {
        // Laptops live 4 years. Bought 31/03/2022 -> due 31/03/2026, the last day of 2025-26: overdue.
        // Bought 01/04/2022 -> due 01/04/2026, the first day of 2026-27: year 0, not overdue.
        // Bought 31/03/2023 -> due 31/03/2027, last day of 2026-27: year 0. Bought 01/04/2023 -> 2027-28, year 1.
        RefreshResult r = run(List.of(
                A.of("L1", "Laptop").bought("2022-03-31").build(),
                A.of("L2", "Laptop").bought("2022-04-01").build(),
                A.of("L3", "Laptop").bought("2023-03-31").build(),
                A.of("L4", "Laptop").bought("2023-04-01").build()));
        assertThat(item(r, "L1").dueIndex()).isEqualTo(-1);
        assertThat(item(r, "L1").overdue()).isTrue();
        assertThat(item(r, "L2").dueIndex()).isZero();
        assertThat(item(r, "L2").overdue()).isFalse();
        assertThat(item(r, "L3").dueIndex()).isZero();
        assertThat(item(r, "L4").dueIndex()).isEqualTo(1);
        // Year 0: L1, L2, L3 at £600 = £1,800, of which the overdue backlog is L1, £600.
        assertThat(r.years().get(0).units()).isEqualTo(3);
        assertThat(r.years().get(0).cost()).isEqualByComparingTo("1800.00");
        assertThat(r.overdueUnits()).isEqualTo(1);
        assertThat(r.overdueCost()).isEqualByComparingTo("600.00");
        assertThat(r.years().get(1).year().label()).isEqualTo("2027-28");
        assertThat(r.years().get(1).cost()).isEqualByComparingTo("600.00");
    }

    @Test
    void dueOnFirstAndLastDayOfASeptemberYear() {
        // Period end 22/07/2026 lies in 2025-26 (01/09/2025 - 31/08/2026), so that is year 0.
        // Bought 31/08/2021 -> due 31/08/2025: overdue. 01/09/2021 -> 01/09/2025: year 0.
        // Bought 31/08/2022 -> due 31/08/2026: year 0. 01/09/2022 -> 01/09/2026: year 1 (2026-27).
        // Repeats, one 4-year life later: L1 (overdue, replaced from 01/09/2025) and L2 -> 01/09/2029, L3 ->
        // 31/08/2030, all in 2029-30 (year 4); L4 -> 01/09/2030, in 2030-31, after the plan.
        RefreshResult r = run(
                new AssetRegister(
                        List.of(
                                A.of("L1", "Laptop").bought("2021-08-31").build(),
                                A.of("L2", "Laptop").bought("2021-09-01").build(),
                                A.of("L3", "Laptop").bought("2022-08-31").build(),
                                A.of("L4", "Laptop").bought("2022-09-01").build()),
                        List.of(),
                        List.of()),
                Month.SEPTEMBER,
                List.of());
        assertThat(r.years().get(0).year().label()).isEqualTo("2025-26");
        assertThat(r.years()).extracting(PlanYear::units).containsExactly(3, 1, 0, 0, 3);
        assertThat(r.overdueUnits()).isEqualTo(1);
        assertThat(item(r, "L4").dueIndex()).isEqualTo(1);
    }

    @Test
    void leapDayPurchase() {
        // Bought 29/02/2024. Tablet (4 years) -> 29/02/2028, in 2027-28 (year 1). Desktop (5 years) -> 28/02/2029
        // (java's plusYears clamps to the month end), in 2028-29 (year 2).
        RefreshResult r = run(List.of(
                A.of("T1", "Tablet").bought("2024-02-29").build(),
                A.of("D1", "Desktop").bought("2024-02-29").build()));
        assertThat(item(r, "T1").due()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(item(r, "T1").dueIndex()).isEqualTo(1);
        assertThat(item(r, "D1").due()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(item(r, "D1").dueIndex()).isEqualTo(2);
    }

    @Test
    void replaceByAndReplacementCostOverrideThePolicy() {
        // L1 would be due 01/01/2029 (year 2) but Replace by 01/06/2026 puts it in year 0; its own cost £999.99
        // replaces the policy's £600. L2 has no purchase date but a Replace by, so it is planned.
        RefreshResult r = run(List.of(
                A.of("L1", "Laptop")
                        .bought("2025-01-01")
                        .replaceBy("2026-06-01")
                        .replacementCost("999.99")
                        .build(),
                A.of("L2", "Laptop").replaceBy("2028-05-01").build()));
        assertThat(item(r, "L1").dueIndex()).isZero();
        assertThat(r.years().get(0).cost()).isEqualByComparingTo("999.99");
        assertThat(item(r, "L2").dueIndex()).isEqualTo(2);
        assertThat(r.years().get(2).cost()).isEqualByComparingTo("600.00");
    }

    @Test
    void retiredAndDisposedAreLeftOutAndAssetsWithoutDatesAreListed() {
        RefreshResult r = run(List.of(
                A.of("L1", "Laptop")
                        .bought("2023-01-01")
                        .status(AssetStatus.RETIRED)
                        .build(),
                A.of("L2", "Laptop")
                        .bought("2023-01-01")
                        .status(AssetStatus.DISPOSED)
                        .build(),
                A.of("L3", "Laptop")
                        .bought("2023-01-01")
                        .status(AssetStatus.SPARE)
                        .build(),
                A.of("L4", "Laptop").status(AssetStatus.IN_REPAIR).build()));
        // L3 is due 01/01/2027 (2026-27) and its replacement again 01/01/2031 (2030-31).
        assertThat(r.items()).extracting(PlanItem::label).containsExactly("L3", "L3 (2nd)");
        assertThat(r.notPlannedNoDate()).containsExactly("L4");
        assertThat(r.plannedDevices()).isEqualTo(2);
    }

    @Test
    void unknownTypeUsesItsOwnCostFiveYearsAndNoPriceChange() {
        // Visualiser is not in the policy: life 5 years, so bought 01/05/2022 -> due 01/05/2027, year 1; cost is its
        // own Cost £120.00 with 0% change even though the policy sheet gives Laptops +3%. V2 has a Replacement cost.
        // V3 has neither cost: not planned.
        List<LifecyclePolicy> policy =
                List.of(new LifecyclePolicy("Laptop", 4, new BigDecimal("600.00"), new BigDecimal("3")));
        RefreshResult r = run(
                new AssetRegister(
                        List.of(
                                A.of("V1", "Visualiser")
                                        .bought("2022-05-01")
                                        .cost("120.00")
                                        .build(),
                                A.of("V2", "visualiser")
                                        .bought("2022-05-01")
                                        .cost("120.00")
                                        .replacementCost("150.00")
                                        .build(),
                                A.of("V3", "Visualiser").bought("2022-05-01").build()),
                        policy,
                        List.of()),
                Month.APRIL,
                List.of());
        assertThat(r.unknownTypes()).containsExactly("Visualiser");
        assertThat(r.years().get(1).cost()).isEqualByComparingTo("270.00");
        assertThat(r.years().get(1).byType()).containsExactly(new TypeCost("Visualiser", 2, new BigDecimal("270.00")));
        assertThat(r.notPlannedNoCost()).containsExactly("V3");
        assertThat(r.defaultPolicy()).isFalse();
    }

    @Test
    void typeMatchingIgnoresCaseAndSpacing() {
        RefreshResult r =
                run(List.of(A.of("S1", " network  SWITCH").bought("2020-01-01").build()));
        // Network switch: 7 years, £1,200: due 01/01/2027, in 2026-27.
        assertThat(r.unknownTypes()).isEmpty();
        assertThat(item(r, "S1").type()).isEqualTo("Network switch");
        assertThat(r.years().get(0).cost()).isEqualByComparingTo("1200.00");
    }

    @Test
    void priceChangeCompoundsOverFiveYearsToThePenny() {
        // Laptop £600 at +3%: year k costs 600 x 1.03^k = 600.00, 618.00, 636.54, 655.6362 -> 655.64,
        // 675.305286 -> 675.31. The policy change also applies to an own Replacement cost: £333.33 at +3% in year 4
        // = 333.33 x 1.12550881 = 375.16585... -> 375.17. L0, due 01/06/2026, is replaced again 4 years later,
        // 01/06/2030, in year 4 at 675.31 too: year 4 = 675.31 + 375.17 + 675.31 = 1725.79.
        List<LifecyclePolicy> policy =
                List.of(new LifecyclePolicy("Laptop", 4, new BigDecimal("600.00"), new BigDecimal("3")));
        RefreshResult r = run(
                new AssetRegister(
                        List.of(
                                A.of("L0", "Laptop").bought("2022-06-01").build(),
                                A.of("L1", "Laptop").bought("2023-06-01").build(),
                                A.of("L2", "Laptop").bought("2024-06-01").build(),
                                A.of("L3", "Laptop").bought("2025-06-01").build(),
                                A.of("L4", "Laptop").bought("2026-06-01").build(),
                                A.of("L5", "Laptop")
                                        .bought("2026-06-01")
                                        .replacementCost("333.33")
                                        .build()),
                        policy,
                        List.of()),
                Month.APRIL,
                List.of());
        assertThat(r.years())
                .extracting(y -> y.cost().toPlainString())
                .containsExactly("600.00", "618.00", "636.54", "655.64", "1725.79");
        // total = 600 + 618 + 636.54 + 655.64 + 675.31 + 375.17 + 675.31 = 4235.97;
        // level = 4235.97 / 5 = 847.194 -> up 847.20
        assertThat(r.totalCost()).isEqualByComparingTo("4235.97");
        assertThat(r.levelAnnualBudget()).isEqualByComparingTo("847.20");
    }

    @Test
    void budgetGivesSurplusOrShortfallPerYear() {
        // Two laptops overdue (£1,200) against a 2026-27 budget of £1,000: a shortfall of £200. 2027-28 has no
        // budget. A budget line for 2040-41 is outside the horizon and listed.
        RefreshResult r = run(
                new AssetRegister(
                        List.of(
                                A.of("L1", "Laptop").bought("2020-01-01").build(),
                                A.of("L2", "Laptop").bought("2021-01-01").build()),
                        List.of(),
                        List.of(
                                new BudgetLine("2026-27", new BigDecimal("1000.00")),
                                new BudgetLine("2028/29", new BigDecimal("500.00")),
                                new BudgetLine("2040-41", new BigDecimal("1.00")))),
                Month.APRIL,
                List.of());
        assertThat(r.years().get(0).surplus()).isEqualByComparingTo("-200.00");
        assertThat(r.years().get(1).budget()).isNull();
        assertThat(r.years().get(2).surplus()).isEqualByComparingTo("500.00");
        assertThat(r.budgetYearsOutsideHorizon()).containsExactly("2040-41");
        assertThat(r.totalBudget()).isEqualByComparingTo("1500.00");
    }

    @Test
    void levelBudgetRoundsUpToThePenny() {
        // Unknown type with own cost £1,000.01 due in year 0: total 1000.01 / 5 = 200.002 -> 200.01.
        RefreshResult r = run(List.of(
                A.of("X1", "Gadget").bought("2021-06-01").cost("1000.01").build()));
        assertThat(r.levelAnnualBudget()).isEqualByComparingTo("200.01");
    }

    @Test
    void assetsDueAfterTheHorizonAreCountedNotPlanned() {
        // Network switch bought 01/04/2025 -> due 01/04/2032, in 2032-33, after 2030-31.
        RefreshResult r =
                run(List.of(A.of("S1", "Network switch").bought("2025-04-01").build()));
        assertThat(r.items()).isEmpty();
        assertThat(r.dueAfterHorizon()).isEqualTo(1);
        assertThat(r.totalCost()).isEqualByComparingTo("0.00");
    }

    @Test
    void callsInTheTwelveMonthsToThePeriodEndCount() {
        // Window 23/07/2025 - 22/07/2026: the calls of 22/07/2025 and 23/07/2026 fall outside. Tags match ignoring
        // case.
        List<Incident> calls = List.of(
                A.call("1", "l1", "2025-07-22"),
                A.call("2", "L1 ", "2025-07-23"),
                A.call("3", "L1", "2026-07-22"),
                A.call("4", "L1", "2026-07-23"),
                A.call("5", null, "2026-01-01"));
        RefreshResult r = run(
                new AssetRegister(
                        List.of(A.of("L1", "Laptop").bought("2022-01-01").build()), List.of(), List.of()),
                Month.APRIL,
                calls);
        assertThat(item(r, "L1").incidents()).isEqualTo(2);
    }

    @Test
    void moneyIsRoundedPerAssetPerYearAndAddsUpExactly() {
        // A Cable at £0.05 with +10% a year and a 1-year life, three bought 01/05/2026, due 01/05/2027 (year 1):
        // each costs 0.05 x 1.1 = 0.055 -> 0.06 (half-up), so the year costs 3 x 0.06 = 0.18, not round(0.165) = 0.17.
        // Two unknown-type items at 0.10 and 0.20 in year 0 add to exactly 0.30 (no binary floating point).
        // The cables recur every year: 01/05/2028, 2029, 2030 in years 2, 3, 4 at 0.05 x 1.1^k = 0.0605 -> 0.06,
        // 0.06655 -> 0.07, 0.073205 -> 0.07 each: 0.18, 0.21, 0.21. The widgets (5 years) recur in 2031-32, after
        // the plan. Total = 0.30 + 0.18 + 0.18 + 0.21 + 0.21 = 1.08.
        List<LifecyclePolicy> policy = List.of(new LifecyclePolicy("Cable", 1, new BigDecimal("0.05"), BigDecimal.TEN));
        RefreshResult r = run(
                new AssetRegister(
                        List.of(
                                A.of("C1", "Cable").bought("2026-05-01").build(),
                                A.of("C2", "Cable").bought("2026-05-01").build(),
                                A.of("C3", "Cable").bought("2026-05-01").build(),
                                A.of("X1", "Widget")
                                        .bought("2021-05-01")
                                        .cost("0.10")
                                        .build(),
                                A.of("X2", "Widget")
                                        .bought("2021-05-01")
                                        .cost("0.20")
                                        .build()),
                        policy,
                        List.of()),
                Month.APRIL,
                List.of());
        assertThat(r.years().get(1).cost().toPlainString()).isEqualTo("0.18");
        assertThat(r.years().get(0).cost().toPlainString()).isEqualTo("0.30");
        assertThat(r.years().subList(2, 5))
                .extracting(y -> y.cost().toPlainString())
                .containsExactly("0.18", "0.21", "0.21");
        assertThat(r.totalCost().toPlainString()).isEqualTo("1.08");
    }

    @Test
    void budgetYearsMatchByTheirStartYear() {
        // "2026" and "2026-2027" are both 2026-27 and add up; "2027/28" is 2027-28; "FY27" names no year.
        assertThat(Budgets.startYear("2026-2027")).isEqualTo(2026);
        assertThat(Budgets.startYear(" 2027/28 ")).isEqualTo(2027);
        assertThat(Budgets.startYear("FY27")).isNull();
        Budgets b = Budgets.of(
                List.of(
                        new BudgetLine("2026", new BigDecimal("100.00")),
                        new BudgetLine("2026-2027", new BigDecimal("50.50")),
                        new BudgetLine("2027/28", new BigDecimal("7")),
                        new BudgetLine("FY27", BigDecimal.ONE)),
                new FinancialYear(2026, Month.APRIL),
                3);
        assertThat(b.amounts().get(0)).isEqualByComparingTo("150.50");
        assertThat(b.amounts().get(1)).isEqualByComparingTo("7");
        assertThat(b.amounts().get(2)).isNull();
        assertThat(b.outside()).containsExactly("FY27");
    }
}
