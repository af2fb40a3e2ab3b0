package uk.ictreview.report.sla;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.ictreview.analyse.sla.Backlog;
import uk.ictreview.analyse.sla.PeriodFigures;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.WeeklyVolume;
import uk.ictreview.report.Format;
import uk.ictreview.report.charts.Chart;

/**
 * The section's three charts, drawn to read in greyscale: shades of grey that differ clearly, value labels on
 * the bars, a dashed black line for targets and trends, a white background.
 */
final class SlaCharts {
    static final Color DARK = new Color(0x40, 0x40, 0x40);
    static final Color LIGHT = new Color(0xB0, 0xB0, 0xB0);
    private static final String BARS = "Resolved within target (%)";
    private static final String RESPONSE = "Responded within target (%)";
    static final String PART_WEEK = "Calls (part week, not in the trend)";
    static final int WIDTH = 480;
    static final int HEIGHT = 250;
    /** The backlog has four bars: drawn across, in a short chart. */
    static final int BACKLOG_HEIGHT = 150;
    /** Room above the tallest bar for its value label. */
    static final double HEADROOM = 0.12;

    private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 9);

    private SlaCharts() {}

    /** {@code labels}: the axis label of each priority, then of the overall row ("P1 Critical", ..., "All"). */
    static List<Chart> all(PeriodFigures f, List<String> labels, BigDecimal goal) {
        List<Chart> out = new ArrayList<>();
        out.add(metByPriority(f, labels, goal));
        out.add(callsPerWeek(f.weekly()));
        out.add(backlog(f.backlog()));
        return out;
    }

    /**
     * Pairs of bars, % responded (light) and % resolved (dark) within target, one pair per priority and one for
     * all, under short labels (the counts are in the table); the goal is a dashed line named in the legend, so its
     * label never sits on a bar's value. The goal applies to resolution, which sets the status.
     */
    static Chart metByPriority(PeriodFigures f, List<String> labels, BigDecimal goal) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        StringBuilder alt = new StringBuilder("Percentage of calls responded to and resolved within target, per"
                + " priority, against a goal of " + Format.pct(goal) + ":");
        List<SlaFigures> rows = new ArrayList<>(f.byPriority());
        rows.add(f.overall());
        for (int i = 0; i < rows.size(); i++) {
            SlaFigures p = rows.get(i);
            ds.addValue(p.responseMetPct(), RESPONSE, labels.get(i));
            ds.addValue(p.resolutionMetPct(), BARS, labels.get(i));
            alt.append(' ')
                    .append(labels.get(i))
                    .append(' ')
                    .append(Format.pct(p.responseMetPct()))
                    .append(" responded, ")
                    .append(Format.pct(p.resolutionMetPct()))
                    .append(" resolved;");
        }
        JFreeChart chart = barChart(ds, "% responded to and resolved within target", true);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer pairs = (BarRenderer) plot.getRenderer();
        pairs.setSeriesPaint(0, LIGHT);
        pairs.setSeriesPaint(1, DARK);
        pairs.setMaximumBarWidth(0.07);
        pairs.setItemMargin(0.04);
        plot.getRenderer()
                .setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
                        "{2}", new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK))));
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 109);
        range.setTickUnit(new NumberTickUnit(20));
        plot.addRangeMarker(new ValueMarker(goal.doubleValue(), Color.BLACK, dashed()));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(RESPONSE, null, null, null, new Rectangle2D.Double(-4, -4, 8, 8), LIGHT));
        legend.add(new LegendItem(BARS, null, null, null, new Rectangle2D.Double(-4, -4, 8, 8), DARK));
        legend.add(goalLegend(goal));
        plot.setFixedLegendItems(legend);
        return new Chart("sla-met-by-priority", alt.toString(), chart, WIDTH, HEIGHT);
    }

    static Chart callsPerWeek(WeeklyVolume w) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset trend = new DefaultCategoryDataset();
        List<String> closed = new ArrayList<>();
        List<SlaRows.WeekRow> weeks = SlaRows.WeekRow.of(w);
        // The part-week series only when a part week has calls: a legend entry with no bar reads as a fault.
        boolean partWeeks = weeks.stream().anyMatch(r -> !r.inTrend() && r.calls() > 0);
        for (int i = 0; i < weeks.size(); i++) {
            SlaRows.WeekRow r = weeks.get(i);
            String key = weeks.size() > 52 ? r.weekStarting() : r.weekStarting().substring(0, 5);
            bars.addValue(r.inTrend() ? r.calls() : null, "Calls", key);
            if (partWeeks) {
                bars.addValue(r.inTrend() || r.calls() == 0 ? null : r.calls(), PART_WEEK, key);
            }
            if (r.closed()) {
                closed.add(key);
            }
            if (w.hasTrend()) {
                trend.addValue(w.trendAt(i), "Trend", key);
            }
        }
        JFreeChart chart = barChart(bars, "Calls logged per week (week starting)", true);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer stacked = new StackedBarRenderer();
        style(stacked);
        stacked.setSeriesPaint(1, LIGHT);
        plot.setRenderer(stacked);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Lift the word just clear of the axis line: 3% of the tallest week.
        double lift =
                0.03 * weeks.stream().mapToInt(SlaRows.WeekRow::calls).max().orElse(0);
        for (String key : closed) {
            plot.addAnnotation(closedLabel(key, lift));
        }
        if (w.hasTrend()) {
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, false);
            line.setSeriesPaint(0, Color.BLACK);
            line.setSeriesStroke(0, dashed());
            plot.setDataset(1, trend);
            plot.setRenderer(1, line);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        // The trend line passes through the bars' tops: their counts are drawn over it, on white.
        uk.ictreview.report.charts.LabelsOnTop.apply(plot, stacked);
        String alt = "Calls logged per week over " + weeks.size() + " weeks"
                + (closed.isEmpty() ? "" : ", " + closed.size() + " closed")
                + (w.hasTrend()
                        ? ", trend " + w.slopePerWeek().toPlainString() + " calls per week"
                        : ", too few weeks for a trend");
        return new Chart("sla-calls-per-week", alt, chart, WIDTH, HEIGHT);
    }

    static Chart backlog(Backlog b) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        String s = "Open calls";
        ds.addValue(b.days0to7(), s, "0-7 days");
        ds.addValue(b.days8to30(), s, "8-30 days");
        ds.addValue(b.days31to90(), s, "31-90 days");
        ds.addValue(b.daysOver90(), s, "Over 90 days");
        JFreeChart chart = barChart(ds, "Open calls at the period end, by age", false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setMaximumBarWidth(0.2);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        String alt = "Open calls at the period end by age: 0-7 days " + b.days0to7() + ", 8-30 days " + b.days8to30()
                + ", 31-90 days " + b.days31to90() + ", over 90 days " + b.daysOver90();
        return new Chart("sla-backlog-ageing", alt, chart, WIDTH, BACKLOG_HEIGHT);
    }

    private static JFreeChart barChart(DefaultCategoryDataset ds, String title, boolean legend) {
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(), new BarRenderer());
        style((BarRenderer) plot.getRenderer());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(LABEL);
        plot.getRangeAxis().setTickLabelFont(LABEL);
        plot.getRangeAxis().setUpperMargin(HEADROOM);
        JFreeChart chart = new JFreeChart(title, new Font("DejaVu Sans", Font.BOLD, 11), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        if (legend) {
            chart.getLegend().setItemFont(LABEL);
        }
        return chart;
    }

    private static void style(BarRenderer r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, DARK);
        r.setMaximumBarWidth(0.12);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
                "{2}", new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.UK))));
        r.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setDefaultItemLabelFont(LABEL);
        r.setDefaultItemLabelsVisible(true);
    }

    /** "closed" written upwards from the axis where a closed week's bar would be (no bar, so no "0"). */
    private static CategoryTextAnnotation closedLabel(String key, double lift) {
        CategoryTextAnnotation a = new CategoryTextAnnotation("closed", key, lift);
        a.setFont(new Font("DejaVu Sans", Font.ITALIC, 9));
        a.setPaint(Color.BLACK);
        a.setTextAnchor(TextAnchor.CENTER_LEFT);
        a.setRotationAnchor(TextAnchor.CENTER_LEFT);
        a.setRotationAngle(-Math.PI / 2);
        return a;
    }

    /** The dashed line the goal is drawn with, in every SLA chart. */
    static BasicStroke dashed() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    }

    /** The goal's legend entry (a dashed line, no box), the same in every SLA chart that draws the goal. */
    static LegendItem goalLegend(BigDecimal goal) {
        return new LegendItem(
                "Goal " + Format.pct(goal),
                null,
                null,
                null,
                false,
                new Rectangle2D.Double(-4, -4, 8, 8),
                false,
                Color.BLACK,
                false,
                Color.BLACK,
                dashed(),
                true,
                new Line2D.Double(-9, 0, 9, 0),
                dashed(),
                Color.BLACK);
    }
}
