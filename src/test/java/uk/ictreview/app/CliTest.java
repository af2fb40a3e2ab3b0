package uk.ictreview.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, messages, files written and files left alone. */
class CliTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-24T10:00:00Z"), ZoneId.of("Europe/London"));

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

    @Test
    void versionAndHelp() {
        Result v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("ictreview ");
        Result h = run("build", "--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("--from", "--to", "--templates", "--staff-names", "--out");
    }

    @Test
    void anUnknownOptionIsBadInput() {
        Result r = run("build", "--colour", "red");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void fromWithoutToIsBadInputAndWritesNothing(@TempDir Path out) throws IOException {
        Result r = run("build", "--out", out.toString(), "--from", "2026-04-01");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--from and --to go together");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void initWritesASchoolFolderAndNeverOverwritesOne(@TempDir Path tmp) {
        Path dir = tmp.resolve("new-school");
        Result r = run("init", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(dir.resolve("incidents.xlsx")).isRegularFile();
        assertThat(dir.resolve("assets.xlsx")).isRegularFile();
        assertThat(dir.resolve("skills.xlsx")).isRegularFile();
        assertThat(dir.resolve("pack.md")).isRegularFile();
        Result again = run("init", dir.toString());
        assertThat(again.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).contains("already exists; init never overwrites");
    }

    @Test
    void aFileThatIsNotAWorkbookIsBadInputNamingTheFileAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        Path school = tmp.resolve("school");
        run("init", "--example", school.toString());
        Files.writeString(school.resolve("assets.xlsx"), "this is not a spreadsheet");
        Path out = tmp.resolve("out");
        Result r = run("build", school.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("assets.xlsx").contains("Nothing was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void buildWritesThePackAndLeavesTheWorkbooksByteIdentical(@TempDir Path tmp) throws Exception {
        Path school = tmp.resolve("school");
        run("init", "--example", school.toString());
        String before = checksums(school);
        Path out = tmp.resolve("out");
        Result r = run("build", school.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isIn(ExitCode.OK, ExitCode.WARNINGS);
        assertThat(r.out()).contains("wrote the review of ");
        Path target = onlyPackFolder(out);
        assertThat(target.resolve("index.html")).isRegularFile();
        assertThat(target.resolve("governors-pack.pdf")).isRegularFile();
        assertThat(target.resolve("figures.json")).isRegularFile();
        assertThat(checksums(school)).isEqualTo(before);
    }

    @Test
    void aFailedBuildLeavesTheEarlierOutputUntouched(@TempDir Path tmp) throws Exception {
        Path school = tmp.resolve("school");
        run("init", "--example", school.toString());
        Path out = tmp.resolve("out");
        run("build", school.toString(), "--out", out.toString());
        Path target = onlyPackFolder(out);
        String before = checksums(target);
        Path broken = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(broken.resolve("report.ftlh"), "<html>${r.noSuchFigure}</html>");
        Result r = run("build", school.toString(), "--out", out.toString(), "--templates", broken.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .contains("template report.ftlh line 1")
                .contains("earlier output for this period is unchanged");
        assertThat(checksums(target)).isEqualTo(before);
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s).as("no temporary folder is left behind").hasSize(1);
        }
    }

    @Test
    void checkAnnotateWritesMarkedCopiesAndLeavesTheWorkbooksByteIdentical(@TempDir Path tmp) throws Exception {
        Path school = tmp.resolve("school");
        run("init", "--example", school.toString());
        String before = checksums(school);
        Path out = tmp.resolve("marked");
        Result r = run("check", school.toString(), "--annotate", "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).contains("wrote " + out.resolve("incidents-annotated.xlsx"));
        assertThat(out.resolve("incidents-annotated.xlsx")).isRegularFile();
        assertThat(out.resolve("assets-annotated.xlsx"))
                .as("a workbook with no problems gets no copy")
                .doesNotExist();
        assertThat(checksums(school)).isEqualTo(before);
    }

    @Test
    void checkCountsTheRestOfAColumnsProblemsAfterTwentyInsteadOfPrintingThemAll(@TempDir Path tmp) throws Exception {
        Path school = tmp.resolve("school");
        run("init", "--example", school.toString());
        Files.delete(school.resolve("incidents.xlsx"));
        Path csv = Files.createDirectories(school.resolve("incidents")).resolve("Incidents.csv");
        StringBuilder sb = new StringBuilder("Ref,Logged,Priority,Category\n");
        for (int i = 1; i <= 25; i++) {
            sb.append("INC-").append(i).append(",2026-05-0").append(1 + i % 9).append(" 09:00,Urgent,Printing\n");
        }
        Files.writeString(csv, sb.toString());
        Result r = run("check", school.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        // 25 bad priorities in column C: 20 printed, then one line for the other 5
        assertThat(r.out().lines().filter(l -> l.contains("error: Priority 'Urgent'")))
                .hasSize(20);
        assertThat(r.out())
                .contains("  ... and 5 more errors in column C (ictreview check --annotate marks every one)");
        assertThat(r.out())
                .contains(
                        "25 errors, 0 warnings; 25 calls, 0 assets, 0 staff would be left out of the figures. Rows read: 25 calls");
    }

    @Test
    void aMissingFolderOrTemplateFolderAndAnUnreadableDateAreBadInputWithAPlainMessage(@TempDir Path tmp) {
        Result school = run("build", tmp.resolve("my-shcool").toString(), "--out", tmp.toString());
        assertThat(school.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(school.err()).contains("my-shcool: does not exist").contains("ictreview init");
        Result templates = run("build", "--templates", tmp.resolve("nope").toString(), "--out", tmp.toString());
        assertThat(templates.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(templates.err()).contains("--templates " + tmp.resolve("nope") + " does not exist");
        Result date = run("build", "--from", "2026/13/45", "--to", "2026-12-01");
        assertThat(date.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(date.err()).contains("'2026/13/45' is not a date: write it as 2026-10-23 or 23/10/2026");
    }

    @Test
    void theCommandLineTakesUkDatesToo(@TempDir Path out) throws IOException {
        Result r = run("build", "--from", "13/04/2026", "--to", "22/07/2026", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.WARNINGS);
        assertThat(onlyPackFolder(out).getFileName().toString()).isEqualTo("2026-04-13_2026-07-22");
    }

    @Test
    void aWorkbookAndACsvFolderOfTheSameNameAreAWarningNamingTheOneRead(@TempDir Path tmp) throws IOException {
        Path school = tmp.resolve("school");
        run("init", "--example", school.toString());
        Files.createDirectories(school.resolve("incidents"));
        Files.writeString(school.resolve("incidents").resolve("Incidents.csv"), "Ref,Logged,Priority,Category\n");
        Result r = run("check", school.toString());
        assertThat(r.out())
                .contains("incidents.xlsx: warning: the school folder holds incidents.xlsx and incidents/ for the same "
                        + "workbook: incidents.xlsx is read and the rest ignored");
    }

    @Test
    void aTemplateCopiedToTheWrongPlaceIsAWarningWithTheRightPlace(@TempDir Path tmp) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("sla.ftlh"), "<section id=\"sla\"><h2>Service levels</h2></section>");
        Result r = run(
                "build",
                "--templates",
                templates.toString(),
                "--out",
                tmp.resolve("out").toString());
        assertThat(r.err()).contains("sla.ftlh is not a template ictreview uses: did you mean sections/sla.ftlh?");
    }

    @Test
    void aPeriodRunningPastTheDayOfTheBuildIsCutShortThere(@TempDir Path out) throws IOException {
        // The clock says 24/07/2026: a period to 31/12/2026 is reported up to 24/07/2026.
        Result r = run("build", "--from", "2026-04-13", "--to", "2026-12-31", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.WARNINGS);
        assertThat(onlyPackFolder(out).getFileName().toString()).isEqualTo("2026-04-13_2026-07-24");
        assertThat(Files.readString(onlyPackFolder(out).resolve("index.html")))
                .contains("The period asked for runs to 2026-12-31, after the day of the build");
    }

    static Path onlyPackFolder(Path out) throws IOException {
        try (Stream<Path> schools = Files.list(out)) {
            Path school = schools.findFirst().orElseThrow();
            try (Stream<Path> periods = Files.list(school)) {
                return periods.findFirst().orElseThrow();
            }
        }
    }

    /** SHA-256 of every file under a folder, by name: equal strings mean byte-identical files. */
    static String checksums(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                sb.append(dir.relativize(f))
                        .append(' ')
                        .append(HexFormat.of().formatHex(hash))
                        .append('\n');
            }
        }
        return sb.toString();
    }
}
