package uk.ictreview.workbook;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.ictreview.read.CsvFolderSource;

/**
 * A workbook given as a folder of CSV files, one per sheet, turned into an .xlsx so its problems can be shown
 * in place: each file becomes a sheet named after it, CSV record n in row n, every value as the text it was
 * (a copy for reading, so nothing is reinterpreted).
 */
final class CsvFolder {
    private CsvFolder() {}

    static XSSFWorkbook toWorkbook(Path folder) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        for (Path csv : csvFiles(folder)) {
            String name = csv.getFileName().toString();
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(name.substring(0, name.length() - 4)));
            try (Reader in = CsvFolderSource.decoded(csv);
                    CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(in)) {
                for (CSVRecord rec : parser) {
                    Row row = sheet.createRow((int) rec.getRecordNumber() - 1);
                    for (int c = 0; c < rec.size(); c++) {
                        String v = rec.get(c);
                        if (rec.getRecordNumber() == 1 && c == 0 && v.startsWith("\uFEFF")) {
                            v = v.substring(1);
                        }
                        if (!v.isEmpty()) {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
            }
        }
        return wb;
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }
}
