package uk.ictreview.workbook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.app.Main;
import uk.ictreview.testing.MiniJson;
import uk.ictreview.workbook.ExampleSchoolGenerator;

/**
 * Builds packs through the command line and evaluates every formula of their audit.xlsx with POI: each Figures
 * formula must equal the figure in figures.json at the path its row names, and say it agrees.
 */
class AuditWorkbookTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path tmp;

    static Path example;

    @BeforeAll
    static void buildTheExample() throws Exception {
        example = build(null, tmp.resolve("out"));
    }

    @Test
    void everyFigureOfTheExampleSchoolIsReproducedByItsFormula() throws Exception {
        try (XSSFWorkbook wb = AuditSheets.open(example.resolve(AuditWorkbook.FILE))) {
            // Every SLA, refresh and coverage key is there: 12 figures x 5 groups + sla.calls, 2 x 5 years + 5,
            // 3 x 12 skills.
            List<AuditSheets.Figure> all = assertAgrees(wb, example, "the example school");
            assertThat(all).hasSize(61 + 15 + 36);
            assertThat(all.stream().filter(f -> f.formula().contains("_xlfn.PERCENTILE.INC")))
                    .hasSize(5);
            // Staff names are hidden in the example's pack: the skills rows are roles, Calls has no names.
            for (Row r : wb.getSheet(SkillsSheet.NAME)) {
                if (r.getRowNum() > 0) {
                    assertThat(r.getCell(0).getStringCellValue()).startsWith("Staff ");
                }
            }
            List<String> head = header(wb, CallsSheet.NAME);
            assertThat(head).doesNotContain("Reported by", "Assigned to");
        }
    }

    @Test
    void everyFigureOfRandomSchoolsIsReproducedByItsFormula() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Random r = new Random(seed);
            int calls = 40 + r.nextInt(400);
            Path school = tmp.resolve("school-" + seed);
            ExampleSchoolGenerator.write(
                    school, new ExampleSchoolGenerator.Options(calls, seed * 7919, r.nextBoolean()));
            String names = r.nextBoolean() ? "shown" : "hidden";
            Path pack = build(school, tmp.resolve("out-" + seed), "--staff-names", names);
            String what = "seed " + seed + " (" + calls + " calls, staff names " + names + ")";
            try (XSSFWorkbook wb = AuditSheets.open(pack.resolve(AuditWorkbook.FILE))) {
                assertAgrees(wb, pack, what);
                assertThat(header(wb, CallsSheet.NAME).contains("Reported by"))
                        .as(what)
                        .isEqualTo(names.equals("shown"));
            }
        }
    }

    /**
     * POI is not the spreadsheet people use: LibreOffice recalculates the example's workbook (it has no cached
     * values) and every "agrees" cell must say TRUE. Runs where LibreOffice is installed (Debian's
     * libreoffice-calc-nogui), with a profile of its own so that it does not meet another running soffice.
     */
    @Test
    void libreOfficeRecalculatesEveryFigureToAgree() throws Exception {
        Path soffice = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(d -> Path.of(d, "soffice"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path dir = Files.createDirectories(tmp.resolve("lo"));
        Files.copy(example.resolve(AuditWorkbook.FILE), dir.resolve(AuditWorkbook.FILE));
        Process p = new ProcessBuilder(
                        soffice.toString(),
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1",
                        "--outdir",
                        dir.toString(),
                        dir.resolve(AuditWorkbook.FILE).toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .parse(Files.newBufferedReader(dir.resolve("audit-Figures.csv"), StandardCharsets.UTF_8))
                .getRecords();
        long figures = rows.stream()
                .skip(1)
                .filter(r -> !r.get(0).isEmpty())
                .peek(r -> assertThat(r.get(4))
                        .as("LibreOffice: %s = %s, ictreview %s", r.get(0), r.get(2), r.get(3))
                        .isEqualTo("TRUE"))
                .count();
        assertThat(figures).isEqualTo(61 + 15 + 36);
        CSVRecord last = rows.get(rows.size() - 1);
        assertThat(last.get(1)).isEqualTo("Every figure agrees");
        assertThat(last.get(4)).isEqualTo("TRUE");
    }

    /** Evaluates every figure and checks it against the pack's figures.json; returns them. */
    private static List<AuditSheets.Figure> assertAgrees(XSSFWorkbook wb, Path pack, String what) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>)
                MiniJson.parse(Files.readString(pack.resolve("figures.json"), StandardCharsets.UTF_8));
        List<AuditSheets.Figure> all = AuditSheets.figures(wb);
        for (AuditSheets.Figure f : all) {
            Object expected = AuditSheets.at(json, f.key());
            assertThat(AuditSheets.same(f.excel(), expected))
                    .as("%s: %s = %s by =%s, figures.json has %s", what, f.key(), f.excel(), f.formula(), expected)
                    .isTrue();
            assertThat(f.agrees()).as("%s: %s agrees", what, f.key()).isTrue();
        }
        assertThat(AuditSheets.everyFigureAgrees(wb)).as(what).isEqualTo(true);
        return all;
    }

    private static List<String> header(XSSFWorkbook wb, String sheet) {
        Row r = wb.getSheet(sheet).getRow(0);
        return Stream.iterate(0, i -> i < r.getLastCellNum(), i -> i + 1)
                .map(i -> r.getCell(i).getStringCellValue())
                .toList();
    }

    /** Builds a school (null: the example) and returns its pack folder. */
    static Path build(Path school, Path out, String... more) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("build"));
        if (school != null) {
            args.add(school.toString());
        }
        args.addAll(List.of("--out", out.toString()));
        args.addAll(List.of(more));
        int code = Main.run(
                new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8),
                CLOCK,
                args.toArray(new String[0]));
        assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isLessThanOrEqualTo(1);
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.getFileName().toString().equals(AuditWorkbook.FILE))
                    .findFirst()
                    .orElseThrow()
                    .getParent();
        }
    }
}
