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
        return layOut(xhtml, charts, model.period().to());
    }

    /**
     * Lays out a two-page pack of a few lines, a table and a chart, with the pack's fonts and style sheets, and
     * returns its bytes, which nothing keeps. Run on the spare core while a school is read, it loads and compiles
     * the layout code and reads the fonts into OpenPDF's cache, which the school's own pack then finds ready (see
     * docs/performance.md). The pack does not depend on it: the same data give the same bytes with or without it.
     */
    public static byte[] warmUp(Chart chart) throws ReportException {
        String css = resource("report.css") + "\n" + resource("pack.css");
        String row =
                "<tr><th scope=\"row\">Priority 1</th><td class=\"num\"><span class=\"status-green\">91.5%</span></td>"
                        + "<td class=\"num\">1,234</td><td class=\"num\">£12,345</td></tr>";
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>Warm-up</title>"
                + "<style>" + css
                + "</style><bookmarks><bookmark name=\"Section\" href=\"#s\"/></bookmarks></head><body>"
                + "<div class=\"running-footer\">Warm-up</div>"
                + "<div class=\"cover\"><p class=\"cover-kicker\">Governors' pack</p><h1 class=\"cover-title\">Review</h1>"
                + "<table class=\"cover-facts\"><tr><th scope=\"row\">For</th><td>The board</td></tr></table></div>"
                + "<div class=\"contents\"><h2>Contents</h2><ul class=\"toc\"><li><a href=\"#s\">Section</a></li></ul></div>"
                + "<section id=\"s\" class=\"section\"><h2>Section</h2><p class=\"headline\">A <strong>line</strong> of"
                + " <em>text</em> that wraps across the page as a paragraph of the pack does, with figures such as 1,234"
                + " and 56.7% kept whole.</p><h3>Part</h3>"
                + "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Priority</th><th scope=\"col\" class=\"num\">"
                + "Share</th><th scope=\"col\" class=\"num\">Calls</th><th scope=\"col\" class=\"num\">Cost</th></tr></thead>"
                + "<tbody>" + row.repeat(12) + "</tbody></table></div>"
                + new ImgCharts().markup(chart)
                + "<ul><li>One</li><li>Two</li></ul><p class=\"small\">Small print.</p></section></body></html>";
        return layOut(xhtml, Map.of(chart.id(), chart), java.time.LocalDate.of(2000, 1, 1));
    }

    private static String resource(String name) throws ReportException {
        try (java.io.InputStream in = PdfReport.class.getResourceAsStream(Templates.RESOURCE_ROOT + "/" + name)) {
            if (in == null) {
                throw new ReportException("the style sheet " + name + " is missing from the jar", null);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new ReportException("the style sheet " + name + " could not be read: " + e.getMessage(), e);
        }
    }

    private static byte[] layOut(String xhtml, Map<String, Chart> charts, java.time.LocalDate day)
            throws ReportException {
        try {
            ITextRenderer renderer = renderer();
            Reproducible.addFonts(renderer.getFontResolver(), FONTS);
            Reproducible.fixDateAndId(renderer, day, xhtml);
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
