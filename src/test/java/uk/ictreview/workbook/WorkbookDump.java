package uk.ictreview.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;

/**
 * The content of a workbook as lines of text (sheets, frozen panes, drop-downs, cells with their number
 * formats, comments), so tests can compare two workbooks whose zip bytes differ and show a readable diff.
 */
final class WorkbookDump {
    private WorkbookDump() {}

    static List<String> of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                Workbook wb = WorkbookFactory.create(in)) {
            return of(wb);
        }
    }

    static List<String> of(Workbook wb) {
        List<String> lines = new ArrayList<>();
        for (Sheet sheet : wb) {
            lines.add("sheet '" + sheet.getSheetName() + "'");
            PaneInformation pane = sheet.getPaneInformation();
            if (pane != null && pane.isFreezePane()) {
                lines.add("  frozen rows " + pane.getHorizontalSplitPosition());
            }
            for (DataValidation v : sheet.getDataValidations()) {
                lines.add("  validation " + validation(v));
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String c = cell(cell);
                    if (c != null) {
                        lines.add("  " + cell.getAddress() + " " + c);
                    }
                }
            }
            sheet.getCellComments().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> lines.add("  " + e.getKey() + " comment " + comment(e.getValue())));
        }
        return lines;
    }

    private static String validation(DataValidation v) {
        DataValidationConstraint c = v.getValidationConstraint();
        StringBuilder sb = new StringBuilder();
        for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
            sb.append(r.formatAsString()).append(' ');
        }
        sb.append(c.getExplicitListValues() != null ? Arrays.toString(c.getExplicitListValues()) : c.getFormula1());
        sb.append(" style ").append(v.getErrorStyle());
        return sb.toString();
    }

    private static String cell(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isEmpty() ? null : "text " + cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? "date " + cell.getLocalDateTimeCellValue() + " [" + format + "]"
                        : "number " + cell.getNumericCellValue() + " [" + format + "]";
            case BOOLEAN -> "boolean " + cell.getBooleanCellValue();
            case FORMULA -> "formula " + cell.getCellFormula();
            case BLANK, _NONE -> null;
            case ERROR -> "error " + cell.getErrorCellValue();
        };
    }

    private static String comment(Comment c) {
        return c.getString().getString();
    }
}
