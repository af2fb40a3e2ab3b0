package uk.ictreview.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.read.Workbooks;
import uk.ictreview.validate.Place;

class ExampleSchoolTest {
    /** The deliberate bad row, as docs/rules-workbook.md documents it. */
    static final String BAD_CELL = "incidents.xlsx 'Incidents'!K804";

    @TempDir
    static Path dir;

    static Place bad;
    static LogRows log;

    @BeforeAll
    static void generate() throws IOException {
        if (Regenerate.requested()) {
            Regenerate.example();
        }
        bad = ExampleSchoolGenerator.write(dir);
        log = LogRows.read(dir.resolve("incidents.xlsx"));
    }

    @Test
    void committedResourcesAreWhatTheGeneratorMakes() throws IOException {
        for (String name : TemplateWriter.fileNames()) {
            Path committed = Regenerate.EXAMPLE.resolve(name);
            if (name.endsWith(".md")) {
                assertThat(Files.readString(committed)).as(name).isEqualTo(Files.readString(dir.resolve(name)));
            } else {
                assertThat(WorkbookDump.of(committed))
                        .as(name + " (regenerate with -Dupdate=true)")
                        .containsExactlyElementsOf(WorkbookDump.of(dir.resolve(name)));
            }
        }
    }

    @Test
    void twoGenerationsAreEqual(@TempDir Path other) throws IOException {
        ExampleSchoolGenerator.write(other);
        for (String name : TemplateWriter.fileNames()) {
            if (name.endsWith(".xlsx")) {
                assertThat(WorkbookDump.of(other.resolve(name))).as(name).isEqualTo(WorkbookDump.of(dir.resolve(name)));
            } else {
                assertThat(Files.mismatch(other.resolve(name), dir.resolve(name)))
                        .as(name)
                        .isEqualTo(-1L);
            }
        }
    }

    @Test
    void hasAboutThreeThousandCallsAThousandAssetsAndFiveStaff() throws IOException {
        assertThat(log.rows()).hasSize(3000);
        assertThat(dataRows("assets.xlsx", Workbooks.ASSETS)).isBetween(950, 1050);
        assertThat(dataRows("skills.xlsx", Workbooks.STAFF)).isEqualTo(5);
    }

