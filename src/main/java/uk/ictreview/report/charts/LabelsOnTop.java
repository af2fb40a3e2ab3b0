package uk.ictreview.report.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.category.CategoryDataset;

/**
 * Bar value labels drawn last, each on a white box, so that a line drawn over the bars (a budget, a level budget,
 * a trend) never runs through a label or hides it. The bars' dataset is added once more as the plot's last
 * dataset, with a renderer that paints no bar, only the labels; the bars' own renderer stops drawing them.
 */
public final class LabelsOnTop {
    /** White space round a label's text, in points. */
    private static final double PAD = 1.0;

    private LabelsOnTop() {}

    /** Moves the item labels of the plot's dataset 0 (drawn by {@code bars}) above everything else. */
    public static void apply(CategoryPlot plot, BarRenderer bars) {
        BarRenderer labels = bars instanceof StackedBarRenderer ? new StackedLabels() : new Labels();
        labels.setBarPainter(NO_BAR);
        labels.setShadowVisible(false);
        labels.setMaximumBarWidth(bars.getMaximumBarWidth());
        labels.setItemMargin(bars.getItemMargin());
        labels.setDefaultItemLabelGenerator(bars.getDefaultItemLabelGenerator());
        labels.setDefaultItemLabelFont(bars.getDefaultItemLabelFont());
        labels.setDefaultItemLabelPaint(bars.getDefaultItemLabelPaint());
        labels.setDefaultPositiveItemLabelPosition(bars.getDefaultPositiveItemLabelPosition());
        labels.setItemLabelAnchorOffset(bars.getItemLabelAnchorOffset());
        labels.setDefaultItemLabelsVisible(true);
        labels.setDefaultSeriesVisibleInLegend(false);
        for (int i = 0; i < plot.getDataset(0).getRowCount(); i++) {
            labels.setSeriesVisibleInLegend(i, false);
        }
        bars.setDefaultItemLabelsVisible(false);
        int index = plot.getDatasetCount();
        // A copy, not the same object: the plot finds a dataset's renderer by the dataset's first index.
        plot.setDataset(index, copy(plot.getDataset(0)));
        plot.setRenderer(index, labels);
        plot.mapDatasetToRangeAxis(index, 0);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    private static CategoryDataset copy(CategoryDataset d) {
        try {
            return (CategoryDataset) ((PublicCloneable) d).clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("a chart's dataset could not be copied", e);
        }
    }

    private static final BarPainter NO_BAR = new BarPainter() {
        @Override
        public void paintBar(
                Graphics2D g2, BarRenderer r, int row, int column, RectangularShape bar, RectangleEdge base) {}

        @Override
        public void paintBarShadow(
                Graphics2D g2,
                BarRenderer r,
                int row,
                int column,
                RectangularShape bar,
                RectangleEdge base,
                boolean pegShadow) {}
    };

    /**
     * Fills white where the label will be drawn: the label above a vertical bar (anchor OUTSIDE12), upright or
     * not, which is where the charts put theirs. Other positions get no box.
     */
    static void clear(
            Graphics2D g2,
            BarRenderer r,
            CategoryDataset data,
            int row,
            int column,
            CategoryPlot plot,
            CategoryItemLabelGenerator generator,
            Rectangle2D bar,
            boolean negative) {
        String text = generator == null ? null : generator.generateLabel(data, row, column);
        ItemLabelPosition p = r.getPositiveItemLabelPosition(row, column);
        if (text == null
                || negative
                || plot.getOrientation() != PlotOrientation.VERTICAL
                || p.getItemLabelAnchor() != ItemLabelAnchor.OUTSIDE12) {
            return;
        }
        g2.setFont(r.getItemLabelFont(row, column));
        float x = (float) bar.getCenterX();
        float y = (float) (bar.getMinY() - r.getItemLabelAnchorOffset());
        Shape s = TextUtils.calculateRotatedStringBounds(
                text, g2, x, y, p.getTextAnchor(), p.getAngle(), p.getRotationAnchor());
        if (s == null) {
            return;
        }
        Rectangle2D b = s.getBounds2D();
        g2.setPaint(Color.WHITE);
        g2.fill(new Rectangle2D.Double(
                b.getX() - PAD, b.getY() - PAD, b.getWidth() + 2 * PAD, b.getHeight() + 2 * PAD));
    }

    private static final class Labels extends BarRenderer {
        @Override
        protected void drawItemLabel(
                Graphics2D g2,
                CategoryDataset data,
                int row,
                int column,
                CategoryPlot plot,
                CategoryItemLabelGenerator generator,
                Rectangle2D bar,
                boolean negative) {
            clear(g2, this, data, row, column, plot, generator, bar, negative);
            super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
        }
    }

    private static final class StackedLabels extends StackedBarRenderer {
        @Override
        protected void drawItemLabel(
                Graphics2D g2,
                CategoryDataset data,
                int row,
                int column,
                CategoryPlot plot,
                CategoryItemLabelGenerator generator,
                Rectangle2D bar,
                boolean negative) {
            clear(g2, this, data, row, column, plot, generator, bar, negative);
            super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
        }
    }
}
