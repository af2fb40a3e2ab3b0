package uk.ictreview.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import uk.ictreview.read.Workbooks;

/**
 * A minimal test-side reading of a generated Incidents sheet (the real reader is another package's work): the
 * header is found by its Ref cell, blank rows are skipped, UK text dates are parsed.
 */
record LogRows(List<LogRow> rows, int headerRow) {
    record LogRow(
            int excelRow,
            String ref,
            LocalDateTime logged,
            boolean loggedAsText,
            String priority,
            String category,
            String type,
            String assetTag,
            LocalDateTime responded,
            LocalDateTime resolved,
            double onHold,
            String escalatedTo,
            String reopened) {}

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static LogRows read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(Workbooks.INCIDENTS);
            int header = -1;
            List<LogRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                String first = text(row.getCell(0));
                if (header < 0) {
                    header = Workbooks.REF.equals(first) ? row.getRowNum() : -1;
                    continue;
                }
                if (first == null) {
                    continue;
                }
                Cell logged = row.getCell(1);
                boolean asText = logged.getCellType() == CellType.STRING;
                rows.add(new LogRow(
                        row.getRowNum() + 1,
                        first,
                        asText
                                ? LocalDateTime.parse(logged.getStringCellValue(), UK)
                                : logged.getLocalDateTimeCellValue(),
                        asText,
                        text(row.getCell(2)),
                        text(row.getCell(3)),
                        text(row.getCell(4)),
                        text(row.getCell(8)),
                        date(row.getCell(9)),
                        date(row.getCell(10)),
                        number(row.getCell(11)),
                        text(row.getCell(12)),
                        text(row.getCell(13))));
            }
            return new LogRows(rows, header);
        }
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    private static LocalDateTime date(Cell c) {
        return c == null || c.getCellType() != CellType.NUMERIC ? null : c.getLocalDateTimeCellValue();
    }

    private static double number(Cell c) {
        return c == null || c.getCellType() != CellType.NUMERIC ? 0 : c.getNumericCellValue();
    }
}
