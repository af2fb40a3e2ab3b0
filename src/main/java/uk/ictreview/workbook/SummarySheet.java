package uk.ictreview.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import uk.ictreview.validate.Diagnostic;

/** The first sheet of an annotated copy: every problem found, where, how bad, and what to do. */
final class SummarySheet {
    private SummarySheet() {}

    static void write(Workbook wb, List<Diagnostic> diagnostics) {
        String name = Annotator.SUMMARY;
        for (int i = 2; wb.getSheet(name) != null; i++) {
            name = WorkbookUtil.createSafeSheetName(Annotator.SUMMARY + " " + i);
        }
        Sheet sheet = wb.createSheet(name);
        wb.setSheetOrder(name, 0);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 100 * 256);
        CellStyle header = header(wb);
        Row h = sheet.createRow(0);
        String[] titles = {"Where", "Severity", "What is wrong"};
        for (int c = 0; c < titles.length; c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (Diagnostic d : diagnostics) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(d.place().toString());
            row.createCell(1).setCellValue(d.severity().label());
            row.createCell(2).setCellValue(d.message());
        }
        if (diagnostics.isEmpty()) {
            sheet.createRow(1).createCell(2).setCellValue("No problems found.");
        }
    }

    private static CellStyle header(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle s = wb.createCellStyle();
        s.setFont(bold);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }
}
