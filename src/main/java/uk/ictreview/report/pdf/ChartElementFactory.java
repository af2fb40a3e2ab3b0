package uk.ictreview.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.ImgTemplate;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.Map;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.charts.ChartRenderer;

/**
 * Replaces {@code <img src="chart:ID"/>} in the pack with the chart drawn as vector graphics into a PDF
 * template at paint time (so text and lines stay sharp when printed). Every other element goes to the
 * default factory.
 */
final class ChartElementFactory implements ReplacedElementFactory {
    static final String SCHEME = "chart:";

    private final ReplacedElementFactory fallback;
    private final Map<String, Chart> charts;

    ChartElementFactory(ReplacedElementFactory fallback, Map<String, Chart> charts) {
        this.fallback = fallback;
        this.charts = charts;
    }

    @Override
    public ReplacedElement createReplacedElement(
            LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        Element e = box.getElement();
        if (e != null && "img".equals(e.getNodeName()) && e.getAttribute("src").startsWith(SCHEME)) {
            String id = e.getAttribute("src").substring(SCHEME.length());
            Chart chart = charts.get(id);
            if (chart == null) {
                throw new IllegalStateException(
                        "the pack template asks for chart '" + id + "', which the report does not have");
            }
            float dpp = c.getSharedContext().getDotsPerPixel();
            int w = cssWidth > 0 ? cssWidth : Math.round(chart.width() * dpp);
            int h = cssHeight > 0 ? cssHeight : Math.round(w * (float) chart.height() / chart.width());
            return new ChartElement(chart, w, h);
        }
        return fallback.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    @Override
    public void reset() {
        fallback.reset();
    }

    @Override
    public void remove(Element e) {
        fallback.remove(e);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        fallback.setFormSubmissionListener(listener);
    }

    /** A chart laid out as a replaced element of a fixed size (in device units). */
    private static final class ChartElement implements ITextReplacedElement {
        private final Chart chart;
        private final int width;
        private final int height;
        private Point location = new Point(0, 0);

        ChartElement(Chart chart, int width, int height) {
            this.chart = chart;
            this.width = width;
            this.height = height;
        }

        @Override
        public void paint(RenderingContext c, ITextOutputDevice out, BlockBox box) {
            float pts = out.getDotsPerPoint();
            float w = width / pts;
            float h = height / pts;
            PdfTemplate template = out.getWriter().getDirectContent().createTemplate(w, h);
            Graphics2D g = template.createGraphicsShapes(w, h);
            g.scale(w / chart.width(), h / chart.height());
            ChartRenderer.draw(chart, g);
            try {
                // scale() returns a new image scaled to the box (device units); the original is left as it was
                FSImage image = new ITextFSImage(new ImgTemplate(template)).scale(width, height);
                Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
                out.drawImage(image, content.x, content.y);
            } catch (BadElementException ex) {
                throw new IllegalStateException("chart " + chart.id() + " could not be placed in the PDF", ex);
            }
        }

        @Override
        public int getIntrinsicWidth() {
            return width;
        }

        @Override
        public int getIntrinsicHeight() {
            return height;
        }

        @Override
        public Point getLocation() {
            return location;
        }

        @Override
        public void setLocation(int x, int y) {
            location = new Point(x, y);
        }

        @Override
        public void detach(LayoutContext c) {}

        @Override
        public boolean isRequiresInteractivePaint() {
            return false;
        }

        @Override
        public boolean hasBaseline() {
            return false;
        }

        @Override
        public int getBaseline() {
            return 0;
        }
    }
}
