package uk.ictreview.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds test workbooks in code: sheets of rows of plain values, written as .xlsx, .xls or a folder of CSV.
 * Values: String, Number, LocalDate/LocalDateTime (a real date cell), Boolean, {@link Formula}, {@link Percent},
 * {@link Serial} (a bare number), or null (no cell).
 */
final class Fixture {
    /** A formula cell; its cached value is computed before writing. */
    record Formula(String formula) {}

    /** A number shown with a percent format (0.03 shows as 3%). */
    record Percent(double value) {}

    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
    private boolean date1904;

    static Fixture book() {
        return new Fixture();
    }

    Fixture sheet(String name, Object[]... rows) {
        sheets.put(name, new ArrayList<>(Arrays.asList(rows)));
        return this;
    }

    Fixture date1904() {
        this.date1904 = true;
        return this;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    Path xlsx(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            if (date1904) {
                var pr = wb.getCTWorkbook().isSetWorkbookPr()
                        ? wb.getCTWorkbook().getWorkbookPr()
                        : wb.getCTWorkbook().addNewWorkbookPr();
                pr.setDate1904(true);
            }
            return write(wb, file);
        }
    }

    Path xls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            return write(wb, file);
        }
    }

    private Path write(Workbook wb, Path file) throws IOException {
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat(wb.createDataFormat().getFormat("0%"));
        for (Map.Entry<String, List<Object[]>> e : sheets.entrySet()) {
            Sheet s = wb.createSheet(e.getKey());
            int r = 0;
            for (Object[] values : e.getValue()) {
                Row row = s.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        set(row.createCell(c), values[c], dateStyle, pct);
                    }
                }
            }
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private static void set(Cell cell, Object v, CellStyle dateStyle, CellStyle pct) {
        if (v instanceof String s) {
            cell.setCellValue(s);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateStyle);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (v instanceof Formula f) {
            cell.setCellFormula(f.formula());
        } else if (v instanceof Percent p) {
            cell.setCellValue(p.value());
            cell.setCellStyle(pct);
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass());
        }
    }

    /** Writes each sheet as {@code <folder>/<sheet>.csv}, UTF-8, optionally with a byte-order mark. */
    Path csv(Path folder, boolean bom) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, List<Object[]>> e : sheets.entrySet()) {
            try (Writer w = Files.newBufferedWriter(folder.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8)) {
                if (bom) {
                    w.write('\uFEFF');
                }
                for (Object[] values : e.getValue()) {
                    List<String> cells = new ArrayList<>();
                    for (Object v : values) {
                        cells.add(csvCell(v));
                    }
                    w.write(String.join(",", cells) + "\r\n");
                }
            }
        }
        return folder;
    }

    private static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        String s = String.valueOf(v);
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The minimal valid skills and assets workbooks, so a school folder can be read whole. */
    static Fixture minimalAssets() {
        // with a Purchased date: an asset without one is warned about (the refresh plan leaves it out)
        return book().sheet("Assets", row("Tag", "Type", "Purchased"), row("A-1", "Laptop", "01/09/2024"));
    }

    static Fixture minimalSkills() {
        return book().sheet(
                        "Staff",
                        row("Name", "Role", "Desktop & Application Support"),
                        row("Sam Jones", "ICT Technician", "B"));
    }
}
