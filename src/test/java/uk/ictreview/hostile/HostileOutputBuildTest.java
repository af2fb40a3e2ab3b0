package uk.ictreview.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.app.ExitCode;
import uk.ictreview.app.Main;

/**
 * The example school made hostile: formula text in every free-text column of every sheet (the same text for the
 * same value, so names and tags still match across sheets), link tricks and 100-deep lists in pack.md, and the
 * hidden folders a killed build leaves. Built twice, through the command line.
 */
class HostileOutputBuildTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-24T10:00:00Z"), ZoneId.of("Europe/London"));
    /** Columns a person types free text into, by header, in the three workbooks. */
    static final Set<String> FREE_TEXT = Set.of(
            "reported by",
            "location",
            "assigned to",
            "escalated to",
            "make",
            "model",
            "serial",
            "notes",
            "name",
            "role",
            "employer",
            "covered by");

    static final List<String> PREFIXES =
            List.of("=HYPERLINK(\"http://evil.example\",\"", "+cmd|' /C calc'!A0 ", "-2+3 ", "@SUM(1) ", "\t=", "\r=");

    @TempDir
    static Path tmp;

    static Path school;
    static Map<String, String> inputsBefore;
    static Result first;
    static Result second;
    static Path pack;
    static Path leftover;
    static Path oldLeftover;
    static Path notOurs;

    record Result(int code, String out, String err) {}

    @BeforeAll
    static void buildTheHostileSchoolTwice() throws Exception {
        school = tmp.resolve("school");
        assertThat(run("init", "--example", school.toString()).code()).isZero();
        for (String wb : List.of("incidents.xlsx", "assets.xlsx", "skills.xlsx")) {
            poison(school.resolve(wb));
        }
        Files.writeString(
                school.resolve("pack.md"),
                Files.readString(school.resolve("pack.md")) + "\n" + HOSTILE_MD
                        + HostileOutputDeepMarkdownTest.deep("list2"));
        inputsBefore = digests(school);
        Path target = tmp.resolve("out/hollowmere-academy");
        Files.createDirectories(target);
        leftover = Files.createDirectory(target.resolve(".2026-04-13_2026-07-22.tmp-123456789"));
        Files.writeString(leftover.resolve("index.html"), "half written");
        oldLeftover = Files.createDirectory(target.resolve(".2026-04-13_2026-07-22.old-42"));
        notOurs = Files.createDirectory(target.resolve(".2026-04-13_2026-07-22.tmp-mine"));
        for (Path p : List.of(leftover, oldLeftover, notOurs)) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }
        first = run("build", school.toString(), "--out", tmp.resolve("out").toString());
        pack = target.resolve("2026-04-13_2026-07-22");
        second = run("build", school.toString(), "--out", tmp.resolve("again").toString());
    }

    static final String HOSTILE_MD =
            """
            [a](JaVaScRiPt:alert(1)) [b](javascript&#58;alert(1)) [c](data:text/html,x) [d](vbscript:x)
            [e]( java\tscript:alert(1)) [f](file:///etc/passwd) ![g](file:///etc/passwd) ![h](http://127.0.0.1:9/x.png)
            <script>alert(1)</script> [ok](https://www.gov.uk/)

            """;

    @Test
    void theBuildSucceedsWithWarningsAndPrintsNoStackTrace() {
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.WARNINGS);
        assertThat(Inert.hasStackTrace(first.err() + first.out()))
                .as(first.err())
                .isFalse();
    }

    @Test
    void theInputsAreByteIdenticalAfterwards() throws Exception {
        assertThat(digests(school)).isEqualTo(inputsBefore);
    }

    @Test
    void noCsvFieldIsActiveAndTheFormulasAreThereAsText() throws Exception {
        assertThat(Inert.activeCsvFields(pack)).isEmpty();
        assertThat(Files.readString(pack.resolve("sla-calls.csv"))).contains("'=HYPERLINK(");
    }

    @Test
    void noLinkInTheHtmlIsActiveAndTheHtmlFetchesNothing() throws Exception {
        var doc = Jsoup.parse(pack.resolve("index.html").toFile(), "UTF-8");
        assertThat(Inert.activeLinks(doc)).isEmpty();
        assertThat(doc.select("#commentary a").eachAttr("href")).isNotEmpty().allSatisfy(h -> assertThat(h)
                .startsWith("https://www.gov.uk/"));
        assertThat(doc.select("script, link[href], img[src^=http], img[src^=file]"))
                .isEmpty();
    }

    @Test
    void theDeepListIsFlattenedAndTheWarningNamesItsLine() {
        assertThat(first.err()).contains("1 warning");
        var html = pack.resolve("index.html");
        assertThat(html).content().contains("pack.md", "the commentary nests lists or quotes 100 levels deep");
    }

    @Test
    void twoBuildsOfTheSameInputsGiveByteIdenticalFiles() throws Exception {
        Path again = tmp.resolve("again/hollowmere-academy/2026-04-13_2026-07-22");
        assertThat(second.code()).isEqualTo(first.code());
        assertThat(digests(again)).isEqualTo(digests(pack));
        assertThat(Files.readAllBytes(again.resolve("governors-pack.pdf")))
                .isEqualTo(Files.readAllBytes(pack.resolve("governors-pack.pdf")));
    }

    @Test
    void dataQualityCsvHoldsEveryProblem() throws Exception {
        String csv = Files.readString(pack.resolve("data-quality.csv"));
        assertThat(csv).startsWith("Where,Severity,What is wrong\r\n").contains("incidents.xlsx 'Incidents'!K804");
    }

    @Test
    void theFoldersAKilledBuildLeftAreRemovedButNotOthers() {
        assertThat(leftover).doesNotExist();
        assertThat(oldLeftover).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(pack.resolve("index.html")).exists();
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsBadInputNamingIt() {
        Result r = run("build", school.toString(), "--out", "/proc/ictreview-out");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("cannot write the pack to /proc/ictreview-out");
        assertThat(Inert.hasStackTrace(r.err())).isFalse();
    }

    /** Prefixes every free-text cell with a formula, the prefix chosen by the value so it is the same everywhere. */
    static void poison(Path file) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        for (Sheet sheet : wb) {
            Map<Integer, Boolean> free = new TreeMap<>();
            for (Row row : sheet) {
                if (free.isEmpty()) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING
                                && FREE_TEXT.contains(
                                        c.getStringCellValue().strip().toLowerCase(java.util.Locale.ROOT))) {
                            free.put(c.getColumnIndex(), true);
                        }
                    }
                    continue;
                }
                for (int col : free.keySet()) {
                    Cell c = row.getCell(col);
                    if (c != null
                            && c.getCellType() == CellType.STRING
                            && !c.getStringCellValue().isBlank()) {
                        String v = c.getStringCellValue();
                        c.setCellValue(PREFIXES.get(Math.floorMod(v.hashCode(), PREFIXES.size())) + v);
                    }
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    static Map<String, String> digests(Path dir) throws Exception {
        Map<String, String> d = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                d.put(dir.relativize(p).toString(), HexFormat.of().formatHex(sha));
            }
        }
        return d;
    }

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
}
