package uk.ictreview.report.sla;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.ictreview.analyse.sla.Backlog;
import uk.ictreview.analyse.sla.PeriodFigures;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.WeeklyVolume;
import uk.ictreview.report.charts.Chart;

/**
 * The section's three charts, drawn to read in greyscale: shades of grey that differ clearly, value labels on
 * the bars, a dashed black line for targets and trends, a white background.
 */
final class SlaCharts {
  static final Color DARK = new Color(0x40, 0x40, 0x40);
  static final Color LIGHT = new Color(0xB0, 0xB0, 0xB0);
  static final int WIDTH = 480;
  static final int HEIGHT = 260;
  private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 9);

  private SlaCharts() {}

  static List<Chart> all(PeriodFigures f, BigDecimal goal) {
    List<Chart> out = new ArrayList<>();
    out.add(metByPriority(f, goal));
    out.add(callsPerWeek(f.weekly()));
    out.add(backlog(f.backlog()));
    return out;
  }

  static Chart metByPriority(PeriodFigures f, BigDecimal goal) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    StringBuilder alt = new StringBuilder("Percentage of calls resolved within target, per priority, against a goal of "
        + goal.toPlainString() + "%:");
    List<SlaFigures> rows = new ArrayList<>(f.byPriority());
    rows.add(f.overall());
    for (SlaFigures p : rows) {
      int judged = p.resolutionMet() + p.resolutionBreached();
      ds.addValue(p.resolutionMetPct(), "Resolved within target (%)", p.priority() + " (" + judged + " judged)");
      alt.append(' ').append(p.priority()).append(' ').append(Fmt.pct(p.resolutionMetPct())).append(';');
    }
    JFreeChart chart = barChart(ds, "% resolved within target", false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.getRenderer().setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 105);
    ValueMarker m = new ValueMarker(goal.doubleValue(), Color.BLACK, dashed());
    m.setLabel("Goal " + goal.toPlainString() + "%");
    m.setLabelFont(LABEL);
    m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    plot.addRangeMarker(m);
    return new Chart("sla-met-by-priority", alt.toString(), chart, WIDTH, HEIGHT);
  }

  static Chart callsPerWeek(WeeklyVolume w) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset trend = new DefaultCategoryDataset();
    List<SlaRows.WeekRow> weeks = SlaRows.WeekRow.of(w);
    for (int i = 0; i < weeks.size(); i++) {
      SlaRows.WeekRow r = weeks.get(i);
      String key = weeks.size() > 52 ? r.weekStarting() : r.weekStarting().substring(0, 5);
      bars.addValue(r.whole() ? r.calls() : null, "Calls (whole week)", key);
      bars.addValue(r.whole() ? null : r.calls(), "Calls (part week)", key);
      if (w.hasTrend()) {
        trend.addValue(w.trendAt(i), "Trend (whole weeks)", key);
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
    if (w.hasTrend()) {
      LineAndShapeRenderer line = new LineAndShapeRenderer(true, false);
      line.setSeriesPaint(0, Color.BLACK);
      line.setSeriesStroke(0, dashed());
      plot.setDataset(1, trend);
      plot.setRenderer(1, line);
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }
    String alt = "Calls logged per week over " + weeks.size() + " weeks"
        + (w.hasTrend() ? ", trend " + w.slopePerWeek().toPlainString() + " calls per week"
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
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    String alt = "Open calls at the period end by age: 0-7 days " + b.days0to7() + ", 8-30 days " + b.days8to30()
        + ", 31-90 days " + b.days31to90() + ", over 90 days " + b.daysOver90();
    return new Chart("sla-backlog-ageing", alt, chart, WIDTH, HEIGHT);
  }

  private static JFreeChart barChart(DefaultCategoryDataset ds, String title, boolean legend) {
    CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(), new BarRenderer());
    style((BarRenderer) plot.getRenderer());
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
    plot.setOutlineVisible(false);
    plot.getDomainAxis().setTickLabelFont(LABEL);
    plot.getRangeAxis().setTickLabelFont(LABEL);
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
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.#")));
    r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    r.setDefaultItemLabelFont(LABEL);
    r.setDefaultItemLabelsVisible(true);
  }

  private static BasicStroke dashed() {
    return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
  }
}
