package uk.ictreview.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Diagonal hatching on chosen series of a bar chart, drawn as plain vector lines (no texture paint, which neither
 * the SVG nor the PDF renderer keeps as vectors), on the bars and on their legend squares alike. With it four
 * well-spaced greys give eight series that still read apart in greyscale.
 */
public final class Hatching {
    /** Space between hatch lines, in points. */
    static final double GAP = 5;

    private Hatching() {}

    /** One series' look: its fill and, when {@code hatched}, the colour of the lines across it. */
    public record Look(Color fill, boolean hatched, Color lines) {}

    /** A stacked bar renderer that fills each series with its look's grey and hatches the hatched ones. */
    public static StackedBarRenderer stacked(List<Look> looks) {
        StackedBarRenderer r = new StackedBarRenderer() {
            @Override
            public LegendItem getLegendItem(int datasetIndex, int series) {
                LegendItem item = super.getLegendItem(datasetIndex, series);
                if (item != null && series < looks.size() && looks.get(series).hatched()) {
                    Rectangle2D box = new Rectangle2D.Double(-4, -4, 8, 8);
                    Path2D shape = new Path2D.Double(box);
                    for (Line2D l : lines(box)) {
                        shape.append(l, false);
                    }
                    item.setShape(shape);
                    item.setOutlinePaint(looks.get(series).lines());
                }
                return item;
            }
        };
        r.setBarPainter(new StandardBarPainter() {
            @Override
            public void paintBar(
                    Graphics2D g2, BarRenderer br, int row, int column, RectangularShape bar, RectangleEdge base) {
                super.paintBar(g2, br, row, column, bar, base);
                if (row < looks.size() && looks.get(row).hatched()) {
                    Paint old = g2.getPaint();
                    g2.setPaint(looks.get(row).lines());
                    g2.setStroke(new BasicStroke(0.7f));
                    for (Line2D l : lines(bar.getFrame())) {
                        g2.draw(l);
                    }
                    g2.setPaint(old);
                    // The outline again, over the ends of the hatch lines.
                    g2.setPaint(br.getItemOutlinePaint(row, column));
                    g2.setStroke(br.getItemOutlineStroke(row, column));
                    g2.draw((Shape) bar);
                }
            }
        });
        for (int i = 0; i < looks.size(); i++) {
            r.setSeriesPaint(i, looks.get(i).fill());
        }
        return r;
    }

    /**
     * Lines rising at 45 degrees, {@link #GAP} apart, cut to the rectangle by hand (no clip, which the renderers
     * treat differently).
     */
    static List<Line2D> lines(Rectangle2D r) {
        List<Line2D> out = new ArrayList<>();
        double x0 = r.getMinX(), x1 = r.getMaxX(), y0 = r.getMinY(), y1 = r.getMaxY();
        // Each line is x + y = k; k runs over the rectangle's corners' range.
        for (double k = x0 + y0 + GAP; k < x1 + y1; k += GAP) {
            double xs = Math.max(x0, k - y1);
            double xe = Math.min(x1, k - y0);
            if (xe > xs) {
                out.add(new Line2D.Double(xs, k - xs, xe, k - xe));
            }
        }
        return out;
    }
}
