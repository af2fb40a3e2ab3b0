package uk.ictreview.report.refresh;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.refresh.ScheduleYear;
import uk.ictreview.analyse.refresh.TypeSummary;
import uk.ictreview.report.Format;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.charts.ChartRenderer;
import uk.ictreview.report.charts.Hatching;
import uk.ictreview.report.charts.LabelsOnTop;

/**
 * The section's charts, readable in greyscale: plan and smoothed bars in dark and light grey with black outlines,
 * the budget as a solid black line with square markers and the level budget as a dashed line; age bands as
 * four greys from white (new) to dark (old), every second band hatched.
 */
final class RefreshCharts {
    private static final Color DARK = new Color(0x404040);
    private static final Color LIGHT = new Color(0xC0C0C0);

    private RefreshCharts() {}

    static List<Chart> of(RefreshResult r) {
        return List.of(costPerYear(r), ageProfile(r));
    }

    static Chart costPerYear(RefreshResult r) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset lines = new DefaultCategoryDataset();
        boolean many = r.horizonYears() > MANY_YEARS;
        for (int k = 0; k < r.horizonYears(); k++) {
            PlanYear p = r.years().get(k);
            ScheduleYear s = r.smoothed().years().get(k);
            String year = yearLabel(p.year().label(), many);
            bars.addValue(p.cost(), "Plan", year);
            bars.addValue(s.cost(), "Smoothed", year);
            if (r.budgetGiven()) {
                lines.addValue(p.budget(), "Budget", year);
            }
            lines.addValue(r.levelAnnualBudget(), "Level annual budget", year);
        }
        CategoryPlot plot = plot(bars, "Cost per year");
        BarRenderer br = barRenderer(new BarRenderer(), List.of(DARK, LIGHT));
        valueLabels(br, many);
        // Room above the tallest bar for its label: an upright "£453k" needs about 32 of the ~170 points of plot.
        plot.getRangeAxis().setUpperMargin(many ? 0.25 : 0.12);
        plot.setRenderer(br);
        plot.setDataset(1, lines);
        LineAndShapeRenderer lr = new LineAndShapeRenderer(true, true);
        int level = r.budgetGiven() ? 1 : 0;
        for (int i = 0; i <= level; i++) {
            lr.setSeriesPaint(i, Color.BLACK);
            lr.setSeriesStroke(
                    i,
                    i == level
                            ? new BasicStroke(
                                    1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                            : new BasicStroke(2f));
        }
        lr.setSeriesShapesVisible(level, false);
        if (r.budgetGiven()) {
            // Each year's budget is its own level, so a wide black tick per year rather than a joined-up line.
            lr.setSeriesLinesVisible(0, false);
            // As wide as the year's pair of bars at most, so it never spans a neighbouring year's low bars.
            double w = budgetTickWidth(r.horizonYears());
            lr.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-w / 2, -1.5, w, 3));
        }
        plot.setRenderer(1, lr);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // A small bar's label sits where a budget tick or the level line may run: draw the labels last, on white.
        LabelsOnTop.apply(plot, br);
        String alt = "Bar chart of replacement cost per financial year, plan and smoothed schedule side by side, with "
                + (r.budgetGiven() ? "the budget as a black tick per year and " : "") + "the level annual budget of "
                + Format.pounds(r.levelAnnualBudget())
                + " as a dashed line. " + altYears(r);
        return new Chart("refresh-cost-per-year", alt, chart(plot), 480, 230);
    }

    /** Above this many years the bars are narrow: value labels turn upright and year labels are shortened. */
    static final int MANY_YEARS = 6;

    /** "2026-27", or "26-27" when the years are many, so ten of them fit under the bars without "20…". */
    static String yearLabel(String label, boolean many) {
        return many && label.length() == 7 ? label.substring(2) : label;
    }

    /**
     * The budget tick's width in points: 0.7 of a year's share of the ~380-point plot, at most 44 (five years).
     * Ten years: 0.7 x 38 = 26.6.
     */
    static double budgetTickWidth(int years) {
        return Math.min(44, 0.7 * 380.0 / years);
    }

    /**
     * Each bar's cost written above it in short form ("£453k"), so a first-year spike that squeezes the other bars
     * still leaves their values readable; none on an empty bar. Upright when the years are many and narrow.
     */
    private static void valueLabels(BarRenderer br, boolean upright) {
        br.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Number v = dataset.getValue(row, column);
                return v == null || v.doubleValue() == 0 ? null : Format.shortMoney(new BigDecimal(v.toString()));
            }
        });
        br.setDefaultItemLabelsVisible(true);
        // Clear of the budget tick (4 units high) drawn across a bar whose top is at the budget.
        br.setItemLabelAnchorOffset(6);
        br.setDefaultItemLabelFont(new Font(ChartRenderer.FONT_FAMILY, Font.PLAIN, 9));
        br.setDefaultPositiveItemLabelPosition(
                upright
                        ? new ItemLabelPosition(
                                ItemLabelAnchor.OUTSIDE12, TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }

    private static String altYears(RefreshResult r) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < r.horizonYears(); k++) {
            s.append(r.years().get(k).year().label())
                    .append(": plan ")
                    .append(Format.pounds(r.years().get(k).cost()))
                    .append(", smoothed ")
                    .append(Format.pounds(r.smoothed().years().get(k).cost()))
                    .append(". ");
        }
        return s.toString().trim();
    }

    static Chart ageProfile(RefreshResult r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TypeSummary t : UnknownTypes.grouped(r)) {
            for (int b = 0; b < RefreshResult.AGE_BANDS.size(); b++) {
                data.addValue(t.ageBands().get(b), RefreshResult.AGE_BANDS.get(b) + " years", t.type());
            }
        }
        CategoryPlot plot = plot(data, "Devices");
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        StackedBarRenderer ages = Hatching.stacked(ageLooks(RefreshResult.AGE_BANDS.size()));
        ages.setShadowVisible(false);
        ages.setDrawBarOutline(true);
        ages.setMaximumBarWidth(0.12);
        ages.setDefaultOutlinePaint(Color.BLACK);
        ages.setAutoPopulateSeriesOutlinePaint(false);
        plot.setRenderer(ages);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        String alt = "Stacked bar chart of devices per type by age in whole years at " + Format.longDate(r.periodEnd())
                + ", in greys from white (new) to black (7 years or more), every second band of years hatched.";
        JFreeChart c = chart(plot);
        // The eight bands as one column on the right, rather than a legend that wraps under the chart.
        c.getLegend().setPosition(RectangleEdge.RIGHT);
        return new Chart(
                "refresh-age-profile",
                alt,
                c,
                480,
                Math.max(150, 50 + 13 * UnknownTypes.grouped(r).size()));
    }

    /** The greys of the age bands, new to old: white, light, mid, dark, each about a quarter of the range apart. */
    static final Color[] AGE_GREYS = {Color.WHITE, new Color(0xC4C4C4), new Color(0x8C8C8C), new Color(0x505050)};

    /**
     * The age bands' looks, darker with age: four greys (white, light, mid, dark), plain for the first band of each
     * pair and hatched for the second, and the oldest band solid black: 0-1 white, 1-2 white hatched, 2-3 light,
     * ..., 6-7 dark, 7+ black. The oldest band is never hatched: hatched dark with white lines it read as 1-2's
     * hatched white, in print and in the legend (issue 12). Hatch lines are black on the light greys and white on
     * the dark one, so they show.
     */
    static List<Hatching.Look> ageLooks(int bands) {
        List<Hatching.Look> looks = new java.util.ArrayList<>();
        for (int b = 0; b < bands; b++) {
            if (b == bands - 1 && bands > 2) {
                looks.add(new Hatching.Look(Color.BLACK, false, Color.BLACK));
                continue;
            }
            Color fill = AGE_GREYS[Math.min(AGE_GREYS.length - 1, b / 2)];
            looks.add(new Hatching.Look(fill, b % 2 == 1, fill.getRed() < 0x80 ? Color.WHITE : Color.BLACK));
        }
        return looks;
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, String rangeLabel) {
        NumberAxis range = new NumberAxis(rangeLabel);
        if (rangeLabel.startsWith("Cost")) {
            NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
            f.setMaximumFractionDigits(0);
            range.setNumberFormatOverride(f);
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), range, null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xB0B0B0));
        plot.setOutlineVisible(false);
        return plot;
    }

    private static <R extends BarRenderer> R barRenderer(R r, List<? extends Paint> paints) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setMaximumBarWidth(0.12);
        for (int i = 0; i < paints.size(); i++) {
            r.setSeriesPaint(i, paints.get(i));
            r.setSeriesOutlinePaint(i, Color.BLACK);
        }
        return r;
    }

    private static JFreeChart chart(CategoryPlot plot) {
        JFreeChart c = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        c.setBackgroundPaint(Color.WHITE);
        c.getLegend().setBackgroundPaint(Color.WHITE);
        // The legend at the size of the charts' own labels (JFreeChart's default is larger, and read as a heading).
        c.getLegend().setItemFont(new Font(ChartRenderer.FONT_FAMILY, Font.PLAIN, 9));
        return c;
    }
}
