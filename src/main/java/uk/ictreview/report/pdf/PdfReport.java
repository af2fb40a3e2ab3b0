package uk.ictreview.report.pdf;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import uk.ictreview.report.ReportException;
import uk.ictreview.report.ReportModel;
import uk.ictreview.report.Templates;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.html.HtmlReport;

/**
 * The governors' pack ({@code governors-pack.pdf}, A4): the same template as the HTML report rendered with
 * {@code pdf = true} (cover, contents, no detail tables), laid out by Flying Saucer and written by OpenPDF with
 * the DejaVu Sans fonts shipped in the jar embedded, and charts drawn as vector graphics.
 */
public final class PdfReport {
    private static final String[] FONTS = {
        "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSansMono.ttf"
    };

    private PdfReport() {}

    public static byte[] render(ReportModel model, Templates templates) throws ReportException {
        String xhtml = templates.render(HtmlReport.TEMPLATE, HtmlReport.dataModel(model, true, new ImgCharts()));
        return toPdf(xhtml, model);
    }

    /** Lays out XHTML (the pack) as PDF. Public for tests and the templates' own checks. */
    static byte[] toPdf(String xhtml, ReportModel model) throws ReportException {
        Map<String, Chart> charts = new LinkedHashMap<>();
        model.charts().forEach(c -> charts.put(c.id(), c));
        try {
            ITextRenderer renderer = renderer();
            Reproducible.addFonts(renderer.getFontResolver(), FONTS);
            Reproducible.fixDateAndId(renderer, model.period().to(), xhtml);
            renderer.getSharedContext().setLineBreakingStrategy(new KeepNumbersWhole());
            renderer.getSharedContext()
                    .setReplacedElementFactory(
                            new ChartElementFactory(renderer.getSharedContext().getReplacedElementFactory(), charts));
            org.jsoup.nodes.Document doc = Jsoup.parse(xhtml, "", Parser.xmlParser());
            renderer.setDocument(new W3CDom().fromJsoup(doc), "about:blank");
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new ReportException("the PDF pack could not be laid out: " + e.getMessage(), e);
        }
    }

    /** A renderer that fetches nothing from outside (see {@link OfflineUserAgent}). */
    private static ITextRenderer renderer() {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        OfflineUserAgent agent = new OfflineUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
        ITextRenderer renderer = new ITextRenderer(
                ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent);
        return renderer;
    }

    /** What the template's {@code chart} macro calls in the pack: a placeholder the renderer replaces. */
    public static final class ImgCharts {
        public String markup(Chart c) {
            return "<img src=\"" + ChartElementFactory.SCHEME + c.id() + "\" class=\"chart\" alt=\""
                    + c.alt().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\" style=\"width: "
                    + c.width() + "pt; height: " + c.height() + "pt\"/>";
        }
    }
}
