package uk.ictreview.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ictreview.model.Period;
import uk.ictreview.model.RowCounts;
import uk.ictreview.model.StaffNames;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;

/**
 * Everything the reports show, built once per school and period. The HTML report, the PDF pack, figures.json
 * and the CSV files all render this one model, so a figure cannot differ between them. {@code sections} are the
 * areas in report order (as {@link Sections} lists them); the summary, the page and figures.json loop over them.
 */
public record ReportModel(
        String school,
        Period period,
        LocalDate builtOn,
        String version,
        RowCounts counts,
        DataQuality dataQuality,
        String commentaryXhtml,
        List<DiagnosticLine> diagnostics,
        List<String> notes,
        StaffNames staffNames,
        List<ReportSection> sections) {
    public ReportModel {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(builtOn, "builtOn");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(dataQuality, "dataQuality");
        commentaryXhtml = commentaryXhtml == null ? "" : commentaryXhtml;
        diagnostics = List.copyOf(diagnostics);
        notes = List.copyOf(notes);
        sections = List.copyOf(sections);
    }

    /** {@code 13 April 2026 to 22 July 2026}. */
    public String periodLabel() {
        return Format.longDate(period.from()) + " to " + Format.longDate(period.to());
    }

    public String builtOnLabel() {
        return Format.longDate(builtOn);
    }

    public boolean hasCommentary() {
        return !commentaryXhtml.isBlank();
    }

    /** The section of that id, or null when the report has none. */
    public ReportSection section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    public List<Chart> charts() {
        return sections().stream().flatMap(s -> s.charts().stream()).toList();
    }

    public List<CsvTable> tables() {
        return sections().stream().flatMap(s -> s.tables().stream()).toList();
    }

    /** The general notes first, then each section's. */
    public List<String> methodNotes() {
        List<String> all = new ArrayList<>(notes);
        sections().forEach(s -> all.addAll(s.methodNotes()));
        return all;
    }
}
