package uk.ictreview.report.trust;

import java.util.HashMap;
import java.util.Map;
import uk.ictreview.report.ReportException;
import uk.ictreview.report.Templates;
import uk.ictreview.report.html.HtmlReport;

/** The trust comparison's {@code index.html}: one self-contained page, rendered from {@code trust.ftlh}. */
public final class TrustPage {
    public static final String TEMPLATE = "trust.ftlh";

    private TrustPage() {}

    public static String render(TrustReport report, Templates templates) throws ReportException {
        Map<String, Object> data = new HashMap<>();
        data.put("t", report);
        data.put("charts", new HtmlReport.SvgCharts());
        return templates.render(TEMPLATE, data);
    }
}
