package uk.ictreview.report.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.text.TextUtils;
import org.jfree.data.category.CategoryDataset;

/**
 * A bar's value label drawn as an annotation, on a white box: a plot draws its annotations after its foreground
 * markers, so a goal line crossing the label's place runs under the box, never through the figure (the trust
 * comparison's goal line once cut through a bar's label, issue 12).
 */
public final class BoxedLabel extends CategoryTextAnnotation {
    private static final long serialVersionUID = 1L;
    /** White space round the text, in points. */
    private static final double PAD = 1.0;

    public BoxedLabel(String text, Comparable<?> category, double value) {
        super(text, category, value);
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D area, CategoryAxis domain, ValueAxis range) {
        CategoryDataset data = plot.getDataset();
        int index = data.getColumnIndex(getCategory());
        PlotOrientation o = plot.getOrientation();
        double cat = domain.getCategoryJava2DCoordinate(
                getCategoryAnchor(),
                index,
                data.getColumnCount(),
                area,
                Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), o));
        double val =
                range.valueToJava2D(getValue(), area, Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), o));
        float x = (float) (o == PlotOrientation.HORIZONTAL ? val : cat);
        float y = (float) (o == PlotOrientation.HORIZONTAL ? cat : val);
        g2.setFont(getFont());
        Shape s = TextUtils.calculateRotatedStringBounds(
                getText(), g2, x, y, getTextAnchor(), getRotationAngle(), getRotationAnchor());
        if (s != null) {
            Rectangle2D b = s.getBounds2D();
            g2.setPaint(Color.WHITE);
            g2.fill(new Rectangle2D.Double(
                    b.getX() - PAD, b.getY() - PAD, b.getWidth() + 2 * PAD, b.getHeight() + 2 * PAD));
        }
        super.draw(g2, plot, area, domain, range);
    }
}
