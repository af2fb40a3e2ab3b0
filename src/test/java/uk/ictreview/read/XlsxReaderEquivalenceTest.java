package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.read.Fixture.book;
import static uk.ictreview.read.Fixture.row;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ictreview.validate.Diagnostics;

/**
 * The StAX .xlsx reader against POI's user model (a whole {@code XSSFWorkbook}, as {@link XlsSource} reads it) on
 * every workbook the project ships and on workbooks built to hold every kind of cell: the same raw rows, and the
 * same records and messages from the workbook's reader.
 */
class XlsxReaderEquivalenceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    static Path dir;

    interface Read {
        WorkbookRead<?> read(SheetSource src, LocalDate today, Diagnostics d) throws UnreadableWorkbookException;
    }

    record Case(String name, Path file, Read reader) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> workbooks() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String base : List.of("incidents", "assets", "skills")) {
            Read reader = reader(base);
            Path example = dir.resolve("example-" + base + ".xlsx");
            try (InputStream in =
                    XlsxReaderEquivalenceTest.class.getResourceAsStream("/uk/ictreview/example/" + base + ".xlsx")) {
                Files.copy(in, example, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            cases.add(new Case("example " + base, example, reader));
            cases.add(new Case("template " + base, Path.of("input-templates", base + ".xlsx"), reader));
        }
        cases.add(
                new Case("every kind of cell", everyKind(false).xlsx(dir.resolve("kinds.xlsx")), reader("incidents")));
        cases.add(new Case("1904 dates", everyKind(true).xlsx(dir.resolve("kinds1904.xlsx")), reader("incidents")));
        cases.add(new Case("random times", randomTimes().xlsx(dir.resolve("times.xlsx")), reader("incidents")));
        cases.add(new Case("inline strings", inline(dir.resolve("inline.xlsx")), reader("incidents")));
        return cases.stream();
    }

    private static Read reader(String base) {
        return switch (base) {
            case "incidents" -> IncidentsReader::read;
            case "assets" -> AssetsReader::read;
            default -> SkillsReader::read;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void theStaxReaderReadsWhatPoisUserModelReads(Case c) throws Exception {
        String name = c.file().getFileName().toString();
        try (SheetSource stax = XlsxSource.open(name, c.file().toFile());
                SheetSource poi = XlsSource.open(name, c.file().toFile())) {
            assertThat(stax.sheetNames()).isEqualTo(poi.sheetNames());
            assertThat(stax.date1904()).isEqualTo(poi.date1904());
            for (String sheet : poi.sheetNames()) {
                assertThat(rows(stax, sheet)).as(sheet).isEqualTo(rows(poi, sheet));
            }
            Diagnostics fromStax = new Diagnostics();
            Diagnostics fromPoi = new Diagnostics();
            WorkbookRead<?> a = c.reader().read(stax, TODAY, fromStax);
            WorkbookRead<?> b = c.reader().read(poi, TODAY, fromPoi);
            assertThat(a).isEqualTo(b);
            assertThat(fromStax.all()).isEqualTo(fromPoi.all());
        }
    }

    private static List<RawRow> rows(SheetSource src, String sheet) throws UnreadableWorkbookException {
        List<RawRow> out = new ArrayList<>();
        src.readSheet(sheet, out::add);
        return out;
    }

    /** Dates, numbers, percentages, booleans, formulas of each result type, escapes, spaces and bad values. */
    private static Fixture everyKind(boolean date1904) {
        Fixture f = book().sheet(
                        "Incidents",
                        row("A call log", null, "(title row)"),
                        row(),
                        row(
                                "Ref",
                                "Logged",
                                "Priority",
                                "Category",
                                "Type",
                                "Responded",
                                "Resolved",
                                "On hold hours",
                                "Reopened",
                                "Escalated to",
                                "Notes"),
                        row(
                                "INC-1",
                                LocalDateTime.of(2026, 9, 4, 9, 0),
                                "P1",
                                "Printing",
                                "Incident",
                                LocalDateTime.of(2026, 9, 4, 9, 30, 15),
                                LocalDateTime.of(2026, 9, 4, 12, 0),
                                1.5,
                                Boolean.TRUE,
                                null,
                                "line_x000D_break"),
                        row(
                                " INC-2 ",
                                "04/09/2026 10:15",
                                2,
                                "Network",
                                "request",
                                46_269.25,
                                null,
                                new Fixture.Percent(0.25),
                                "Y",
                                "Northgate",
                                "  spaced  "),
                        row(
                                "INC-3",
                                new Fixture.Formula("DATE(2026,9,7)+0.375"),
                                new Fixture.Formula("\"P\"&3"),
                                "Wi-Fi",
                                "Fault",
                                null,
                                new Fixture.Formula("1/0"),
                                new Fixture.Formula("0.5*3"),
                                new Fixture.Formula("2>1"),
                                null,
                                "naïve café £12"),
                        row(
                                "inc-1",
                                LocalDate.of(2026, 9, 8),
                                "Urgent",
                                "Software",
                                "Odd",
                                "yesterday",
                                LocalDateTime.of(2026, 9, 7, 8, 0),
                                -1,
                                2.5,
                                null,
                                1e20),
                        row("INC-5", 12, "P4", "Hardware", null, null, null, "1,5", "maybe", null, 0.1 + 0.2));
        return date1904 ? f.date1904() : f;
    }

    /** Times to the second over a year, so the arithmetic date decoding meets every kind of fraction. */
    private static Fixture randomTimes() {
        Random r = new Random(10);
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Ref", "Logged", "Priority", "Category", "Responded", "Resolved"));
        LocalDateTime start = LocalDateTime.of(2025, 9, 1, 0, 0);
        for (int i = 1; i <= 500; i++) {
            LocalDateTime t = start.plusSeconds(r.nextInt(365 * 86_400));
            rows.add(row(
                    "INC-" + i,
                    t,
                    "P" + (1 + i % 4),
                    "Printing",
                    t.plusSeconds(r.nextInt(3_600)),
                    t.plusMinutes(r.nextInt(10_000))));
        }
        return book().sheet("Incidents", rows.toArray(new Object[0][]));
    }

    /** Inline strings, as streaming writers save them, with a gap of columns and rows. */
    private static Path inline(Path file) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var s = wb.createSheet("Incidents");
            String[] header = {"Ref", "Logged", "Priority", "Category"};
            var h = s.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            var row = s.createRow(5);
            row.createCell(0).setCellValue("INC-1");
            row.createCell(1).setCellValue("04/09/2026 09:00");
            row.createCell(2).setCellValue("P2");
            row.createCell(3).setCellValue("Printing");
            row.createCell(27).setCellValue("far right");
            wb.write(out);
        }
        return file;
    }
}
