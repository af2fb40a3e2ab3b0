package uk.ictreview.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.validate.Place;
import uk.ictreview.validate.Severity;

class AnnotatorTest {
    @TempDir
    Path dir;

    private static final String FILE = "incidents.xlsx";
    /** Resolved (K3) before Logged; a whole-row warning on row 4; a sheet-level and a file-level problem. */
    private static final List<Diagnostic> DIAGNOSTICS = List.of(
            new Diagnostic(
                    Severity.ERROR,
                    Place.cell(FILE, "Incidents", 3, 10),
                    "Resolved (03/09/2026 10:15) is before Logged (04/09/2026 09:00)"),
            new Diagnostic(Severity.WARNING, Place.row(FILE, "Incidents", 4), "Ref INC-0002 appears twice"),
            new Diagnostic(Severity.WARNING, Place.cell(FILE, "Incidents", 3, 10), "Resolved on a closed day"),
            new Diagnostic(Severity.NOTE, Place.sheet(FILE, "Incidents"), "unknown column 'Colour' kept"),
            new Diagnostic(Severity.WARNING, Place.file(FILE), "no Service levels sheet: the defaults apply"),
            new Diagnostic(Severity.ERROR, Place.cell(FILE, "No such sheet", 2, 1), "placed only in the summary"),
            // J3, the left neighbour of K3, which has a comment already: a new-user trial crashed here
            new Diagnostic(Severity.WARNING, Place.cell(FILE, "Incidents", 3, 9), "Responded after Resolved"));

    @Test
    void xlsxCopyCarriesHighlightsAndCommentsAndTheOriginalIsUnchanged() throws Exception {
        Path source = dir.resolve(FILE);
        write(new XSSFWorkbook(), source);
        String before = sha256(source);
        Path out = dir.resolve("out").resolve(Annotator.outputName(source));
        Annotator.annotate(source, DIAGNOSTICS, out);

        assertThat(sha256(source)).isEqualTo(before);
        assertThat(out.getFileName().toString()).isEqualTo("incidents-annotated.xlsx");
        try (Workbook wb = read(out)) {
            assertThat(wb).isInstanceOf(XSSFWorkbook.class);
            checkMarks(wb);
        }
    }

    @Test
    void xlsGivesAnXlsCopy() throws Exception {
        Path source = dir.resolve("incidents.xls");
        write(new HSSFWorkbook(), source);
        String before = sha256(source);
        Path out = dir.resolve(Annotator.outputName(source));
        Annotator.annotate(source, DIAGNOSTICS, out);

        assertThat(sha256(source)).isEqualTo(before);
        assertThat(out.getFileName().toString()).isEqualTo("incidents-annotated.xls");
        try (Workbook wb = read(out)) {
            assertThat(wb).isInstanceOf(HSSFWorkbook.class);
            checkMarks(wb);
        }
    }

    @Test
    void aWindows1252CsvIsMarkedAsTheCheckReadIt() throws Exception {
        // Excel's plain 'CSV (Comma delimited)' on a UK machine: 0xA3 is £. The check reads it as Windows-1252, so
        // its annotated copy must too (it used to stop on the first byte that is not UTF-8).
        Path folder = dir.resolve("assets");
        Files.createDirectories(folder);
        Path csv = folder.resolve("Assets.csv");
        byte[] bytes = "Tag,Type,Cost\nA-1,Laptop,\u00a3450\nA-2,Robot,\u00a3120\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(csv, bytes);
        Diagnostic unknown = new Diagnostic(
                Severity.WARNING, Place.cell("assets/Assets.csv", "Assets", 3, 1), "Type 'Robot' is not a known type");
        Path out = dir.resolve(Annotator.outputName(folder));
        Annotator.annotate(folder, List.of(unknown), out);
        assertThat(Files.readAllBytes(csv)).isEqualTo(bytes);
        try (Workbook wb = read(out)) {
            Sheet sheet = wb.getSheet("Assets");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("\u00a3450");
            assertThat(sheet.getRow(2).getCell(1).getCellComment().getString().getString())
                    .contains("Type 'Robot' is not a known type");
        }
    }

    @Test
    void csvFolderGivesAnXlsxBuiltFromTheCsvFiles() throws Exception {
        Path folder = dir.resolve("incidents");
        Files.createDirectories(folder);
        Path csv = folder.resolve("Incidents.csv");
        Files.writeString(
                csv, "\uFEFFRef,Logged,Priority\nINC-0001,04/09/2026 09:00,P3\n\"INC-0002\",\"05/09/2026, late\",P9\n");
        String before = sha256(csv);
        Path out = dir.resolve(Annotator.outputName(folder));
        Diagnostic bad = new Diagnostic(
                Severity.ERROR, Place.cell("incidents/Incidents.csv", "Incidents", 3, 2), "Priority 'P9' is not P1-P4");
        Annotator.annotate(folder, List.of(bad), out);

        assertThat(sha256(csv)).isEqualTo(before);
        assertThat(out.getFileName().toString()).isEqualTo("incidents-annotated.xlsx");
        try (Workbook wb = read(out)) {
            Sheet sheet = wb.getSheet("Incidents");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ref");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("05/09/2026, late");
            Cell cell = sheet.getRow(2).getCell(2);
            assertThat(cell.getCellComment().getString().getString()).isEqualTo("error: Priority 'P9' is not P1-P4");
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo(Annotator.SUMMARY);
        }
    }

