package uk.ictreview.report.html;

import java.util.HashMap;
import java.util.Map;
import uk.ictreview.report.ReportException;
import uk.ictreview.report.ReportModel;
import uk.ictreview.report.ReportSection;
import uk.ictreview.report.Templates;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.charts.ChartRenderer;

/**
 * The HTML report ({@code index.html}): one self-contained file, CSS and charts (inline SVG) included, no
 * request to any other address. Rendered from {@code report.ftlh} with {@code pdf = false}, so it holds the
 * detail tables the pack leaves out.
 */
public final class HtmlReport {
    public static final String TEMPLATE = "report.ftlh";

    private HtmlReport() {}

    public static String render(ReportModel model, Templates templates) throws ReportException {
        return templates.render(TEMPLATE, dataModel(model, false, new SvgCharts()));
    }

    /** The data a page template sees: the report {@code r}, each section by its id, and {@code pdf}. */
    public static Map<String, Object> dataModel(ReportModel model, boolean pdf, Object charts) {
        Map<String, Object> data = new HashMap<>();
        data.put("r", model);
        data.put("pdf", pdf);
        data.put("charts", charts);
        for (ReportSection s : model.sections()) {
            data.put(s.id(), s);
        }
        return data;
    }

    /** What the template's {@code chart} macro calls in the HTML report. */
    public static final class SvgCharts {
        public String markup(Chart c) {
            return ChartRenderer.svg(c);
        }
    }
}
