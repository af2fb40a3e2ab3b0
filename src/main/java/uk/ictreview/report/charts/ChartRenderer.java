package uk.ictreview.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/**
 * Draws a {@link Chart} as an inline SVG element for the HTML report, or onto any Graphics2D (the PDF renderer
 * hands it a vector PdfGraphics2D, so charts in the pack are vector graphics, never bitmaps).
 */
public final class ChartRenderer {
    /** The font every chart uses, so the HTML and the PDF charts look alike. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private ChartRenderer() {}

    /**
     * The chart as an {@code <svg>} element with a {@code role="img"} and a {@code <title>} holding the alt text.
     * The SVG scales to the width of its container (viewBox), so it reads on a phone.
     */
    public static String svg(Chart c) {
        SVGGraphics2D g = new SVGGraphics2D(c.width(), c.height(), SVGUnits.PT);
        g.setDefsKeyPrefix(c.id() + "-");
        draw(c, g);
        String body = g.getSVGElement(c.id(), false, null, null, null);
        String head = body.substring(0, body.indexOf('>') + 1);
        String rest = body.substring(body.indexOf('>') + 1);
        String opening = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-"
                + c.id()
                + "\" role=\"img\" aria-labelledby=\"chart-"
                + c.id()
                + "-title\" viewBox=\"0 0 "
                + c.width()
                + " "
                + c.height()
                + "\" class=\"chart\">";
        String title = "<title id=\"chart-" + c.id() + "-title\">" + escape(c.alt()) + "</title>";
        assert head.startsWith("<svg");
        return opening + title + rest;
    }

    /** Draws the chart into the area (0, 0, width, height) of the graphics. */
    public static void draw(Chart c, Graphics2D g) {
        c.chart().setAntiAlias(true);
        c.chart().setTextAntiAlias(true);
        applyFont(c.chart());
        c.chart().draw(g, new Rectangle2D.Double(0, 0, c.width(), c.height()));
        g.dispose();
    }

    private static void applyFont(JFreeChart chart) {
        if (chart.getTitle() != null) {
            Font f = chart.getTitle().getFont();
            chart.getTitle().setFont(new Font(FONT_FAMILY, f.getStyle(), f.getSize()));
        }
    }

    /**
     * A small bar chart of made-up figures with the parts the report's charts use (two series, item labels, a
     * dashed goal line, a legend), for warming up: drawing it once loads and compiles the chart and font code on
     * the spare core before the school's own charts are made (see docs/performance.md). Never in a report.
     */
    public static Chart sample() {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        String[] weeks = {"Week 1", "Week 2", "Week 3", "Week 4"};
        for (int i = 0; i < weeks.length; i++) {
            ds.addValue(80 + 3 * i, "Resolved", weeks[i]);
            ds.addValue(70 + 5 * i, "Responded", weeks[i]);
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        bars.setDefaultItemLabelsVisible(true);
        Font label = new Font(FONT_FAMILY, Font.PLAIN, 9);
        bars.setDefaultItemLabelFont(label);
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis("Week"), new NumberAxis("%"), bars);
        plot.getDomainAxis().setTickLabelFont(label);
        plot.getRangeAxis().setTickLabelFont(label);
        ValueMarker goal = new ValueMarker(
                90,
                Color.BLACK,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        plot.addRangeMarker(goal);
        JFreeChart chart = new JFreeChart("Sample", new Font(FONT_FAMILY, Font.BOLD, 11), plot, true);
        chart.getLegend().setItemFont(label);
        return new Chart("warm-up", "A sample chart", chart, 240, 140);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