    @Test
    void marksTheExampleSchoolsBadRow() throws Exception {
        Path source = dir.resolve(FILE);
        try (InputStream in = getClass().getResourceAsStream(ExampleSchool.RESOURCE_DIR + FILE)) {
            Files.copy(in, source);
        }
        String before = sha256(source);
        Place place = Place.cell(FILE, "Incidents", 804, 10);
        assertThat(place).hasToString(ExampleSchoolTest.BAD_CELL);
        Annotator.annotate(
                source,
                List.of(new Diagnostic(Severity.ERROR, place, "Resolved is before Logged")),
                dir.resolve("annotated.xlsx"));
        assertThat(sha256(source)).isEqualTo(before);
        try (Workbook wb = read(dir.resolve("annotated.xlsx"))) {
            Cell cell = wb.getSheet("Incidents").getRow(803).getCell(10);
            assertThat(cell.getCellComment().getString().getString()).isEqualTo("error: Resolved is before Logged");
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
        }
    }

    @Test
    void neverWritesOverItsSource() throws Exception {
        Path source = dir.resolve(FILE);
        write(new XSSFWorkbook(), source);
        String before = sha256(source);
        assertThatThrownBy(() -> Annotator.annotate(source, DIAGNOSTICS, source))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not replace");
        assertThat(sha256(source)).isEqualTo(before);
    }

    private static void checkMarks(Workbook wb) {
        Sheet summary = wb.getSheetAt(0);
        assertThat(summary.getSheetName()).isEqualTo(Annotator.SUMMARY);
        assertThat(summary.getLastRowNum()).isEqualTo(DIAGNOSTICS.size());
        assertThat(summary.getRow(5).getCell(0).getStringCellValue()).isEqualTo("incidents.xlsx");
        assertThat(summary.getRow(5).getCell(2).getStringCellValue()).contains("no Service levels sheet");

        Sheet sheet = wb.getSheet("Incidents");
        Cell resolved = sheet.getRow(2).getCell(10);
        assertThat(resolved.getCellComment().getString().getString())
                .isEqualTo("Checked by hand\nerror: Resolved (03/09/2026 10:15) is before Logged (04/09/2026 09:00)\n"
                        + "warning: Resolved on a closed day");
        assertThat(sheet.getRow(2).getCell(9).getCellComment().getString().getString())
                .isEqualTo("warning: Responded after Resolved");
        CellStyle style = resolved.getCellStyle();
        assertThat(style.getFillForegroundColor()).isEqualTo(IndexedColors.CORAL.getIndex());
        assertThat(style.getDataFormatString()).as("the date format is kept").isEqualTo("dd/mm/yyyy hh:mm");

        Row duplicate = sheet.getRow(3);
        for (int c = 0; c < 11; c++) {
            assertThat(duplicate.getCell(c).getCellStyle().getFillForegroundColor())
                    .as("row 4 col " + c)
                    .isEqualTo(IndexedColors.GOLD.getIndex());
        }
        assertThat(duplicate.getCell(0).getCellComment().getString().getString())
                .isEqualTo("warning: Ref INC-0002 appears twice");
        assertThat(duplicate.getCell(1).getCellComment()).isNull();
        // Untouched cells keep their plain style.
        assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFillForegroundColor())
                .isNotEqualTo(IndexedColors.CORAL.getIndex());
    }

    /** A tiny Incidents sheet: header, INC-0001, INC-0002 (bad Resolved, with a comment already), INC-0002 again. */
    private static void write(Workbook wb, Path file) throws IOException {
        Styles styles = new Styles(wb);
        Sheet sheet = wb.createSheet("Incidents");
        Cells.row(
                sheet,
                styles,
                0,
                "Ref",
                "Logged",
                "Priority",
                "Category",
                "Type",
                "Reported by",
                "Location",
                "Assigned to",
                "Asset tag",
                "Responded",
                "Resolved");
        LocalDateTime logged = LocalDateTime.of(2026, 9, 4, 9, 0);
        Cells.row(sheet, styles, 1, "INC-0001", logged, "P3", "Printing");
        Cells.row(
                sheet,
                styles,
                2,
                "INC-0002",
                logged,
                "P3",
                "Printing",
                null,
                null,
                null,
                null,
                null,
                null,
                LocalDateTime.of(2026, 9, 3, 10, 15));
        Cells.row(
                sheet,
                styles,
                3,
                "INC-0002",
                logged,
                "P4",
                "Wi-Fi",
                "Request",
                "Mrs Okafor",
                "S4",
                "Priya Raman",
                "HA-AP-0001",
                logged.plusHours(1),
                logged.plusHours(2));
        Cell resolved = sheet.getRow(2).getCell(10);
        var anchor = wb.getCreationHelper().createClientAnchor();
        var comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString("Checked by hand"));
        resolved.setCellComment(comment);
        try (wb;
                OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static Workbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
