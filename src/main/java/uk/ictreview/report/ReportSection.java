package uk.ictreview.report;

import java.util.List;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;

/** What every area of the report (SLA, refresh, competences) gives the renderers. */
public interface ReportSection {
    /** One plain sentence a governor understands. */
    String headline();

    List<Chart> charts();

    /** Writes the value of this section's figures.json key (an object). */
    void writeJson(JsonWriter w);

    List<CsvTable> tables();

    /** Paragraphs for the method notes: the rules used and the defaults applied. */
    List<String> methodNotes();
}
