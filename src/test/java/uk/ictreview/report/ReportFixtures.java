package uk.ictreview.report;

import java.time.LocalDate;
import java.util.List;
import uk.ictreview.model.Period;
import uk.ictreview.model.RowCounts;
import uk.ictreview.model.StaffNames;
import uk.ictreview.report.markdown.Markdown;

/** Report models built by hand for renderer tests. */
final class ReportFixtures {
    private ReportFixtures() {}

    static ReportModel minimal(String commentaryMarkdown) {
        return minimal(commentaryMarkdown, new DataQuality(1, 2, 0, 1));
    }

    static ReportModel minimal(String commentaryMarkdown, DataQuality quality) {
        return withSections(commentaryMarkdown, quality, List.of());
    }

    /** The minimal model holding these sections, as a page renders them. */
    static ReportModel withSections(String commentaryMarkdown, DataQuality quality, List<ReportSection> sections) {
        return new ReportModel(
                "Hillside <School> & Sixth Form",
                new Period(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22)),
                LocalDate.of(2026, 7, 24),
                "test",
                new RowCounts(12, 34, 5),
                quality,
                Markdown.toXhtml(commentaryMarkdown),
                List.of(new DiagnosticLine(
                        "error",
                        "incidents.xlsx 'Incidents'!F14",
                        "Resolved (03/09/2026 10:15) is before Logged (04/09/2026 09:00)")),
                List.of("All times are support hours."),
                StaffNames.HIDDEN,
                sections);
    }
}
