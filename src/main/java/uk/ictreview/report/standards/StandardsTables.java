package uk.ictreview.report.standards;

import java.util.ArrayList;
import java.util.List;
import uk.ictreview.analyse.standards.SupportEnding;
import uk.ictreview.report.csv.CsvTable;

/** The section's CSV files: every line judged, and every device past or near its Support ends. */
final class StandardsTables {
    private StandardsTables() {}

    static List<CsvTable> of(StandardsSection s) {
        return List.of(lines(s), supportEnds(s));
    }

    private static CsvTable lines(StandardsSection s) {
        List<List<String>> rows = new ArrayList<>();
        for (StandardsSection.AreaTable a : s.areas()) {
            for (StandardsSection.Row r : a.rows()) {
                rows.add(List.of(
                        a.title(),
                        a.core() ? "yes" : "no",
                        r.id(),
                        r.check(),
                        r.status().word(),
                        r.evidence(),
                        r.rule(),
                        r.nextStep()));
            }
        }
        return new CsvTable(
                "standards", List.of("Area", "Core", "Id", "Checks", "Status", "Evidence", "Rule", "Next step"), rows);
    }

    private static CsvTable supportEnds(StandardsSection s) {
        List<List<String>> rows = new ArrayList<>();
        for (SupportEnding e : s.result().supportEndings()) {
            rows.add(List.of(
                    e.type(),
                    e.tag(),
                    e.make() == null ? "" : e.make(),
                    e.model() == null ? "" : e.model(),
                    e.location() == null ? "" : e.location(),
                    e.supportEnds().toString(),
                    e.past() ? "past" : "within 12 months"));
        }
        return new CsvTable(
                "standards-support-ends",
                List.of("Type", "Tag", "Make", "Model", "Location", "Support ends", "When"),
                rows);
    }
}