    @Test
    void callsFallOnlyOnOpenSchoolDays() {
        for (LogRows.LogRow r : log.rows()) {
            LocalDate d = r.logged().toLocalDate();
            assertThat(d.getDayOfWeek()).as(r.ref()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(SchoolYear.BANK_HOLIDAYS).as(r.ref()).doesNotContain(d);
            assertThat(SchoolYear.CLOSURES).as(r.ref()).noneMatch(c -> c.contains(d));
        }
    }

    @Test
    void exactlyOneBadRowWhereTheDocsSay() {
        var badRows = log.rows().stream()
                .filter(r -> r.resolved() != null && r.resolved().isBefore(r.logged()))
                .toList();
        assertThat(badRows).hasSize(1);
        assertThat(bad).hasToString(BAD_CELL);
        assertThat(badRows.get(0).excelRow()).isEqualTo(bad.row());
        // No other row has its times out of order.
        assertThat(log.rows())
                .filteredOn(r -> r.responded() != null && r.responded().isBefore(r.logged()))
                .isEmpty();
        assertThat(log.rows())
                .filteredOn(r -> r.responded() != null
                        && r.resolved() != null
                        && r.resolved().isBefore(r.responded()))
                .isEmpty();
    }

    @Test
    void hasTheRealisticMess() {
        assertThat(log.headerRow()).isEqualTo(2);
        assertThat(log.rows())
                .filteredOn(LogRows.LogRow::loggedAsText)
                .singleElement()
                .satisfies(r -> assertThat(r.logged().toLocalDate()).isEqualTo(IncidentsSheet.TEXT_DATE_DAY));
        // A blank row: the Excel row numbers of the data skip one.
        int first = log.rows().get(0).excelRow();
        int last = log.rows().get(log.rows().size() - 1).excelRow();
        assertThat(last - first + 1).isEqualTo(log.rows().size() + 1);
    }

    @Test
    void prioritiesTypesAndEscalationsHaveRealisticShares() {
        Map<String, Long> byPriority = count(LogRows.LogRow::priority);
        // Expected 2% / 13% / 55% / 30% of 3,000: 60 / 390 / 1,650 / 900, within sampling noise.
        assertThat(byPriority.get("P1")).isBetween(35L, 90L);
        assertThat(byPriority.get("P2")).isBetween(330L, 450L);
        assertThat(byPriority.get("P3")).isBetween(1550L, 1750L);
        assertThat(byPriority.get("P4")).isBetween(820L, 980L);
        Map<String, Long> byType = count(LogRows.LogRow::type);
        assertThat(byType.get("Request")).isBetween(600L, 900L);
        assertThat(byType.keySet()).contains("Incident", "Request", "Problem", "Change", "Maintenance");
        long escalated =
                log.rows().stream().filter(r -> r.escalatedTo() != null).count();
        assertThat(escalated).isBetween(120L, 240L);
    }

    @Test
    void someIncidentsAndRequestsAreStillOpenAtTheEndOfTheSummerTerm() {
        long open = log.rows().stream()
                .filter(r -> r.resolved() == null)
                .filter(r -> r.type().equals("Incident") || r.type().equals("Request"))
                .count();
        assertThat(open).isBetween(20L, 40L);
    }

    @Test
    void repeatOffendersAreInTheAssetRegister() throws IOException {
        Set<String> register = tags();
        Map<String, Long> summer = log.rows().stream()
                .filter(r -> r.assetTag() != null && !r.logged().toLocalDate().isBefore(LocalDate.of(2026, 4, 13)))
                .collect(Collectors.groupingBy(LogRows.LogRow::assetTag, Collectors.counting()));
        assertThat(summer)
                .as("assets with 3+ calls in the summer term")
                .containsKeys(ExampleAssets.TROUBLESOME.get(0))
                .satisfies(
                        m -> assertThat(m.values().stream().filter(n -> n >= 3).count())
                                .isBetween(2L, 8L));
        assertThat(log.rows()).filteredOn(r -> r.assetTag() != null).allMatch(r -> register.contains(r.assetTag()));
    }

    @Test
    void refusesToOverwriteAndExtractsTheBundledCopy(@TempDir Path target) throws IOException {
        Files.writeString(target.resolve("pack.md"), "mine");
        assertThatThrownBy(() -> ExampleSchool.extractTo(target))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("pack.md");
        assertThat(Files.readString(target.resolve("pack.md"))).isEqualTo("mine");
        Path fresh = target.resolve("fresh");
        ExampleSchool.extractTo(fresh);
        for (String name : ExampleSchool.fileNames()) {
            assertThat(fresh.resolve(name)).isNotEmptyFile();
        }
        assertThat(Files.readString(fresh.resolve("pack.md"))).contains("school: Hollowmere Academy");
    }

    @Test
    void largeLogsForBenchmarksAreStreamedAndTidy(@TempDir Path big) throws IOException {
        Place none = ExampleSchoolGenerator.write(big, new ExampleSchoolGenerator.Options(21_000, 7L, false));
        assertThat(none).isNull();
        LogRows rows = LogRows.read(big.resolve("incidents.xlsx"));
        assertThat(rows.headerRow()).isZero();
        assertThat(rows.rows()).hasSize(21_000);
        assertThat(rows.rows().get(20_999).ref()).isEqualTo("INC-21000");
        assertThat(rows.rows()).noneMatch(LogRows.LogRow::loggedAsText);
        assertThat(rows.rows())
                .noneMatch(r -> r.resolved() != null && r.resolved().isBefore(r.logged()));
    }

    @Test
    void optionsNeedAtLeastOneCall() {
        assertThatThrownBy(() -> new ExampleSchoolGenerator.Options(0, 1L, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Long> count(java.util.function.Function<LogRows.LogRow, String> key) {
        return log.rows().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static int dataRows(String file, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(file));
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            int n = 0;
            for (Row row : sheet) {
                n += row.getRowNum() > 0 && row.getCell(0) != null ? 1 : 0;
            }
            return n;
        }
    }

    private static Set<String> tags() throws IOException {
        Set<String> tags = new HashSet<>();
        try (InputStream in = Files.newInputStream(dir.resolve("assets.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            for (Row row : wb.getSheet(Workbooks.ASSETS)) {
                if (row.getRowNum() > 0) {
                    tags.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        return tags;
    }
}
