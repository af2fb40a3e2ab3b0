package uk.ictreview.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes typed values into cells with the matching number format. Dates go in as local date-times (POI turns
 * them into Excel serials without any time zone), times as fractions of a day.
 */
final class Cells {
    private Cells() {}

    /** Writes {@code values} into row {@code row} from column 0; a null leaves the cell absent (blank). */
    static Row row(Sheet sheet, Styles styles, int row, Object... values) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        for (int c = 0; c < values.length; c++) {
            set(r, c, values[c], styles);
        }
        return r;
    }

    static void set(Row r, int c, Object v, Styles styles) {
        if (v == null) {
            return;
        }
        Cell cell = r.createCell(c);
        if (v instanceof String s) {
            cell.setCellValue(s);
        } else if (v instanceof BigDecimal b) {
            cell.setCellValue(b.doubleValue());
            cell.setCellStyle(styles.money);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(styles.dateTime);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else if (v instanceof LocalTime t) {
            cell.setCellValue(t.toSecondOfDay() / 86400.0);
            cell.setCellStyle(styles.time);
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getSimpleName());
        }
    }
}
