package uk.ictreview.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import uk.ictreview.read.ColumnKind;

/**
 * The cell styles of one workbook, made once: POI workbooks allow a limited number of styles, so cells share
 * these rather than each making its own. Dates are written UK style ({@code dd/mm/yyyy}), never US.
 */
final class Styles {
    static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";
    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final String TIME_FORMAT = "hh:mm";
    static final String MONEY_FORMAT = "\u00a3#,##0.00";

    final CellStyle header;
    final CellStyle title;
    final CellStyle dateTime;
    final CellStyle date;
    final CellStyle time;
    final CellStyle money;
    final CellStyle wrap;
    final CellStyle bold;

    Styles(Workbook wb) {
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        // Light grey reads the same on a greyscale printout; a bottom border marks the header without colour.
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        dateTime = formatted(wb, DATE_TIME_FORMAT);
        date = formatted(wb, DATE_FORMAT);
        time = formatted(wb, TIME_FORMAT);
        money = formatted(wb, MONEY_FORMAT);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
    }

    /** The style a column's cells get by default, or null for the general style. */
    CellStyle forKind(ColumnKind kind) {
        return switch (kind) {
            case DATE_TIME -> dateTime;
            case DATE -> date;
            case TIME -> time;
            case MONEY -> money;
            default -> null;
        };
    }

    private static CellStyle formatted(Workbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }
}
