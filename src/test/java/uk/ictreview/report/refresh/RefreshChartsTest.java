package uk.ictreview.report.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.refresh.RefreshAnalysis;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.report.charts.ChartRenderer;
import uk.ictreview.report.charts.Hatching;

class RefreshChartsTest {
    private static RefreshResult plan(int years) {
        var register = new AssetRegister(
                List.of(RefreshSectionTest.asset("L1", "Laptop", "2020-01-01", null)), List.of(), List.of());
        return RefreshAnalysis.analyse(
                register, LocalDate.of(2026, 7, 22), Month.APRIL, years, List.of(), BigDecimal.ONE);
    }

    @Test
    void tenYearsGetShortYearLabelsAndHeadroomForUprightValues() {
        CategoryPlot ten =
                (CategoryPlot) RefreshCharts.costPerYear(plan(10)).chart().getPlot();
        assertThat(ten.getCategories()).hasSize(10).startsWith("26-27").endsWith("35-36");
        assertThat(ten.getRangeAxis().getUpperMargin()).isEqualTo(0.25);
        // Six years or fewer keep the full label and flat values.
        CategoryPlot five =
                (CategoryPlot) RefreshCharts.costPerYear(plan(5)).chart().getPlot();
        assertThat(five.getCategories()).startsWith("2026-27");
        assertThat(five.getRangeAxis().getUpperMargin()).isEqualTo(0.12);
        // The alt text keeps the full years.
        assertThat(RefreshCharts.costPerYear(plan(10)).alt()).contains("2035-36: plan");
    }

    @Test
    void theBudgetTickIsNoWiderThanAYearsBars() {
        // 0.7 x 380 / 5 = 53.2, capped at 44; 0.7 x 380 / 10 = 26.6; 0.7 x 380 / 3 = 88.7, capped.
        assertThat(RefreshCharts.budgetTickWidth(5)).isEqualTo(44.0);
        assertThat(RefreshCharts.budgetTickWidth(10)).isEqualTo(26.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(RefreshCharts.budgetTickWidth(3)).isEqualTo(44.0);
    }

    @Test
    void theEightAgeBandsUseFourGreysEachPlainThenHatchedAndTheOldestSolidBlack() {
        List<Hatching.Look> looks = RefreshCharts.ageLooks(RefreshResult.AGE_BANDS.size());
        assertThat(looks).hasSize(8);
        // 0-1 white, 1-2 white hatched, 2-3 light, 3-4 light hatched, 4-5 mid, 5-6 mid hatched, 6-7 dark, 7+ black:
        // the oldest no longer hatched dark, which read as 1-2's hatched white (issue 12 point 8).
        assertThat(looks.stream().map(Hatching.Look::fill).distinct()).hasSize(5);
        assertThat(looks.stream().map(Hatching.Look::hatched))
                .containsExactly(false, true, false, true, false, true, false, false);
        assertThat(looks.get(7).fill()).isEqualTo(Color.BLACK);
        // The plain greys darker with age, each at least 0x38 (56 of 255) below the one before, so no two read
        // alike in greyscale: FF, C4, 8C, 50, 00.
        for (int i = 2; i < looks.size(); i += 2) {
            assertThat(looks.get(i - 2).fill().getRed() - looks.get(i).fill().getRed())
                    .isGreaterThanOrEqualTo(0x38);
        }
        assertThat(looks.get(6).fill().getRed() - looks.get(7).fill().getRed()).isGreaterThanOrEqualTo(0x50);
        // Black lines on the light greys, where hatching is drawn.
        assertThat(looks.get(1).lines()).isEqualTo(Color.BLACK);
        assertThat(looks.get(5).lines()).isEqualTo(Color.BLACK);
    }

    @Test
    void theHatchingIsDrawnAsVectorLines() {
        String svg = ChartRenderer.svg(RefreshCharts.ageProfile(plan(5)));
        // The one laptop (bought 01/01/2020) is 6 at 22/07/2026: band 6-7, dark and plain, so its bar has no
        // hatch; the legend's four hatched squares do.
        assertThat(svg).contains("<line").contains("7+ years");
    }
}
