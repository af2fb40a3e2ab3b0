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

    void writeTaggedIncidents() throws Exception {
        Fixture.book()
                .sheet(
                        "Incidents",
                        row("Ref", "Logged", "Priority", "Category", "Asset tag"),
                        row("INC-1", "04/09/2026 09:00", "P1", "Network", "lt-1"),
                        row("INC-2", "04/09/2026 09:00", "P1", "Network", "LT-9"),
                        row("INC-3", "04/09/2026 09:00", "P1", "Network", " lt-9 "),
                        row("INC-4", "04/09/2026 09:00", "P1", "Network", "PR-2"),
                        row("INC-5", "04/09/2026 09:00", "P1", "Network"),
                        row("INC-6", "04/09/2026 09:00", "P1", "Network", "SW-3"))
                .xlsx(dir.resolve("incidents.xlsx"));
        Fixture.minimalSkills().xlsx(dir.resolve("skills.xlsx"));
    }

    @Test
    void anAssetTagMissingFromTheRegisterIsOneWarningPerTagAtItsFirstCall() throws Exception {
        writeTaggedIncidents();
        // PR-2's register row has an error (no Type) but its Tag is there: not reported as missing
        Fixture.book()
                .sheet("Assets", row("Tag", "Type"), row("LT-1", "Laptop"), row("PR-2", null))
                .csv(dir.resolve("assets"), false);
        Diagnostics diags = new Diagnostics();
        SchoolReader.read(dir, TODAY, diags);
        assertThat(diags.all().stream().map(Object::toString).filter(m -> m.contains("asset register")))
                .containsExactly(
                        "incidents.xlsx 'Incidents'!E3: warning: Asset tag 'LT-9' is not in the asset register's"
                                + " Assets sheet (2 calls use it, this the first): correct the tag, or add the device"
                                + " to the register",
                        "incidents.xlsx 'Incidents'!E7: warning: Asset tag 'SW-3' is not in the asset register's"
                                + " Assets sheet (1 call uses it): correct the tag, or add the device to the register");
    }

    @Test
    void anEmptyRegisterDoesNotFlagEveryTag() throws Exception {
        writeTaggedIncidents();
        Fixture.book().sheet("Assets", row("Tag", "Type")).xlsx(dir.resolve("assets.xlsx"));
        Diagnostics diags = new Diagnostics();
        SchoolReader.read(dir, TODAY, diags);
        assertThat(diags.all()).extracting(Object::toString).noneMatch(m -> m.contains("asset register"));
        assertThat(diags.all()).extracting(Object::toString).anyMatch(m -> m.contains("'Assets' has no assets"));
    }
}
