package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.read.Fixture.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Severity;

/**
 * Messy data never breaks the intake: over seeded random sheets, every data row is either kept or skipped (with
 * at least one error for each skipped row), and nothing throws.
 */
class IntakeInvariantPropertyTest {
    static final Object[] POOL = {
        "INC-1",
        "INC-2",
        "P1",
        "p4",
        "Urgent",
        "",
        " ",
        "04/09/2026 09:00",
        "02/13/2026",
        "2026-09-04",
        "Network",
        "Y",
        "no",
        "3",
        "-1",
        "£12.50",
        "#N/A",
        1,
        2.5,
        -3,
        46269.375,
        12,
        true,
        false,
        LocalDateTime.of(2026, 9, 4, 9, 0),
        LocalDateTime.of(2026, 9, 3, 8, 0),
        LocalDateTime.of(2062, 1, 1, 0, 0),
        null,
        null,
        null
    };

    @TempDir
    Path dir;

    @Test
    void everyRowIsKeptOrSkipped() throws Exception {
        for (long seed = 1; seed <= 12; seed++) {
            Random rnd = new Random(seed);
            List<Object[]> rows = new ArrayList<>();
            rows.add(row(
                    "Ref",
                    "Logged",
                    "Priority",
                    "Category",
                    "Type",
                    "Responded",
                    "Resolved",
                    "On hold hours",
                    "Reopened",
                    "Asset tag"));
            int n = 20 + rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                Object[] cells = new Object[10];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = POOL[rnd.nextInt(POOL.length)];
                }
                rows.add(cells);
            }
            Path folder = dir.resolve("s" + seed);
            Fixture.book().sheet("Incidents", rows.toArray(new Object[0][])).xlsx(folder.resolve("incidents.xlsx"));
            Diagnostics diags = new Diagnostics();
            WorkbookRead<?> r;
            try (SheetSource src = WorkbookLocator.open(folder, "incidents")) {
                r = IncidentsReader.read(src, LocalDate.of(2026, 11, 25), diags);
            }
            int kept = ((uk.ictreview.model.IncidentLog) r.data()).incidents().size();
            assertThat(kept + diags.rowsSkipped()).as("seed %d", seed).isEqualTo(r.mainRows());
            assertThat(diags.count(Severity.ERROR)).as("seed %d", seed).isGreaterThanOrEqualTo(diags.rowsSkipped());
            assertThat(diags.all())
                    .as("seed %d", seed)
                    .allSatisfy(d -> assertThat(d.place().row()).isPositive());
        }
    }
}
