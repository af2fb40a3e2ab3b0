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
 * A school like the example one: a steady 8 laptops a year since 2022, plus a one-off wave of 94 Chromebooks bought
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
        for (int i = 0; i < 94; i++) {
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
        // Plan: laptops (4 years) bought May 2022..2026 fall due May 2026..2030, 8 x £600 = £4,800 in each year, and
        // those replaced in May 2026 fall due again in May 2030: another £4,800 in 2030-31. The wave (4 years) falls
        // due 1-20/09/2028 and adds 94 x £300 = £28,200 to 2028-29 (its repeats, September 2032, are after the plan).
        // Total 6 x 4,800 + 28,200 = 57,000, level 11,400. (94 Chromebooks and laptops at £600, two Chromebooks'
        // worth, so that whole devices can fill each year's headroom exactly: with 90 the level is £11,160 and the
        // greedy ends £240 over in 2028-29.)
        assertThat(r.years())
                .extracting(y -> y.cost().toPlainString())
                .containsExactly("4800.00", "4800.00", "33000.00", "4800.00", "9600.00");
        assertThat(r.levelAnnualBudget()).isEqualByComparingTo("11400.00");
        // By hand. Pass 1, 2028-29 (33,000, 21,600 over): the least claim defers first, the Chromebooks (due in
        // September, after the laptops' May), each into the earliest later year whose headroom takes £300: 2029-30
        // takes 22 (headroom 11,400 - 4,800 = 6,600), 2030-31 takes 6 (11,400 - 9,600 = 1,800), both then exactly at
        // the level. Nothing else fits: 2028-29 = 33,000 - 8,400 = 24,600.
        // Pass 2, 2030-31 and 2029-30 are at the level; 2028-29 (13,200 over): the most claim is brought forward
        // first, the 8 laptops due May 2028, into the latest earlier year with headroom: 2027-28 (6,600) takes them,
        // 4,800, leaving 1,800; then Chromebooks, earliest due first: 6 into 2027-28 (1,800). 2026-27 has 6,600 of
        // room but takes nothing: a 4-year device bought there would fall due again in 2030-31, inside the plan,
        // with no repeat planned for it. 2028-29 = 24,600 - 4,800 - 1,800 = 18,000, still over the level, but the
        // peak falls from 33,000 to 18,000.
        assertThat(r.smoothed().years())
                .extracting(y -> y.cost().toPlainString())
                .containsExactly("4800.00", "11400.00", "18000.00", "11400.00", "11400.00");
        BigDecimal planPeak = r.years().stream()
                .map(PlanYear::cost)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        BigDecimal smoothPeak = r.smoothed().years().stream()
                .map(ScheduleYear::cost)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(planPeak).isEqualByComparingTo("33000.00");
        assertThat(smoothPeak).isEqualByComparingTo("18000.00");
        assertThat(r.smoothed().yearsOverCap())
                .extracting(y -> y.year().label())
                .containsExactly("2028-29");
        // 28 Chromebooks deferred (22 one year, 6 two years: 22 + 12 = 34 device-years); 8 laptops and 6
        // Chromebooks brought forward. The laptops' repeats stay in 2030-31.
        assertThat(r.smoothed().deferredUnits()).isEqualTo(28);
        assertThat(r.smoothed().deviceYearsDeferred()).isEqualTo(34);
        assertThat(r.smoothed().maxYearsDeferred()).isEqualTo(2);
        assertThat(r.smoothed().broughtForwardUnits()).isEqualTo(14);
        assertThat(r.smoothed().moves())
                .filteredOn(m -> m.item().type().equals("Laptop"))
                .extracting(m -> m.from().label() + " -> " + m.to().label())
                .hasSize(8)
                .containsOnly("2028-29 -> 2027-28");
        assertThat(r.smoothed().total()).isEqualByComparingTo(r.totalCost());
    }
}
