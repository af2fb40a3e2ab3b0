package uk.ictreview.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.workbook.ExampleSchool;

/**
 * What a new user meets (issue 12): build and check run from inside a school's folder, absolute paths printed,
 * the template's commentary and a period with no calls said on screen, a misspelt option or role caught.
 */
class NewUserRunTest {
    private static CliTest.Result runIn(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                CliTest.CLOCK,
                cwd,
                args);
        return new CliTest.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The example school's files in {@code dir}, named as another school, with pack.md's period replaced. */
    private static Path school(Path dir, String from, String to) throws IOException {
        ExampleSchool.extractTo(dir);
        Path pack = dir.resolve("pack.md");
        Files.writeString(
                pack,
                Files.readString(pack)
                        .replace("school: Hollowmere Academy", "school: Ashdown Primary")
                        .replace("from: 2026-04-13", "from: " + from)
                        .replace("to: 2026-07-22", "to: " + to));
        return dir;
    }

    @Test
    void buildWithNoFolderInsideASchoolFolderBuildsThatFolderAndPrintsAbsolutePaths(@TempDir Path tmp)
            throws IOException {
        Path here = school(tmp.resolve("ashdown"), "2026-04-13", "2026-07-22");
        CliTest.Result r = runIn(here, "build", "--out", "out");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.WARNINGS);
        assertThat(r.err())
                .startsWith("ictreview: no school folder given: reading the folder you are in, " + here + "\n");
        Path target = here.resolve("out/ashdown-primary/2026-04-13_2026-07-22");
        assertThat(r.out())
                .isEqualTo("wrote the review of Ashdown Primary, 13 April 2026 to 22 July 2026, to " + target + "\n");
        assertThat(target.resolve("index.html")).isRegularFile();
        // the hint names no folder: check, run where the user is, reads the same one
        assertThat(r.err()).contains("Run: ictreview check\n");
    }

    @Test
    void checkWithNoFolderInAnUnrelatedFolderSaysItUsesTheExample(@TempDir Path tmp) {
        CliTest.Result r = runIn(tmp, "check");
        assertThat(r.err())
                .isEqualTo("ictreview: no school folder given, and the folder you are in (" + tmp + ") holds no"
                        + " pack.md or workbook: using the bundled example school, Hollowmere Academy. For your school,"
                        + " give its folder: ictreview check my-school (ictreview init my-school makes one).\n");
        assertThat(r.out()).contains("Hollowmere Academy: 1 error, 0 warnings");
    }

    @Test
    void aFolderHoldingOnlyAWorkbookCountsAsTheSchoolsFolder(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("incidents.xlsx"), "not a workbook");
        CliTest.Result r = runIn(tmp, "check");
        assertThat(r.err()).startsWith("ictreview: no school folder given: reading the folder you are in, " + tmp);
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aRelativeFolderAndOutAreTakenFromTheFolderTheCommandRanIn(@TempDir Path tmp) throws IOException {
        school(tmp.resolve("ashdown"), "2026-04-13", "2026-07-22");
        CliTest.Result r = runIn(tmp, "build", "ashdown", "--out", "packs");
        assertThat(r.out()).endsWith(" to " + tmp.resolve("packs/ashdown-primary/2026-04-13_2026-07-22") + "\n");
        assertThat(r.err()).contains("Run: ictreview check " + tmp.resolve("ashdown"));
    }

    @Test
    void aPeriodWithNoCallsIsAWarningSaidOnScreenWithTheDatesTheLogCovers(@TempDir Path tmp) throws IOException {
        // a year typed wrong: the example's log runs from 3 September 2025 to 22 July 2026
        Path school = school(tmp.resolve("ashdown"), "2025-04-13", "2025-07-22");
        String expected = "pack.md: warning: no call in the incidents workbook was logged in the period, 13 April 2025"
                + " to 22 July 2025 (the log's 2,999 calls were logged from 3 September 2025 to 22 July 2026), so the"
                + " service levels have nothing to report: check the period's dates";
        CliTest.Result build = runIn(tmp, "build", "ashdown", "--out", "out");
        assertThat(build.code()).isEqualTo(ExitCode.WARNINGS);
        assertThat(build.err()).contains(expected + "\n");
        CliTest.Result check = runIn(tmp, "check", school.toString());
        assertThat(check.out()).contains("  " + expected + "\n");
        assertThat(check.code()).isEqualTo(ExitCode.BAD_INPUT); // the example's one bad row is an error
        CliTest.Result given =
                runIn(tmp, "build", "ashdown", "--out", "out", "--from", "2024-09-01", "--to", "2024-12-20");
        assertThat(given.err())
                .contains("ictreview: --from/--to: no call in the incidents workbook was logged in the period, 1"
                        + " September 2024 to 20 December 2024 (the log's 2,999 calls");
    }

    @Test
    void theTemplatesCommentaryIsSaidOnScreenAndLeftOutOfThePack(@TempDir Path tmp) throws IOException {
        Path school = school(tmp.resolve("ashdown"), "2026-04-13", "2026-07-22");
        String pack = Files.readString(school.resolve("pack.md"));
        String template = new String(
                NewUserRunTest.class
                        .getResourceAsStream("/uk/ictreview/workbook/pack-template.md")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        String settings = pack.substring(0, pack.indexOf("\n---\n", 4) + 5);
        String body = template.substring(template.indexOf("\n---\n", 4) + 5);
        Files.writeString(school.resolve("pack.md"), settings + body);
        CliTest.Result r = runIn(tmp, "build", "ashdown", "--out", "out");
        assertThat(r.code()).isEqualTo(ExitCode.WARNINGS);
        assertThat(r.err()).contains("pack.md: warning: the commentary is still the template's text");
        String html = Files.readString(tmp.resolve("out/ashdown-primary/2026-04-13_2026-07-22/index.html"));
        // the warning itself is listed under Data quality; the commentary section is left out altogether
        assertThat(html).doesNotContain("id=\"commentary\"").doesNotContain("One or two sentences");
    }

    @Test
    void aRoleThatMatchesNoTargetIsAWarningAtItsFirstRow(@TempDir Path tmp) throws IOException {
        Path school = school(tmp.resolve("ashdown"), "2026-04-13", "2026-07-22");
        Files.delete(school.resolve("skills.xlsx"));
        Files.createDirectories(school.resolve("skills"));
        Files.writeString(
                school.resolve("skills/Staff.csv"),
                "Name,Role,FTE\nSam Jones,Techncian,1\nAl Roy,ICT Technician,1\nJo Bell,techncian ,0.5\n");
        CliTest.Result r = runIn(tmp, "check", "ashdown");
        assertThat(r.out())
                .contains("  skills/Staff.csv 'Staff' row 2: warning: Role 'Techncian' matches no target: there is no"
                        + " Targets sheet, and the name holds no level (Technician A to Technician D) and no FITS"
                        + " title (Teaching Assistant, ICT Technician, Senior ICT Technician, ICT Systems Manager,"
                        + " Network Manager, Service desk administrator), so the gaps of staff in this role are not"
                        + " shown: correct the role's spelling, or add it to the Targets sheet\n");
        assertThat(r.out()).as("once per role, whatever its case and spaces").containsOnlyOnce("matches no target");
    }

    @Test
    void aMisspeltCommandOrOptionGetsDidYouMean() {
        CliTest.Result cmd = CliTest.run("buld");
        assertThat(cmd.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cmd.err())
                .isEqualTo("ictreview: Unmatched argument at index 0: 'buld'\nDid you mean: build or build-all?\n"
                        + "ictreview --help lists the commands\n");
        CliTest.Result opt = CliTest.run("build", "--outt", "x");
        assertThat(opt.err())
                .isEqualTo(
                        "ictreview: Unknown option: '--outt'\nDid you mean: --out?\nictreview build --help lists the options\n");
    }

    @Test
    void helpWrapsAtWords() {
        CliTest.Result h = CliTest.run("build-all", "--help");
        for (String line : h.out().split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
        // a paragraph is wrapped by picocli, never broken where a source line happened to end
        assertThat(h.out().replaceAll("\\s+", " "))
                .contains("1: every school built, some with data warnings or rows left out. 2: a school");
        assertThat(h.out()).doesNotContainPattern("[a-z]-\n");
    }
}
