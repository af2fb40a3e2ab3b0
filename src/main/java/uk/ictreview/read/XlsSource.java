package uk.ictreview.read;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An old-style .xls workbook, read whole through POI's user model (such files are at most 65,536 rows), opened
 * read-only so that closing it never writes.
 */
final class XlsSource implements SheetSource {
    private final String name;
    private final Workbook wb;

    private XlsSource(String name, Workbook wb) {
        this.name = name;
        this.wb = wb;
    }

    static XlsSource open(String name, File file) throws IOException {
        return new XlsSource(name, WorkbookFactory.create(file, null, true));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    @Override
    public boolean date1904() {
        return wb instanceof Date1904Support d && d.isDate1904();
    }

    @Override
    public void readSheet(String sheet, Consumer<RawRow> sink) throws UnreadableWorkbookException {
        Sheet s = wb.getSheet(sheet);
        if (s == null) {
            throw new IllegalArgumentException("no sheet " + sheet + " in " + name);
        }
        try {
            for (Row row : s) {
                List<RawCell> cells = new ArrayList<>();
                for (Cell c : row) {
                    RawCell rc = raw(c, date1904());
                    if (rc.kind() != RawCell.Kind.BLANK) {
                        cells.add(rc);
                    }
                }
                sink.accept(new RawRow(row.getRowNum() + 1, cells));
            }
        } catch (RuntimeException e) {
            throw Failures.unreadableOrRethrow(name, e);
        }
    }

    private static RawCell raw(Cell c, boolean date1904) {
        int col = c.getColumnIndex();
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(c)) {
                    // rounded to the second, as the .xlsx reader does, so 10:15 never reads as 10:14:59.999
                    yield RawCell.dateTime(col, DateUtil.getLocalDateTime(c.getNumericCellValue(), date1904, true));
                }
                String fmt = c.getCellStyle().getDataFormatString();
                yield RawCell.number(col, c.getNumericCellValue(), fmt != null && fmt.contains("%"));
            }
            case STRING -> RawCell.text(col, c.getStringCellValue());
            case BOOLEAN -> RawCell.bool(col, c.getBooleanCellValue());
            case ERROR -> RawCell.error(col, errorText(c.getErrorCellValue()));
            default -> RawCell.blank(col);
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
