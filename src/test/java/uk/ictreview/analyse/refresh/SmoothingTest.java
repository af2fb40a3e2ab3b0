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
    return RefreshAnalysis.analyse(new AssetRegister(assets, List.of(), budget), RefreshAnalysisTest.END,
        Month.APRIL, 5, calls, BigDecimal.ONE);
  }

  static List<String> costs(RefreshResult r) {
    return r.smoothed().years().stream().map(y -> y.cost().toPlainString()).toList();
  }

  @Test
  void aSpikeIsDeferredUpToTwoYearsKeepingTheMostIncidentProne() {
    // Ten Chromebooks (£300, 4 years) bought 01/09/2022, due 01/09/2026 in year 0: plan 3000, 0, 0, 0, 0.
    // Level = 3000 / 5 = 600. Year 0 keeps two (£600), defers eight to year 1; year 1 keeps two and defers six
    // to year 2, the furthest they may go (due year 0 + 2). Year 2 stays over its cap at £1,800: nothing in it can
    // move later, and no earlier year has headroom. C3 and C7 have calls, so they keep year 0.
    List<Asset> assets = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      assets.add(A.of("C" + i, "Chromebook").bought("2022-09-01").build());
    }
    List<Incident> calls = List.of(A.call("1", "C3", "2026-05-01"), A.call("2", "C7", "2026-05-02"));
    RefreshResult r = run(assets, List.of(), calls);
    assertThat(r.years()).extracting(y -> y.cost().toPlainString())
        .containsExactly("3000.00", "0.00", "0.00", "0.00", "0.00");
    assertThat(r.levelAnnualBudget()).isEqualByComparingTo("600.00");
    assertThat(costs(r)).containsExactly("600.00", "600.00", "1800.00", "0.00", "0.00");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < r.items().size(); i++) {
      if (r.smoothed().placement().get(i) == 0) {
        kept.add(r.items().get(i).tag());
      }
    }
    assertThat(kept).containsExactlyInAnyOrder("C3", "C7");
    assertThat(r.smoothed().yearsOverCap()).extracting(y -> y.year().label()).containsExactly("2028-29");
    // Risk: 2 devices deferred one year, 6 deferred two years: 8 devices, 2 + 12 = 14 device-years.
    assertThat(r.smoothed().deferredUnits()).isEqualTo(8);
    assertThat(r.smoothed().deviceYearsDeferred()).isEqualTo(14);
    assertThat(r.smoothed().maxYearsDeferred()).isEqualTo(2);
  }

  @Test
  void aLastYearSpikeIsBroughtForwardIntoEarlierHeadroom() {
    // Five Chromebooks due 01/06/2030 in year 4 (bought 01/06/2026): plan 0, 0, 0, 0, 1500; level 300.
    // Year 4 cannot defer; pass 2 brings one forward into each of years 3, 2, 1, 0 (the latest with headroom).
    List<Asset> assets = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      assets.add(A.of("C" + i, "Chromebook").bought("2026-06-01").build());
    }
    RefreshResult r = run(assets, List.of(), List.of());
    assertThat(costs(r)).containsExactly("300.00", "300.00", "300.00", "300.00", "300.00");
    assertThat(r.smoothed().broughtForwardUnits()).isEqualTo(4);
    assertThat(r.smoothed().deferredUnits()).isZero();
    assertThat(r.smoothed().yearsOverCap()).isEmpty();
  }

  @Test
  void theBudgetIsTheCapWhereGivenAndTheMostOverdueKeepTheirPlace() {
    // Overdue O1 (bought 2019, due 2023: year -3, pinned in year 0), O2 (due 01/05/2025, year -1) and D1 due
    // 01/05/2026 (year 0), all Laptops at £600. Budget 2026-27 = £1,200: plan year 0 costs £1,800, so the least
    // claim, D1 (latest due), moves to year 1 (cap: level = 1800 / 5 = 360, which D1 then exceeds: it goes on to
    // year 2, its last allowed year, and stays there over the cap).
    RefreshResult r = run(List.of(
            A.of("O1", "Laptop").bought("2019-05-01").build(),
            A.of("O2", "Laptop").bought("2021-05-01").build(),
            A.of("D1", "Laptop").bought("2022-05-01").build()),
        List.of(new BudgetLine("2026-27", new BigDecimal("1200.00"))), List.of());
    assertThat(r.smoothed().years().get(0).cap()).isEqualByComparingTo("1200.00");
    assertThat(r.smoothed().years().get(0).capIsBudget()).isTrue();
    assertThat(r.smoothed().years().get(1).cap()).isEqualByComparingTo("360.00");
    assertThat(costs(r)).containsExactly("1200.00", "0.00", "600.00", "0.00", "0.00");
    assertThat(r.smoothed().moves()).singleElement().satisfies(m -> {
      assertThat(m.item().tag()).isEqualTo("D1");
      assertThat(m.from().label()).isEqualTo("2026-27");
      assertThat(m.to().label()).isEqualTo("2028-29");
    });
  }

  @Test
  void movesAreRepricedForTheYearTheyLandIn() {
    // With +10% a year (policy sheet), a £1,000 Server deferred from year 0 to year 1 costs £1,100.00.
    var policy = List.of(new uk.ictreview.model.LifecyclePolicy("Server", 4, new BigDecimal("1000.00"), BigDecimal.TEN));
    RefreshResult r = RefreshAnalysis.analyse(new AssetRegister(List.of(
            A.of("S1", "Server").bought("2022-05-01").build(), A.of("S2", "Server").bought("2022-06-01").build()),
        policy, List.of(new BudgetLine("2026-27", new BigDecimal("1000.00")))), LocalDate.of(2026, 7, 22),
        Month.APRIL, 5, List.of(), BigDecimal.ONE);
    // S2 is due later, so it moves: 1000 x 1.1 = 1100.00. Year 1's cap is the level 2000 / 5 = 400, so it goes on
    // to year 2 at 1000 x 1.21 = 1210.00.
    assertThat(r.smoothed().moves()).singleElement().satisfies(m -> {
      assertThat(m.item().tag()).isEqualTo("S2");
      assertThat(m.costBefore()).isEqualByComparingTo("1000.00");
      assertThat(m.costAfter()).isEqualByComparingTo("1210.00");
    });
    assertThat(r.smoothed().total()).isEqualByComparingTo("2210.00");
  }
}
