package uk.ictreview.report;

import java.util.List;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;

/**
 * One area of the report (service levels, refresh budget, competences, ...), describing itself to every output:
 * the summary reads its title, status, rule and change; the page includes {@code sections/<id>.ftlh}; figures.json
 * writes its object under {@code <id>}; the CSV files are its tables. An area is listed once, in {@link Sections}.
 */
public interface ReportSection {
    /**
     * Said as the change when an area's workbooks hold no earlier figures. Earlier packs' headline figures, when the
     * output folder holds any, are compared in the Over time section, which this points to.
     */
    String NO_HISTORY = "The workbooks hold the current state only: earlier packs' figures, where the output folder"
            + " holds any, are under Over time.";

    /**
     * The area's key: its figures.json key, its template {@code sections/<id>.ftlh} (and {@code .css}), its anchor
     * in the page and the prefix of its CSV files.
     */
    String id();

    /** Its name on the summary, in the contents and the bookmarks, e.g. "Service levels". */
    String title();

    /** One plain sentence a governor understands. */
    String headline();

    /** Its status for the summary and the trust comparison. */
    Status status();

    /** The rule that set {@link #status()}, in one plain sentence; when not judged, why. */
    String statusRule();

    /** The change since the previous period, in one sentence, or why there is no comparison. */
    String change();

    List<Chart> charts();

    /** Writes the value of this section's figures.json key (an object). */
    void writeJson(JsonWriter w);

    List<CsvTable> tables();

    /** Paragraphs for the method notes: the rules used and the defaults applied. */
    List<String> methodNotes();
}
