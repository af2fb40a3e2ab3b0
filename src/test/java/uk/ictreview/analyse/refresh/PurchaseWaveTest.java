package uk.ictreview.analyse.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;

/**
 * A school like the example one: a steady 8 desktops a year since 2021, plus a one-off wave of 90 Chromebooks bought in
 * September 2023 for a 1:1 scheme. The wave falls due in 2027-28 and must show as the plan's spike, which the
 * smoothed schedule flattens by spreading it over 2027-28 to 2029-30 and bringing some forward.
 */
class PurchaseWaveTest {
  @Test
  void theWaveIsASpikeInThePlanAndIsFlattenedBySmoothing() {
    List<Asset> assets = new ArrayList<>();
    for (int year = 2021; year <= 2026; year++) {
      for (int i = 0; i < 8; i++) {
        assets.add(A.of("D" + year + "-" + i, "Desktop").bought(LocalDate.of(year, 5, 1 + i)).build());
      }
    }
    for (int i = 0; i < 90; i++) {
      assets.add(A.of("CB" + i, "Chromebook").bought(LocalDate.of(2023, 9, 1).plusDays(i % 20)).build());
    }
    RefreshResult r = RefreshAnalysis.analyse(new AssetRegister(assets, List.of(), List.of()),
        LocalDate.of(2026, 7, 22), Month.APRIL, 5, List.of(), BigDecimal.ONE);
    // Plan: desktops bought May 2021..2025 due May 2026..2030 (those of 2026 fall due after the horizon) (8 x £650 = £5,200 a year); the wave adds
    // 90 x £300 = £27,000 to 2027-28. Total 5 x 5,200 + 27,000 = 53,000, level 10,600.
    assertThat(r.years()).extracting(y -> y.cost().toPlainString())
        .containsExactly("5200.00", "32200.00", "5200.00", "5200.00", "5200.00");
    assertThat(r.levelAnnualBudget()).isEqualByComparingTo("10600.00");
    BigDecimal planPeak = r.years().stream().map(PlanYear::cost).max(Comparator.naturalOrder()).orElseThrow();
    BigDecimal smoothPeak = r.smoothed().years().stream().map(ScheduleYear::cost).max(Comparator.naturalOrder()).orElseThrow();
    assertThat(smoothPeak).isLessThan(planPeak);
    // Every cap cannot be met: Chromebooks may not go past 2029-30 (due 2027-28 + 2), so 2030-31 holds at most
    // the 16 desktops (£10,400) and 2026-27 to 2029-30 must carry at least 53,000 - 10,400 = 42,600 > 4 x 10,600.
    assertThat(smoothPeak).isLessThan(planPeak.divide(BigDecimal.valueOf(2)));
    assertThat(r.smoothed().years()).extracting(y -> y.cost().toPlainString())
        .containsExactly("10400.00", "10600.00", "10500.00", "11100.00", "10400.00");
    // By hand: 2027-28 keeps its 8 desktops and the 18 earliest-due Chromebooks (10,600) and defers 72. 2028-29
    // (5,200 + 21,600) defers its own desktops first (due later, less claim), then 37 Chromebooks: 10,500.
    // 2029-30 (5,200 + 5,200 + 11,100) defers both sets of desktops to 2030-31 and keeps the 37 pinned
    // Chromebooks (11,100, over). 2030-31 (15,600) brings the 8 desktops due 2028-29 forward into 2026-27's
    // headroom of 5,400: 10,400 each.
    assertThat(r.smoothed().total()).isEqualByComparingTo(r.totalCost());
  }
}
