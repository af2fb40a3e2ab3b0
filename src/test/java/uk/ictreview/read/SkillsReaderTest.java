package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.read.Fixture.row;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;
import uk.ictreview.model.SkillsMatrix;
import uk.ictreview.model.StaffMember;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.validate.Diagnostics;

class SkillsReaderTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    final Diagnostics diags = new Diagnostics();

    WorkbookRead<SkillsMatrix> read(Fixture f) throws Exception {
        f.xlsx(dir.resolve("skills.xlsx"));
        try (SheetSource src = WorkbookLocator.open(dir, "skills")) {
            return SkillsReader.read(src, TODAY, diags);
        }
    }

    List<String> messages() {
        return diags.all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsStaffLevelsWithSkillHeadersWrittenWithAnd() throws Exception {
        var r = read(Fixture.book()
                .sheet(
                        "Staff",
                        row(
                                "Name",
                                "Role",
                                "FTE",
                                "Employer",
                                "Desktop and Application Support",
                                "Server & Network Support",
                                "Health & Safety"),
                        row("Sam Jones", "ICT Technician", 0.5, null, "c", "-", "E"),
                        row("Ali Khan", "Network Manager", null, "Acme IT", "D", "D"),
                        row("sam  jones", "Technician A"),
                        row(null, "Technician B"),
                        row("Jo Bloggs", "Technician", "half")));
        // Jo Bloggs' FTE 'half' is in an optional column: a warning, FTE 1.0, and Jo is kept
        assertThat(r.data().staff())
                .extracting(StaffMember::name)
                .containsExactly("Sam Jones", "Ali Khan", "Jo Bloggs");
        assertThat(r.data().staff().get(2).fte()).isEqualTo(BigDecimal.ONE);
        StaffMember sam = r.data().staff().get(0);
        assertThat(sam.fte()).isEqualByComparingTo("0.5");
        assertThat(sam.isSchoolStaff()).isTrue();
        assertThat(sam.level(Skill.DESKTOP_APPLICATION_SUPPORT)).isEqualTo(Level.C);
        assertThat(sam.level(Skill.HEALTH_SAFETY)).isEqualTo(Level.NONE);
        StaffMember ali = r.data().staff().get(1);
        assertThat(ali.fte()).isEqualTo(BigDecimal.ONE);
        assertThat(ali.employer()).isEqualTo("Acme IT");
        assertThat(r.mainRows()).isEqualTo(5);
        assertThat(diags.rowsSkipped()).isEqualTo(2);
        assertThat(messages())
                .containsExactly(
                        "skills.xlsx 'Staff'!G2: warning: Health & Safety 'E' is not a level: expected A, B, C, D, blank or -;"
                                + " treated as none",
                        "skills.xlsx 'Staff'!A4: error: Name 'sam  jones' is used again (first at row 2)",
                        "skills.xlsx 'Staff'!A5: error: Name is blank: a value is required",
                        "skills.xlsx 'Staff'!C6: warning: FTE 'half' is not a full-time equivalent, a number 0 or more (e.g."
                                + " 0.5); read as blank, so FTE 1.0 is used");
    }

    @Test
    void aDecimalCommaInFteSaysHowToWriteThatFte() throws Exception {
        // A user trial: the message had two brackets and a thousands example (1,500) for an FTE of 0,5
        var r = read(
                Fixture.book().sheet("Staff", row("Name", "Role", "FTE"), row("Sam Jones", "ICT Technician", "0,5")));
        assertThat(r.data().staff().get(0).fte()).isEqualTo(BigDecimal.ONE);
        assertThat(messages())
                .containsExactlyInAnyOrder(
                        "skills.xlsx 'Staff' row 1: warning: none of the 12 skill columns was found (e.g."
                                + " 'Desktop & Application Support'); every level is read as none",
                        "skills.xlsx 'Staff'!C2: warning: FTE '0,5' is not a full-time equivalent, a number 0 or more"
                                + " (write 0.5 with a full stop, not 0,5); read as blank, so FTE 1.0 is used");
    }

    @Test
    void targetsAndNeeds() throws Exception {
        var r = read(Fixture.book()
                .sheet("Staff", row("Name", "Role"))
                .sheet(
                        "Targets",
                        row("Role", "Strategy & Planning"),
                        row("ICT Technician", "B"),
                        row("ict technician", "C"))
                .sheet(
                        "Needs",
                        row("Skill", "Need", "Covered by"),
                        row("strategy and planning", "B", "LA service"),
                        row("Health & Safety", "Z"),
                        row("Knitting", "A")));
        assertThat(r.policySheetsFound()).containsExactlyInAnyOrder("Targets", "Needs");
        assertThat(r.data().targets()).singleElement().satisfies(t -> assertThat(
                        t.targets().get(Skill.STRATEGY_PLANNING))
                .isEqualTo(Level.B));
        assertThat(r.data().needs()).hasSize(2);
        assertThat(r.data().needs().get(0).coveredBy()).isEqualTo("LA service");
        // Health & Safety is a Technology skill: its default need is D
        assertThat(r.data().needs().get(1).need()).isEqualTo(Level.D);
        assertThat(messages().get(0))
                .isEqualTo("skills.xlsx 'Staff' row 1: warning: 'Staff' has no staff below its header row (row 1): the"
                        + " skills section will show no staff and no cover");
        List<String> m = messages().subList(1, messages().size());
        assertThat(m).hasSize(4);
        assertThat(m)
                .first()
                .isEqualTo("skills.xlsx 'Staff' row 1: warning: none of the 12 skill columns was"
                        + " found (e.g. 'Desktop & Application Support'); every level is read as none");
        assertThat(m.get(1))
                .isEqualTo(
                        "skills.xlsx 'Targets'!A3: error: Role 'ict technician' is used again" + " (first at row 2)");
        assertThat(m.get(2))
                .isEqualTo("skills.xlsx 'Needs'!B3: warning: Need 'Z' is not a level: expected A,"
                        + " B, C or D; the default need (D) applies");
        assertThat(m.get(3)).startsWith("skills.xlsx 'Needs'!A4: error: Skill 'Knitting' is not one of the 12");
    }
}
