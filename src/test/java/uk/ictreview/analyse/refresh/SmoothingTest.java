package uk.ictreview.analyse.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.BudgetLine;
import uk.ictreview.model.Incident;

/** Hand-worked smoothing cases. Period end 22/07/2026, April years: plan years 2026-27 (0) to 2030-31 (4). */
class SmoothingTest {
    static RefreshResult run(List<Asset> assets, List<BudgetLine> budget, List<Incident> calls) {
        return run(assets, budget, calls, 5);
    }

    static RefreshResult run(List<Asset> assets, List<BudgetLine> budget, List<Incident> calls, int horizon) {
        return RefreshAnalysis.analyse(
                new AssetRegister(assets, List.of(), budget),
                RefreshAnalysisTest.END,
                Month.APRIL,
                horizon,
                calls,
                BigDecimal.ONE);
    }

    static List<String> costs(RefreshResult r) {
        return r.smoothed().years().stream().map(y -> y.cost().toPlainString()).toList();
    }

    @Test
    void aSpikeIsDeferredIntoLaterHeadroomUpToTwoYearsKeepingTheMostIncidentProne() {
        // Ten Chromebooks (£300, 4 years) bought 01/09/2022, due 01/09/2026 in year 0. A four-year plan (2026-27 to
        // 2029-30), so that their repeats (01/09/2030) fall after it and this case is about the grace alone: plan
        // 3000, 0, 0, 0. Level = 3000 / 4 = 750. Year 0 defers the least claim first (no calls, then the latest tag:
        // C9, C8, ...), each into the earliest later year whose headroom takes £300, within year 0 + 2: C9 and C8 fill
        // year 1 (headroom 750 takes two), C6 and C5 year 2; nothing else fits before year 2's grace ends, so the
        // other six stay in year 0: 1800, 600, 600, 0. Year 0 stays over its cap; years 1 and 2 are never filled past
        // it, and year 3 is beyond the grace. C3 and C7 have calls, so they are never the least claim.
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            assets.add(A.of("C" + i, "Chromebook").bought("2022-09-01").build());
        }
        List<Incident> calls = List.of(A.call("1", "C3", "2026-05-01"), A.call("2", "C7", "2026-05-02"));
        RefreshResult r = run(assets, List.of(), calls, 4);
        assertThat(r.years())
                .extracting(y -> y.cost().toPlainString())
                .containsExactly("3000.00", "0.00", "0.00", "0.00");
        assertThat(r.levelAnnualBudget()).isEqualByComparingTo("750.00");
        assertThat(costs(r)).containsExactly("1800.00", "600.00", "600.00", "0.00");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            if (r.smoothed().placement().get(i) == 0) {
                kept.add(r.items().get(i).tag());
            }
        }
        assertThat(kept).containsExactlyInAnyOrder("C0", "C1", "C2", "C3", "C4", "C7");
        assertThat(r.smoothed().moves())
                .extracting(m -> m.item().tag() + " " + m.to().label())
                .containsExactlyInAnyOrder("C9 2027-28", "C8 2027-28", "C6 2028-29", "C5 2028-29");
        assertThat(r.smoothed().yearsOverCap())
                .extracting(y -> y.year().label())
                .containsExactly("2026-27");
        // Risk: 2 devices deferred one year, 2 deferred two years: 4 devices, 2 + 2 x 2 = 6 device-years.
        assertThat(r.smoothed().deferredUnits()).isEqualTo(4);
        assertThat(r.smoothed().deviceYearsDeferred()).isEqualTo(6);
        assertThat(r.smoothed().maxYearsDeferred()).isEqualTo(2);
    }

    @Test
    void anOverdueDeviceDeferredRunsPastItsLifeFromItsDueYearNotFromTheYearItMoved() {
        // Two Desktops (5 years, replacement cost £300) bought 01/06/2020, due 01/06/2025 in 2025-26: overdue,
        // planned in year 0 (2026-27), and due again 5 years after 01/04/2026, beyond the plan. Budget £300 in each
        // year, so year 0 (£600) defers one: O1 (same claim, the later tag) into 2027-28, the latest it may go (two
        // years after 2025-26). It moved 1 year but runs 2 past its life.
        List<Asset> assets = List.of(
                A.of("O0", "Desktop")
                        .bought("2020-06-01")
                        .replacementCost("300.00")
                        .build(),
                A.of("O1", "Desktop")
                        .bought("2020-06-01")
                        .replacementCost("300.00")
                        .build());
        List<BudgetLine> budget = new ArrayList<>();
        for (String y : List.of("2026-27", "2027-28", "2028-29", "2029-30", "2030-31")) {
            budget.add(new BudgetLine(y, new BigDecimal("300.00")));
        }
        RefreshResult r = run(assets, budget, List.of());
        assertThat(costs(r)).containsExactly("300.00", "300.00", "0.00", "0.00", "0.00");
        assertThat(r.smoothed().moves())
                .extracting(m -> m.item().label() + " " + m.to().label() + " moved " + m.years() + " past life "
                        + m.yearsPastLife())
                .containsExactly("O1 2027-28 moved 1 past life 2");
        assertThat(r.smoothed().deviceYearsDeferred()).isEqualTo(2);
        assertThat(r.smoothed().maxYearsDeferred()).isEqualTo(2);
    }

    @Test
    void aReplacementWithItsRepeatInThePlanIsNeverMovedSoTheyStayALifetimeApart() {
        // The same two overdue devices as Chromebooks (£300, 4 years): replaced in 2026-27 and due again 4 years
        // after 01/04/2026, in 2030-31. Deferring O1 to 2027-28 would leave its repeat 3 years after it, and
        // bringing a repeat forward from 2030-31 would do the same: so nothing moves, and 2026-27 and 2030-31
        // stay over their £300 budget.
        List<Asset> assets = List.of(
                A.of("O0", "Chromebook").bought("2021-06-01").build(),
                A.of("O1", "Chromebook").bought("2021-06-01").build());
        List<BudgetLine> budget = new ArrayList<>();
        for (String y : List.of("2026-27", "2027-28", "2028-29", "2029-30", "2030-31")) {
            budget.add(new BudgetLine(y, new BigDecimal("300.00")));
        }
        RefreshResult r = run(assets, budget, List.of());
        assertThat(r.smoothed().moves()).isEmpty();
        assertThat(costs(r)).containsExactly("600.00", "0.00", "0.00", "0.00", "600.00");
    }

    @Test
    void aLastYearSpikeIsBroughtForwardIntoEarlierHeadroom() {
        // Five Chromebooks due 01/06/2030 in year 4 (bought 01/06/2026): plan 0, 0, 0, 0, 1500; level 300.
        // Year 4 cannot defer; pass 2 brings one forward into each of years 3, 2, 1 (the latest with headroom), but
        // not into year 0: a 4-year device bought there would fall due again in year 4, inside the plan, with no
        // repeat planned for it. So year 4 stays at 600, over its cap.
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            assets.add(A.of("C" + i, "Chromebook").bought("2026-06-01").build());
        }
        RefreshResult r = run(assets, List.of(), List.of());
        assertThat(costs(r)).containsExactly("0.00", "300.00", "300.00", "300.00", "600.00");
        assertThat(r.smoothed().broughtForwardUnits()).isEqualTo(3);
        assertThat(r.smoothed().deferredUnits()).isZero();
        assertThat(r.smoothed().yearsOverCap())
                .extracting(y -> y.year().label())
                .containsExactly("2030-31");
    }

    @Test
    void theBudgetIsTheCapWhereGivenAndTheMostOverdueKeepTheirPlace() {
        // Overdue O1 (bought 2019, due 2023: year -3, pinned in year 0), O2 (due 01/05/2025, year -1, may go to
        // year 1) and D1 due 01/05/2026 (year 0, may go to year 2), all Laptops at £600. Budget 2026-27 = £1,200:
        // plan year 0 costs £1,800. The other years' cap is the level, 1800 / 5 = 360, which no £600 laptop fits:
        // nothing moves and year 0 stays over its budget, rather than pushing D1 over the cap of a later year.
        // A four-year plan (to 2029-30), so that the laptops' repeats (2030-31) fall after it: level 1800 / 4 = 450.
        List<Asset> assets = List.of(
                A.of("O1", "Laptop").bought("2019-05-01").build(),
                A.of("O2", "Laptop").bought("2021-05-01").build(),
                A.of("D1", "Laptop").bought("2022-05-01").build());
        RefreshResult r = run(assets, List.of(new BudgetLine("2026-27", new BigDecimal("1200.00"))), List.of(), 4);
        assertThat(r.smoothed().years().get(0).cap()).isEqualByComparingTo("1200.00");
        assertThat(r.smoothed().years().get(0).capIsBudget()).isTrue();
        assertThat(r.smoothed().years().get(1).cap()).isEqualByComparingTo("450.00");
        assertThat(r.smoothed().years().get(1).capIsBudget()).isFalse();
        assertThat(costs(r)).containsExactly("1800.00", "0.00", "0.00", "0.00");
        assertThat(r.smoothed().moves()).isEmpty();
        assertThat(r.smoothed().yearsOverCap())
                .extracting(y -> y.year().label())
                .containsExactly("2026-27");
        // With a 2027-28 budget of £600 (level still 1800 / 4 = 450 for the rest): both O2 and D1 fit year 1's
        // headroom of £600; D1 has the least claim (latest due), so it moves, and year 0 is then at its £1,200.
        r = run(
                assets,
                List.of(
                        new BudgetLine("2026-27", new BigDecimal("1200.00")),
                        new BudgetLine("2027-28", new BigDecimal("600.00"))),
                List.of(),
                4);
        assertThat(costs(r)).containsExactly("1200.00", "600.00", "0.00", "0.00");
        assertThat(r.smoothed().moves()).singleElement().satisfies(m -> {
            assertThat(m.item().tag()).isEqualTo("D1");
            assertThat(m.from().label()).isEqualTo("2026-27");
            assertThat(m.to().label()).isEqualTo("2027-28");
        });
        assertThat(r.smoothed().yearsOverCap()).isEmpty();
    }

    @Test
    void movesAreRepricedForTheYearTheyLandIn() {
        // With +10% a year (policy sheet), two £1,000 Servers due in year 0 against a 2026-27 budget of £1,000, a
        // 2027-28 budget of £1,000 and a 2028-29 budget of £1,210. S2 is due later, so it moves. Re-priced it costs
        // 1000 x 1.1 = 1100.00 in year 1, which is over that year's £1,000 headroom (at the plan's price it would
        // have fitted), and 1000 x 1.21 = 1210.00 in year 2, exactly its headroom: it lands in year 2.
        // A 5-year life, so neither falls due again within the plan (a replacement whose repeat is in the plan is
        // never moved: that would leave the repeat less than a lifetime after it).
        var policy =
                List.of(new uk.ictreview.model.LifecyclePolicy("Server", 5, new BigDecimal("1000.00"), BigDecimal.TEN));
        RefreshResult r = RefreshAnalysis.analyse(
                new AssetRegister(
                        List.of(
                                A.of("S1", "Server").bought("2021-05-01").build(),
                                A.of("S2", "Server").bought("2021-06-01").build()),
                        policy,
                        List.of(
                                new BudgetLine("2026-27", new BigDecimal("1000.00")),
                                new BudgetLine("2027-28", new BigDecimal("1000.00")),
                                new BudgetLine("2028-29", new BigDecimal("1210.00")))),
                LocalDate.of(2026, 7, 22),
                Month.APRIL,
                5,
                List.of(),
                BigDecimal.ONE);
        assertThat(r.smoothed().moves()).singleElement().satisfies(m -> {
            assertThat(m.item().tag()).isEqualTo("S2");
            assertThat(m.to().label()).isEqualTo("2028-29");
            assertThat(m.costBefore()).isEqualByComparingTo("1000.00");
            assertThat(m.costAfter()).isEqualByComparingTo("1210.00");
        });
        assertThat(costs(r)).containsExactly("1000.00", "0.00", "1210.00", "0.00", "0.00");
        assertThat(r.smoothed().total()).isEqualByComparingTo("2210.00");
    }
}
