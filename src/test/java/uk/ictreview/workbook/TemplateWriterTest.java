package uk.ictreview.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.model.Skill;
import uk.ictreview.read.ColumnKind;
import uk.ictreview.read.ColumnSpec;
import uk.ictreview.read.SheetSpec;
import uk.ictreview.read.WorkbookSpec;
import uk.ictreview.read.Workbooks;

class TemplateWriterTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws IOException {
        if (Regenerate.requested()) {
            Regenerate.templates();
        }
        TemplateWriter.writeSchoolFolder(dir);
    }

    @Test
    void inputTemplatesAreWhatTheWriterMakes() throws IOException {
        try (Stream<Path> files = Files.list(Regenerate.TEMPLATES)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .as("input-templates/ holds exactly the template files")
                    .containsExactlyElementsOf(
                            TemplateWriter.fileNames().stream().sorted().toList());
        }
        for (WorkbookSpec spec : Workbooks.ALL) {
            assertThat(WorkbookDump.of(Regenerate.TEMPLATES.resolve(spec.fileName())))
                    .as(spec.fileName() + " (regenerate with -Dupdate=true)")
                    .containsExactlyElementsOf(WorkbookDump.of(dir.resolve(spec.fileName())));
        }
        assertThat(Files.mismatch(Regenerate.TEMPLATES.resolve("pack.md"), dir.resolve("pack.md")))
                .isEqualTo(-1L);
    }

    @Test
    void everySheetHasItsColumnsInOrderUnderAFrozenBoldHeader() throws IOException {
        for (WorkbookSpec spec : Workbooks.ALL) {
            try (Workbook wb = open(spec)) {
                List<String> tabs = new ArrayList<>();
                wb.forEach(s -> tabs.add(s.getSheetName()));
                List<String> expected = new ArrayList<>(
                        spec.sheets().stream().map(SheetSpec::name).toList());
                expected.add(AboutSheet.NAME);
                assertThat(tabs).as(spec.fileName()).containsExactlyElementsOf(expected);
                for (SheetSpec s : spec.sheets()) {
                    Sheet sheet = wb.getSheet(s.name());
                    Row header = sheet.getRow(0);
                    for (int c = 0; c < s.columns().size(); c++) {
                        assertThat(header.getCell(c).getStringCellValue())
                                .isEqualTo(s.columns().get(c).name());
                        assertThat(wb.getFontAt(header.getCell(c).getCellStyle().getFontIndex())
                                        .getBold())
                                .isTrue();
                    }
                    assertThat(sheet.getPaneInformation().isFreezePane())
                            .as(s.name())
                            .isTrue();
                    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                            .isEqualTo((short) 1);
                }
            }
        }
    }

    @Test
    void dropDownsSitOnTheRightColumns() throws IOException {
        for (WorkbookSpec spec : Workbooks.ALL) {
            try (Workbook wb = open(spec)) {
                for (SheetSpec s : spec.sheets()) {
                    Sheet sheet = wb.getSheet(s.name());
                    for (int c = 0; c < s.columns().size(); c++) {
                        ColumnSpec col = s.columns().get(c);
                        DataValidation v = validationAt(sheet, c);
                        if (!offersList(col.kind())) {
                            assertThat(v).as(s.name() + "!" + col.name()).isNull();
                            continue;
                        }
                        assertThat(v).as(s.name() + "!" + col.name()).isNotNull();
                        assertThat(v.getRegions().getCellRangeAddresses()[0].getFirstRow())
                                .isEqualTo(1);
                        // main sheets to row 20,001 (0-based 20,000): past a year's log of 3,000 calls
                        assertThat(v.getRegions().getCellRangeAddresses()[0].getLastRow())
                                .as(s.name() + "!" + col.name() + " drop-down reaches")
                                .isEqualTo(s.required() ? 20_000 : 50);
                        checkList(col, v);
                    }
                }
            }
        }
    }

    @Test
    void dateColumnsDefaultToUkFormats() throws IOException {
        try (Workbook wb = open(Workbooks.INCIDENTS_WORKBOOK)) {
            Sheet sheet = wb.getSheet(Workbooks.INCIDENTS);
            // Logged is column B (1), a DATE_TIME column.
            assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
        }
        try (Workbook wb = open(Workbooks.ASSETS_WORKBOOK)) {
            // Purchased is column G (6), a DATE column.
            assertThat(wb.getSheet(Workbooks.ASSETS).getColumnStyle(6).getDataFormatString())
                    .isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void policySheetsHoldTheDefaults() throws IOException {
        List<String> incidents = WorkbookDump.of(dir.resolve("incidents.xlsx"));
        // Service levels P3: 4 / 24 support hours; Support hours: Friday 08:00-16:30 (a time cell reads back as a time
        // on 31/12/1899).
        assertThat(incidents)
                .contains(
                        "  A4 text P3",
                        "  C4 number 4.0 [General]",
                        "  D4 number 24.0 [General]",
                        "  A6 text Friday",
                        "  C6 date 1899-12-31T16:30 [hh:mm]");
        List<String> skills = WorkbookDump.of(dir.resolve("skills.xlsx"));
        assertThat(skills)
                .contains(
                        "  A3 text ICT Technician",
                        "  B3 text B",
                        "  M3 text B",
                        "  A2 text " + Skill.DESKTOP_APPLICATION_SUPPORT.label(),
                        "  B13 text C");
        List<String> assets = WorkbookDump.of(dir.resolve("assets.xlsx"));
        assertThat(assets)
                .contains("  A3 text Laptop", "  B3 number 4.0 [General]", "  C3 number 600.0 [\u00a3#,##0.00]");
    }

    @Test
    void aboutSheetExplainsEveryColumn() throws IOException {
        try (Workbook wb = open(Workbooks.INCIDENTS_WORKBOOK)) {
            Sheet about = wb.getSheet(AboutSheet.NAME);
            List<String> text = new ArrayList<>();
            about.forEach(r -> r.forEach(c -> text.add(c.getStringCellValue())));
            for (SheetSpec s : Workbooks.INCIDENTS_WORKBOOK.sheets()) {
                assertThat(text).contains(s.purpose());
                for (ColumnSpec c : s.columns()) {
                    assertThat(text).anyMatch(t -> t.startsWith(c.help()));
                }
            }
            assertThat(text).contains("required");
        }
    }

    @Test
    void coreAndContentAreFixed(@TempDir Path other) throws IOException {
        TemplateWriter.writeSchoolFolder(other);
        for (WorkbookSpec spec : Workbooks.ALL) {
            assertThat(WorkbookDump.of(other.resolve(spec.fileName())))
                    .isEqualTo(WorkbookDump.of(dir.resolve(spec.fileName())));
            // Zip entries carry the fixed date too, so even the bytes agree.
            assertThat(Files.mismatch(other.resolve(spec.fileName()), dir.resolve(spec.fileName())))
                    .isEqualTo(-1L);
            try (InputStream in = Files.newInputStream(other.resolve(spec.fileName()));
                    XSSFWorkbook wb = new XSSFWorkbook(in)) {
                var core = wb.getProperties().getCoreProperties();
                assertThat(core.getCreator()).isEqualTo("ictreview");
                assertThat(core.getCreated().toInstant()).isEqualTo(WorkbookFiles.CREATED);
            }
        }
    }

    @Test
    void refusesToOverwrite(@TempDir Path target) throws IOException {
        Files.writeString(target.resolve("skills.xlsx"), "precious");
        assertThatThrownBy(() -> TemplateWriter.writeSchoolFolder(target))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("skills.xlsx")
                .hasMessageContaining("never overwrites");
        assertThat(Files.readString(target.resolve("skills.xlsx"))).isEqualTo("precious");
        assertThat(target.resolve("incidents.xlsx")).doesNotExist();
    }

    private static boolean offersList(ColumnKind kind) {
        return switch (kind) {
            case PRIORITY, CALL_TYPE, ASSET_STATUS, ASSET_TYPE, LEVEL, DAY_OF_WEEK, SKILL, YES_NO_COUNT -> true;
            default -> false;
        };
    }

    private static void checkList(ColumnSpec col, DataValidation v) {
        var c = v.getValidationConstraint();
        switch (col.kind()) {
            // what the About sheet says is accepted, and what the reader takes
            case PRIORITY -> {
                assertThat(c.getExplicitListValues())
                        .containsExactly(
                                "P1", "P2", "P3", "P4", "Critical", "High", "Medium", "Low", "1", "2", "3", "4");
                for (String form : c.getExplicitListValues()) {
                    assertThat(uk.ictreview.model.Priority.parse(form)).as(form).isPresent();
                }
            }
            case LEVEL -> assertThat(c.getExplicitListValues()).containsExactly("A", "B", "C", "D", "-");
            case ASSET_TYPE -> {
                assertThat(c.getExplicitListValues()).contains("Laptop", "Interactive display", "UPS");
                assertThat(v.getErrorStyle()).as("custom types allowed").isEqualTo(DataValidation.ErrorStyle.WARNING);
            }
            case SKILL -> assertThat(c.getFormula1()).isEqualTo("'About'!$E$2:$E$13");
            case DAY_OF_WEEK ->
                assertThat(c.getExplicitListValues()).startsWith("Monday").endsWith("Sunday");
            case CALL_TYPE -> assertThat(c.getExplicitListValues()).contains("Incident", "Request", "Maintenance");
            case ASSET_STATUS -> assertThat(c.getExplicitListValues()).contains("In use", "Disposed");
            default -> {}
        }
    }

    private static DataValidation validationAt(Sheet sheet, int col) {
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                if (r.getFirstColumn() == col) {
                    return v;
                }
            }
        }
        return null;
    }

    private static Workbook open(WorkbookSpec spec) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(spec.fileName()))) {
            return WorkbookFactory.create(in);
        }
    }
}
