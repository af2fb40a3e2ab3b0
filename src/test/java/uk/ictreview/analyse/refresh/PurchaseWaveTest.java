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
 * A school like the example one: a steady 8 laptops a year since 2022, plus a one-off wave of 90 Chromebooks bought
 * in September 2024 for a 1:1 scheme. The wave falls due in 2028-29, the middle of the plan, and must show as the
 * plan's spike, which the smoothed schedule flattens to the level budget by deferring part of it into 2029-30 and
 * 2030-31 and bringing part of it forward into 2026-27 and 2027-28.
 */
class PurchaseWaveTest {
    @Test
    void theWaveIsASpikeInThePlanAndIsFlattenedBySmoothing() {
        List<Asset> assets = new ArrayList<>();
        for (int year = 2022; year <= 2026; year++) {
            for (int i = 0; i < 8; i++) {
                assets.add(A.of("L" + year + "-" + i, "Laptop")
                        .bought(LocalDate.of(year, 5, 1 + i))
                        .build());
            }
        }
        for (int i = 0; i < 90; i++) {
            assets.add(A.of("CB" + i, "Chromebook")
                    .bought(LocalDate.of(2024, 9, 1).plusDays(i % 20))
                    .build());
        }
        RefreshResult r = RefreshAnalysis.analyse(
                new AssetRegister(assets, List.of(), List.of()),
                LocalDate.of(2026, 7, 22),
                Month.APRIL,
                5,
                List.of(),
                BigDecimal.ONE);
        // Plan: laptops (4 years) bought May 2022..2026 fall due May 2026..2030, 8 x £600 = £4,800 in each year; the
        // wave (4 years) falls due 1-20/09/2028 and adds 90 x £300 = £27,000 to 2028-29.
        // Total 5 x 4,800 + 27,000 = 51,000, level 10,200. (Laptops at £600, two Chromebooks' worth, so that whole
        // devices can fill each year's headroom exactly: with £650 desktops the greedy ends £200 over in one year.)
        assertThat(r.years())
                .extracting(y -> y.cost().toPlainString())
                .containsExactly("4800.00", "4800.00", "31800.00", "4800.00", "4800.00");
        assertThat(r.levelAnnualBudget()).isEqualByComparingTo("10200.00");
        // By hand. Pass 1, 2028-29 (31,800, 21,600 over): the least claim defers first, the Chromebooks (due in
        // September, after the laptops' May), each into the earliest later year whose headroom takes £300: 2029-30
        // takes 18 (headroom 10,200 - 4,800 = 5,400), 2030-31 takes 18 (5,400), both then exactly at the level.
        // Nothing else fits (a Chromebook may not go past 2030-31 anyway): 2028-29 = 31,800 - 10,800 = 21,000.
        // Pass 2, 2028-29 (10,800 over): the most claim is brought forward first, the 8 laptops due May 2028, into
        // the latest earlier year with headroom: 2027-28 (5,400) takes them, 4,800, leaving 600; then Chromebooks,
        // earliest due first: 2 into 2027-28 (600), 18 into 2026-27 (5,400). 2028-29 = 21,000 - 4,800 - 600 - 5,400
        // = 10,200. Every year at the level: 10,200 each, the flattest schedule 51,000 over five years allows.
        assertThat(r.smoothed().years())
                .extracting(y -> y.cost().toPlainString())
                .containsExactly("10200.00", "10200.00", "10200.00", "10200.00", "10200.00");
        BigDecimal planPeak = r.years().stream()
                .map(PlanYear::cost)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        BigDecimal smoothPeak = r.smoothed().years().stream()
                .map(ScheduleYear::cost)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(planPeak).isEqualByComparingTo("31800.00");
        assertThat(smoothPeak).isEqualByComparingTo(r.levelAnnualBudget());
        assertThat(r.smoothed().yearsOverCap()).isEmpty();
        // 36 Chromebooks deferred (18 one year, 18 two years: 18 + 36 = 54 device-years); 8 laptops and 20
        // Chromebooks brought forward.
        assertThat(r.smoothed().deferredUnits()).isEqualTo(36);
        assertThat(r.smoothed().deviceYearsDeferred()).isEqualTo(54);
        assertThat(r.smoothed().maxYearsDeferred()).isEqualTo(2);
        assertThat(r.smoothed().broughtForwardUnits()).isEqualTo(28);
        assertThat(r.smoothed().moves())
                .filteredOn(m -> m.item().type().equals("Laptop"))
                .extracting(m -> m.from().label() + " -> " + m.to().label())
                .hasSize(8)
                .containsOnly("2028-29 -> 2027-28");
        assertThat(r.smoothed().total()).isEqualByComparingTo(r.totalCost());
    }
}
