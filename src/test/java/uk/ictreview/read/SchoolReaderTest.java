package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ictreview.read.Fixture.row;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.model.RowCounts;
import uk.ictreview.validate.Diagnostics;

class SchoolReaderTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    @Test
    void readsAWholeFolderOfMixedFormats() throws Exception {
        Fixture.book()
                .sheet(
                        "Incidents",
                        row("Ref", "Logged", "Priority", "Category"),
                        row("INC-1", "04/09/2026 09:00", "P1", "Network"),
                        row("INC-2", "bad", "P1", "Network"),
                        row(),
                        row("INC-3", "04/09/2026 10:00", "P2", "Printing"))
                .sheet("Service levels", row("Priority", "Response target", "Resolution target"), row("P1", 1, 4))
                .xlsx(dir.resolve("incidents.xlsx"));
        Fixture.minimalAssets().xls(dir.resolve("assets.xls"));
        Fixture.minimalSkills().sheet("Needs", row("Skill")).csv(dir.resolve("skills"), true);
        Diagnostics diags = new Diagnostics();
        SchoolWorkbooks s = SchoolReader.read(dir, TODAY, diags);
        // three non-blank rows below the header, one of them invalid: counted all the same (SPEC 7)
        assertThat(s.counts()).isEqualTo(new RowCounts(3, 1, 1));
        assertThat(s.incidents().incidents()).hasSize(2);
        assertThat(s.assets().assets()).hasSize(1);
        assertThat(s.skills().staff()).hasSize(1);
        assertThat(s.policySheetsFound()).containsExactlyInAnyOrder("Service levels", "Needs");
        assertThat(diags.rowsSkipped()).isEqualTo(1);
        assertThat(diags.all())
                .singleElement()
                .asString()
                .startsWith("incidents.xlsx 'Incidents'!B3: error: Logged 'bad'");
    }

    @Test
    void aMissingWorkbookThrows() throws Exception {
        Fixture.book()
                .sheet("Incidents", row("Ref", "Logged", "Priority", "Category"))
                .xlsx(dir.resolve("incidents.xlsx"));
        Fixture.minimalAssets().xlsx(dir.resolve("assets.xlsx"));
        assertThatThrownBy(() -> SchoolReader.read(dir, TODAY, new Diagnostics()))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageStartingWith("skills.xlsx: not found in ");
    }

    @Test
    void everyMissingWorkbookIsNamedInOneMessage() throws Exception {
        Fixture.minimalAssets().xlsx(dir.resolve("assets.xlsx"));
        assertThatThrownBy(() -> SchoolReader.read(dir, TODAY, new Diagnostics()))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage("incidents.xlsx and skills.xlsx: not found in " + dir + ": expected each as an .xlsx"
                        + " file, an .xls file or a folder of .csv files named after its sheets (e.g. incidents.xlsx,"
                        + " incidents.xls or incidents/). For blank ones, run 'ictreview init NEW_FOLDER' and copy"
                        + " its incidents.xlsx and skills.xlsx into " + dir + ".");
    }

    @Test
    void anEmptyFolderNamesAllThreeWorkbooks() {
        assertThatThrownBy(() -> SchoolReader.read(dir, TODAY, new Diagnostics()))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageStartingWith("incidents.xlsx, assets.xlsx and skills.xlsx: not found in " + dir);
    }
}
