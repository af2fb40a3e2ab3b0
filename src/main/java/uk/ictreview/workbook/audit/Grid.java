package uk.ictreview.workbook.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writing cells of the audit workbook: typed values with UK date formats, formulas, and absolute ranges. The
 * styles are made once per workbook (a workbook allows only so many).
 */
final class Grid {
    final SXSSFWorkbook wb;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle bold;
    /**
     * The workbook's default style, given to every cell that has no other: a cell without one makes POI's
     * streaming writer look for its column's style in the sheet's column list, once per cell, which was a third of
     * a school's audit workbook (docs/performance.md). The file is the same: style 0 is not written.
     */
    private final CellStyle plain;

    Grid(SXSSFWorkbook wb) {
        this.wb = wb;
        plain = wb.getCellStyleAt(0);
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    }

    Sheet sheet(String name, int... widths) {
        Sheet s = wb.createSheet(name);
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        return s;
    }

    /** A header row of column names, frozen so it stays in view. */
    void header(Sheet s, int row, String... names) {
        Row r = s.createRow(row);
        for (int c = 0; c < names.length; c++) {
            Cell cell = r.createCell(c);
            cell.setCellValue(names[c]);
            cell.setCellStyle(header);
        }
        s.createFreezePane(0, row + 1);
    }

    void boldText(Row r, int c, String text) {
        Cell cell = r.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(bold);
    }

    /** Writes a value; null leaves the cell blank. */
    void value(Row r, int c, Object v) {
        if (v == null) {
            return;
        }
        Cell cell = r.createCell(c);
        cell.setCellStyle(plain);
        if (v instanceof String s) {
            cell.setCellValue(s);
        } else if (v instanceof BigDecimal b) {
            cell.setCellValue(b.doubleValue());
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateTime);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getSimpleName());
        }
    }

    /** A formula, written as Excel stores it (no leading "="). */
    void formula(Row r, int c, String f) {
        Cell cell = r.createCell(c);
        cell.setCellStyle(plain);
        cell.setCellFormula(f);
    }

    /** A workbook-level name for one cell, so formulas read {@code PeriodEnd} rather than {@code Settings!$B$4}. */
    void name(String name, Sheet s, int row, int col) {
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(abs(s, row, col));
    }

    /** {@code A} for 0, {@code AA} for 26. */
    static String col(int c) {
        return CellReference.convertNumToColString(c);
    }

    /** {@code 'Sheet'!$B$3} for 0-based row and column. */
    static String abs(Sheet s, int row, int col) {
        return quoted(s) + "!$" + col(col) + "$" + (row + 1);
    }

    /**
     * {@code Calls!$C$2:$C$41}: column {@code col} of the data rows 1..n (0-based rows, under a header in row 0).
     * With no rows it is the one empty row under the header, so COUNTIFS gives 0 and COUNT gives 0.
     */
    static String column(Sheet s, int col, int n) {
        return quoted(s) + "!$" + col(col) + "$2:$" + col(col) + "$" + (Math.max(n, 1) + 1);
    }

    private static String quoted(Sheet s) {
        String n = s.getSheetName();
        return n.matches("[A-Za-z][A-Za-z0-9_]*") ? n : "'" + n.replace("'", "''") + "'";
    }

    /** A text literal for a formula: {@code "P1"}. */
    static String text(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
