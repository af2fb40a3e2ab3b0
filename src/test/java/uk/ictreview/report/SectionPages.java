package uk.ictreview.report;

import java.io.IOException;
import java.util.List;
import uk.ictreview.report.html.HtmlReport;

/**
 * Renders a section the way the reports do: report.ftlh through the production {@link Templates} set-up, with a
 * model that holds only that section, so a section template test sees the same macros, number format and
 * escaping as the HTML report and the pack. Charts are the HTML report's inline SVG in both renderings, so their
 * labels are in the text.
 */
public final class SectionPages {
    private SectionPages() {}

    /** The whole page holding only {@code s}. */
    public static String page(ReportSection s, boolean pdf) throws ReportException, IOException {
        ReportModel m = ReportFixtures.withSections("", new DataQuality(0, 0, 0, 0), List.of(s));
        return new Templates(null)
                .render(HtmlReport.TEMPLATE, HtmlReport.dataModel(m, pdf, new HtmlReport.SvgCharts()));
    }

    /** The section's own markup: its {@code <section id="ID">} element, as the page renders it. */
    public static String render(ReportSection s, boolean pdf) throws ReportException, IOException {
        String page = page(s, pdf);
        int from = page.indexOf("<section id=\"" + s.id() + "\"");
        int to = page.indexOf("<section id=\"method\"", from);
        if (from < 0 || to < 0) {
            throw new AssertionError("the page has no section " + s.id() + " before the method notes");
        }
        return page.substring(from, to).strip();
    }
}
