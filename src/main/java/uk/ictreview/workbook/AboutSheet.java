package uk.ictreview.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.ictreview.model.Skill;
import uk.ictreview.read.ColumnSpec;
import uk.ictreview.read.SheetSpec;
import uk.ictreview.read.WorkbookSpec;

/**
 * The About sheet of a template: what each sheet is for and how to fill each column (from the column
 * definitions, so it never disagrees with the reader), required columns marked. Column E lists the 12 skill
 * names, which the Skill drop-downs refer to. It goes last, so that the workbook opens on the data sheet and
 * the sheets keep the order of the column definitions; the reader ignores it (no required columns).
 */
final class AboutSheet {
    static final String NAME = "About";

    private AboutSheet() {}

    static Sheet write(Workbook wb, Styles styles, WorkbookSpec spec) {
        Sheet sheet = wb.createSheet(NAME);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 11 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        sheet.setColumnWidth(4, 50 * 256);
        int r = 0;
        text(sheet, r++, 0, "How to fill in " + spec.fileName(), styles.title);
        text(
                sheet,
                r++,
                0,
                "Keep one row per item under the header row. Column names may be changed only as the "
                        + "list of other accepted names allows; extra columns are kept but not used. Dates are dd/mm/yyyy.",
                null);
        text(sheet, r++, 0, "Sheets marked optional may be deleted: the defaults they show then apply.", null);
        for (SheetSpec s : spec.sheets()) {
            r++;
            text(sheet, r, 0, "Sheet '" + s.name() + "'", styles.bold);
            text(sheet, r, 1, s.required() ? "required" : "optional", styles.bold);
            text(sheet, r++, 2, s.purpose(), styles.wrap);
            text(sheet, r, 0, "Column", styles.header);
            text(sheet, r, 1, "Required", styles.header);
            text(sheet, r++, 2, "How to fill it", styles.header);
            for (ColumnSpec c : s.columns()) {
                text(sheet, r, 0, c.name(), null);
                text(sheet, r, 1, c.required() ? "required" : "", null);
                text(sheet, r++, 2, help(c), styles.wrap);
            }
        }
        text(sheet, 0, 4, "Framework skills", styles.header);
        for (Skill k : Skill.values()) {
            text(sheet, 1 + k.ordinal(), 4, k.label(), null);
        }
        return sheet;
    }

    private static String help(ColumnSpec c) {
        if (c.synonyms().isEmpty()) {
            return c.help();
        }
        return c.help() + " Also accepted as: " + String.join(", ", c.synonyms()) + ".";
    }

    private static void text(Sheet sheet, int row, int col, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
