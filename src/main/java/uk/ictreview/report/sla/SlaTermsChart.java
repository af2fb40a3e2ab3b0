package uk.ictreview.report.sla;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.TermFigures;
import uk.ictreview.analyse.sla.TermHistory;
import uk.ictreview.report.Format;
import uk.ictreview.report.charts.Chart;

/**
 * Share resolved within target per term: a dark point for the share with its value above its range, a light bar
 * for its 95% range, the goal as a dashed line, all named in the legend; the same greys, fonts and size as the section's other
 * charts (drawn at 480 points, so its 9-point text stays readable when the page scrolls it at phone width).
 */
final class SlaTermsChart {
    private static final String SHARE = "Resolved within target (%)";
    private static final String RANGE = "95% range";
    private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 9);

    private SlaTermsChart() {}

    static Chart of(TermHistory h, BigDecimal goal) {
        List<TermFigures> terms = h.terms();
        int n = terms.size();
        String[] keys = new String[n];
        Number[][] low = new Number[1][n];
        Number[][] high = new Number[1][n];
        DefaultCategoryDataset share = new DefaultCategoryDataset();
        List<CategoryTextAnnotation> labels = new ArrayList<>();
        StringBuilder alt = new StringBuilder(
                "Share of calls resolved within target per term, against a goal of " + Format.pct(goal) + ":");
        for (int i = 0; i < n; i++) {
            TermFigures t = terms.get(i);
            SlaFigures f = t.overall();
            keys[i] = SlaTerms.label(t, t == h.current());
            low[0][i] = f.resolutionMetPctLow();
            high[0][i] = f.resolutionMetPctHigh();
            share.addValue(f.resolutionMetPct(), SHARE, keys[i]);
            if (f.resolutionMetPct() != null) {
                // Above the range's top, so neither the goal line nor the range bar crosses the figure.
                labels.add(label(keys[i], f));
            }
            alt.append(' ')
                    .append(keys[i])
                    .append(' ')
                    .append(Format.pct(f.resolutionMetPct()))
                    .append(" (95% range ")
                    .append(Format.interval(f.resolutionMetPctLow(), f.resolutionMetPctHigh()))
                    .append(");");
        }
        DefaultIntervalCategoryDataset ranges =
                new DefaultIntervalCategoryDataset(new String[] {RANGE}, keys, low, high);
        CategoryPlot plot = new CategoryPlot(ranges, new CategoryAxis(), new NumberAxis(), rangeBars());
        plot.setDataset(1, share);
        plot.setRenderer(1, points());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(LABEL);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(LABEL);
        double bottom = bottom(terms, goal);
        range.setRange(bottom, 104);
        range.setTickUnit(new NumberTickUnit(100 - bottom > 40 ? 20 : 5));
        labels.forEach(plot::addAnnotation);
        plot.addRangeMarker(new ValueMarker(goal.doubleValue(), Color.BLACK, SlaCharts.dashed()));
        plot.setFixedLegendItems(legend(goal));
        JFreeChart chart = new JFreeChart(
                "% resolved within target, term by term", new Font("DejaVu Sans", Font.BOLD, 11), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(LABEL);
        return new Chart("sla-terms", alt.toString(), chart, SlaCharts.WIDTH, SlaCharts.HEIGHT);
    }

    /**
     * The axis starts 5 points below the lowest range or the goal, in fives (0 at the lowest): the ranges of a few
     * hundred calls span a few points, which on a 0-100 axis would be too thin to see. The chart has no bars
     * standing on the axis, so a cut axis does not make one term look many times another.
     */
    static double bottom(List<TermFigures> terms, BigDecimal goal) {
        double low = goal.doubleValue();
        for (TermFigures t : terms) {
            BigDecimal l = t.overall().resolutionMetPctLow();
            if (l != null) {
                low = Math.min(low, l.doubleValue());
            }
        }
        return Math.max(0, Math.floor((low - 5) / 5) * 5);
    }

    private static CategoryTextAnnotation label(String key, SlaFigures f) {
        CategoryTextAnnotation a = new CategoryTextAnnotation(
                Format.pct(f.resolutionMetPct()), key, f.resolutionMetPctHigh().doubleValue() + 0.6);
        a.setFont(LABEL);
        a.setPaint(Color.BLACK);
        a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
        return a;
    }

    private static IntervalBarRenderer rangeBars() {
        IntervalBarRenderer r = new IntervalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, SlaCharts.LIGHT);
        r.setMaximumBarWidth(0.06);
        r.setDefaultItemLabelsVisible(false);
        return r;
    }

    /** The shares as dark points joined by a thin line. */
    private static LineAndShapeRenderer points() {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, SlaCharts.DARK);
        r.setSeriesStroke(0, new BasicStroke(1f));
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        return r;
    }

    private static LegendItemCollection legend(BigDecimal goal) {
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(SHARE, null, null, null, new Ellipse2D.Double(-4, -4, 8, 8), SlaCharts.DARK));
        legend.add(new LegendItem(RANGE, null, null, null, new Rectangle2D.Double(-3, -5, 6, 10), SlaCharts.LIGHT));
        legend.add(SlaCharts.goalLegend(goal));
        return legend;
    }
}
