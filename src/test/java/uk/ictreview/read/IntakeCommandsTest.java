package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.read.Fixture.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ictreview.app.ExitCode;
import uk.ictreview.app.Main;

/** The intake's problems as a user meets them through {@code build} and {@code check}: exit codes and messages. */
class IntakeCommandsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-24T10:00:00Z"), ZoneId.of("Europe/London"));
    static final LocalDateTime LOGGED = LocalDateTime.of(2026, 5, 4, 9, 0);

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK,
                args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A school folder with valid assets and skills workbooks and the incidents workbook given. */
    Path school(Fixture incidents, String form) throws IOException {
        Path school = Files.createDirectories(tmp.resolve("school"));
        Fixture.minimalAssets().xlsx(school.resolve("assets.xlsx"));
        Fixture.minimalSkills().xlsx(school.resolve("skills.xlsx"));
        write(incidents, school, "incidents", form);
        return school;
    }

    static void write(Fixture book, Path school, String base, String form) throws IOException {
        switch (form) {
            case "xlsx" -> book.xlsx(school.resolve(base + ".xlsx"));
            case "xls" -> book.xls(school.resolve(base + ".xls"));
            default -> book.csv(school.resolve(base), false);
        }
    }

    static String fileOf(String form, String base, String sheet) {
        return form.equals("csv") ? base + "/" + sheet + ".csv" : base + "." + form;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void aMainSheetWhoseHeaderCannotBeFoundStopsBuildNamingTheClosestRowAndTheMissingColumn(String form)
            throws IOException {
        Path school = school(
                Fixture.book()
                        .sheet(
                                "Incidents",
                                row("Ref", "Logged", "Urgency", "Category"),
                                row("INC-1", LOGGED, "P1", "Network"),
                                row("INC-2", LOGGED, "P2", "Printing")),
                form);
        String expected = fileOf(form, "incidents", "Incidents")
                + " 'Incidents' row 1: error: no header row in rows 1-20: expected a row holding Ref, Logged,"
                + " Priority, Category. Row 1 comes closest but lacks Priority (headers found on it: 'Ref',"
                + " 'Logged', 'Urgency', 'Category')";
        Path out = tmp.resolve("out");
        Result build = run("build", school.toString(), "--out", out.toString());
        assertThat(build.code()).as(build.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(build.err()).contains(expected).contains("Nothing was written");
        assertThat(out).doesNotExist();
        Result check = run("check", school.toString());
        assertThat(check.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check.out()).contains(expected);
    }

    @Test
    void anAssetsSheetWithDeviceForTypeStopsBuild() throws IOException {
        Path school = school(Fixture.book().sheet("Incidents", row("Ref", "Logged", "Priority", "Category")), "xlsx");
        Files.delete(school.resolve("assets.xlsx"));
        write(Fixture.book().sheet("Assets", row("Tag", "Device"), row("A-1", "Laptop")), school, "assets", "csv");
        Path out = tmp.resolve("out");
        Result build = run("build", school.toString(), "--out", out.toString());
        assertThat(build.code()).as(build.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(build.err())
                .contains("assets/Assets.csv 'Assets' row 1: error: no header row in rows 1-20: expected a row holding"
                        + " Tag, Type. Row 1 comes closest but lacks Type (headers found on it: 'Tag', 'Device')");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingMainSheetStopsBuildToo() throws IOException {
        Path school = school(Fixture.book().sheet("Calls", row("Ref", "Logged", "Priority", "Category")), "xlsx");
        Path out = tmp.resolve("out");
        Result build = run("build", school.toString(), "--out", out.toString());
        assertThat(build.code()).as(build.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(build.err())
                .contains("incidents.xlsx: error: no sheet 'Incidents': expected a sheet named Incidents (sheets found:"
                        + " 'Calls')");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPolicySheetWithoutItsHeaderIsAnErrorButTheBuildGoesOn() throws IOException {
        Path school = school(
                Fixture.book()
                        .sheet(
                                "Incidents",
                                row("Ref", "Logged", "Priority", "Category"),
                                row("INC-1", LOGGED, "P1", "Network"))
                        .sheet("Service levels", row("Priority", "Hours")),
                "xlsx");
        Path out = tmp.resolve("out");
        Result build = run("build", school.toString(), "--out", out.toString());
        assertThat(build.code()).as(build.err()).isEqualTo(ExitCode.WARNINGS);
        assertThat(out).isDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void aBlankWorkbookIsAWarningPerEmptyMainSheet(String form) throws IOException {
        Path school = school(Fixture.book().sheet("Incidents", row("Ref", "Logged", "Priority", "Category")), form);
        Files.delete(school.resolve("skills.xlsx"));
        Fixture.book().sheet("Staff", row("Title"), row("Name", "Role", "FTE")).xlsx(school.resolve("skills.xlsx"));
        Result check = run("check", school.toString());
        assertThat(check.code()).as(check.out()).isEqualTo(ExitCode.WARNINGS);
        assertThat(check.out())
                .contains(fileOf(form, "incidents", "Incidents") + " 'Incidents' row 1: warning: 'Incidents' has no"
                        + " calls below its header row (row 1): the service-levels section will be empty")
                .contains("skills.xlsx 'Staff' row 2: warning: 'Staff' has no staff below its header row (row 2): the"
                        + " skills section will show no staff and no cover")
                .doesNotContain("'Assets' has no");
        Path out = tmp.resolve("out");
        Result build = run("build", school.toString(), "--out", out.toString());
        assertThat(build.code()).as(build.err()).isEqualTo(ExitCode.WARNINGS);
    }

    @Test
    void buildNamesEveryMissingWorkbookAtOnce() throws IOException {
        Path school = Files.createDirectories(tmp.resolve("school"));
        Fixture.minimalSkills().xlsx(school.resolve("skills.xlsx"));
        Path out = tmp.resolve("out");
        Result build = run("build", school.toString(), "--out", out.toString());
        assertThat(build.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(build.err()).startsWith("incidents.xlsx and assets.xlsx: not found in " + school);
        assertThat(out).doesNotExist();
    }

    @Test
    void aTypoInAnOptionalNumberIsAWarningAndKeepsTheRowInTheFigures() throws IOException {
        Path school = school(
                Fixture.book()
                        .sheet(
                                "Incidents",
                                row("Ref", "Logged", "Priority", "Category", "Resolved", "On hold hours"),
                                row("INC-1", LOGGED, "P1", "Network", LOGGED.plusHours(2), "two"),
                                row("INC-2", LOGGED, "P1", "Network", LOGGED.plusHours(3), "1:30")),
                "csv");
        Files.delete(school.resolve("skills.xlsx"));
        Fixture.book()
                .sheet(
                        "Staff",
                        row("Name", "Role", "FTE", "Desktop & Application Support"),
                        row("Sam Jones", "ICT Technician", "half", "B"))
                .xlsx(school.resolve("skills.xlsx"));
        Result check = run("check", school.toString());
        assertThat(check.code()).as(check.out()).isEqualTo(ExitCode.WARNINGS);
        assertThat(check.out())
                .contains("incidents/Incidents.csv 'Incidents'!F2: warning: On hold hours 'two' is not a number of"
                        + " hours, 0 or more: write hours as a number, e.g. 1.5, or as h:mm, e.g. 1:30; read as blank,"
                        + " so 0 hours on hold are used")
                .contains("skills.xlsx 'Staff'!C2: warning: FTE 'half' is not a full-time equivalent, a number 0 or"
                        + " more (e.g. 0.5); read as blank, so FTE 1.0 is used")
                .doesNotContain("error:");
        Path out = tmp.resolve("out");
        Result build =
                run("build", school.toString(), "--out", out.toString(), "--from", "2026-04-13", "--to", "2026-07-22");
        assertThat(build.code()).as(build.err()).isEqualTo(ExitCode.WARNINGS);
        assertThat(build.err()).contains("0 calls, 0 assets, 0 staff left out of the figures. Run: ictreview check");
        String json;
        try (var files = Files.walk(out)) {
            json = Files.readString(
                    files.filter(p -> p.endsWith("figures.json")).findFirst().orElseThrow());
        }
        // both P1 calls are in the SLA figures; the one technician counts with FTE 1.0
        assertThat(json.replaceAll("\\s", ""))
                .contains("\"sla\":{\"calls\":2")
                .contains("\"supportFte\":1")
                .contains("\"rowsSkipped\":0");
    }

    @Test
    void aDamagedWorkbookPrintsOnlyOurOwnMessageNotPoisLog() throws IOException {
        // POI logs "[main] WARN org.apache.poi.openxml4j.opc.ZipPackage - Error in zip file ..." on a damaged
        // .xlsx, through log4j-to-slf4j to slf4j-simple, which writes to the process's standard error (not to the
        // streams run() is given): simplelogger.properties turns library logging off. So the whole process's
        // standard error and output are captured here.
        Path school = school(
                Fixture.book()
                        .sheet(
                                "Incidents",
                                row("Ref", "Logged", "Priority", "Category"),
                                row("INC-1", LOGGED, "P1", "Network")),
                "xlsx");
        byte[] bytes = Files.readAllBytes(school.resolve("incidents.xlsx"));
        Files.write(school.resolve("incidents.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ByteArrayOutputStream process = new ByteArrayOutputStream();
        PrintStream err = System.err;
        PrintStream out = System.out;
        Result check;
        try {
            System.setErr(new PrintStream(process, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(process, true, StandardCharsets.UTF_8));
            check = run("check", school.toString());
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(check.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check.err()).contains("incidents.xlsx: cannot be read: it is damaged");
        assertThat(process.toString(StandardCharsets.UTF_8) + check.out() + check.err())
                .doesNotContain("WARN org.apache")
                .doesNotContain("org.apache.poi");
    }

    @Test
    void theSummaryTellsCallsLeftOutFromPolicyRowsSkipped() throws IOException {
        // A user trial read "6 rows would be left out of the figures" when 4 of them were Support hours rows,
        // which are not figures. Here: 1 call with a bad Logged (left out), 2 Support hours rows with a bad End
        // (skipped; the other rows apply).
        Path school = school(
                Fixture.book()
                        .sheet(
                                "Incidents",
                                row("Ref", "Logged", "Priority", "Category"),
                                row("INC-1", LOGGED, "P1", "Network"),
                                row("INC-2", "31/02/2026", "P2", "Network"))
                        .sheet(
                                "Support hours",
                                row("Day", "Start", "End"),
                                row("Mon", "08:00", "16:00"),
                                row("Tue", "08:00", "late"),
                                row("Wed", "08:00", "25:00")),
                "csv");
        Result check = run("check", school.toString());
        assertThat(check.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check.out())
                .contains("school: 3 errors, 0 warnings; 1 call, 0 assets, 0 staff would be left out of the figures;"
                        + " 2 policy rows skipped (their defaults or other rows apply). Rows read: 2 calls, 1 asset,"
                        + " 1 staff.\n");
        Result build =
                run("build", school.toString(), "--out", tmp.resolve("out").toString());
        assertThat(build.code()).as(build.err()).isEqualTo(ExitCode.WARNINGS);
        assertThat(build.err())
                .contains("3 errors and 0 warnings in the data; 1 call, 0 assets, 0 staff left out of the figures;"
                        + " 2 policy rows skipped (their defaults or other rows apply). Run: ictreview check");
    }
}
