package uk.ictreview.report.trust;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.ictreview.report.charts.BoxedLabel;
import uk.ictreview.report.charts.Chart;

/**
 * The comparison's chart: each school's share of calls resolved within target, one bar across per school, with
 * the goal as a dashed line when every school has the same goal. Drawn to read in greyscale, like the packs'.
 */
final class TrustChart {
    // Mid grey, so the black dashed goal line shows where it crosses a bar.
    private static final Color DARK = new Color(0x8A, 0x8A, 0x8A);
    private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 9);
    private static final int WIDTH = 480;

    private TrustChart() {}

    /** Why a school has no bar: "no calls" in the period, or "no call judged yet"; null when it has a bar. */
    static String noBar(SchoolRow.Figures f) {
        if (f.metPct() != null) {
            return null;
        }
        return f.calls() == 0 ? "no calls" : "no call judged yet";
    }

    static Chart metBySchool(List<SchoolRow> built) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        StringBuilder alt = new StringBuilder("Percentage of calls resolved within target, per school:");
        for (SchoolRow r : built) {
            SchoolRow.Figures f = r.figures();
            ds.addValue(f.metPct(), "Resolved within target (%)", r.label());
            alt.append(' ')
                    .append(r.label())
                    .append(' ')
                    .append(noBar(f) == null ? TrustReport.pct(f.metPct()) : noBar(f))
                    .append(';');
        }
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(), new BarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(LABEL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(LABEL);
        range.setRange(0, 109);
        range.setTickUnit(new NumberTickUnit(20));
        range.setLabel("% of calls resolved within target");
        range.setLabelFont(LABEL);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, DARK);
        bars.setMaximumBarWidth(0.35);
        // Each bar's value beside its end, on a white box drawn after the goal line (BoxedLabel), so the line
        // never cuts through a figure; a little clear of the bar: 1 point of the 0-109 scale.
        for (SchoolRow r : built) {
            if (r.figures().metPct() != null) {
                BoxedLabel label = new BoxedLabel(
                        r.figures()
                                .metPct()
                                .setScale(1, java.math.RoundingMode.HALF_UP)
                                .toPlainString(),
                        r.label(),
                        r.figures().metPct().doubleValue() + 1);
                label.setFont(LABEL);
                label.setTextAnchor(TextAnchor.CENTER_LEFT);
                label.setCategoryAnchor(org.jfree.chart.axis.CategoryAnchor.MIDDLE);
                plot.addAnnotation(label);
            }
        }
        List<String> goals = built.stream()
                .map(r -> r.figures().goalPct().toPlainString())
                .distinct()
                .toList();
        if (goals.size() == 1) {
            ValueMarker goal = new ValueMarker(
                    Double.parseDouble(goals.get(0)),
                    Color.BLACK,
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            plot.addRangeMarker(goal, org.jfree.chart.ui.Layer.FOREGROUND);
            alt.append(" goal ").append(goals.get(0)).append('%');
        }
        for (SchoolRow r : built) {
            String none = noBar(r.figures());
            if (none != null) {
                // No bar to label: say why beside the school's name, where its bar would start.
                CategoryTextAnnotation note = new CategoryTextAnnotation(none, r.label(), 1);
                note.setFont(LABEL);
                note.setTextAnchor(TextAnchor.CENTER_LEFT);
                note.setCategoryAnchor(org.jfree.chart.axis.CategoryAnchor.MIDDLE);
                plot.addAnnotation(note);
            }
        }
        JFreeChart chart = new JFreeChart(
                "% resolved within target, by school", new Font("DejaVu Sans", Font.BOLD, 11), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        if (goals.size() == 1) {
            // Named under the title rather than on the line, where it would sit on the first school's bar.
            chart.addSubtitle(new TextTitle("Dashed line: the goal, " + goals.get(0) + "%", LABEL));
        }
        int height = 70 + 26 * Math.max(1, built.size());
        return new Chart("trust-met-by-school", alt.toString(), chart, WIDTH, height);
    }
}
