package uk.ictreview.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import uk.ictreview.read.ColumnSpec;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.validate.Place;

/**
 * Writes the annotated copy of a workbook for {@code check --annotate}: each cell a diagnostic points at is
 * highlighted (a whole row where the diagnostic names no column) and carries a comment saying what is wrong,
 * and a first sheet, {@value #SUMMARY}, lists every diagnostic, including those with no cell. The original is
 * only ever read, from bytes copied into memory, so it stays byte-identical. An .xls gives an .xls copy, an
 * .xlsx an .xlsx, and a folder of CSV files an .xlsx built from them.
 */
public final class Annotator {
    /** The sheet listing every problem, first in the copy. */
    public static final String SUMMARY = "Check results";

    private Annotator() {}

    /** The name of the annotated copy: {@code incidents.xlsx} -> {@code incidents-annotated.xlsx}; a CSV folder -> .xlsx. */
    public static String outputName(Path source) {
        String name = source.getFileName().toString();
        if (Files.isDirectory(source)) {
            return name + "-annotated.xlsx";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + "-annotated.xlsx" : name.substring(0, dot) + "-annotated" + name.substring(dot);
    }

    /**
     * Writes to {@code outputFile} a copy of {@code sourceWorkbook} (an .xlsx/.xls file or a folder of CSV files)
     * with {@code diagnostics} marked on it. Diagnostics are placed by sheet name; the file part of their
     * {@link Place} is not compared, so pass only this workbook's. Replaces an earlier copy at {@code outputFile},
     * but never the source itself.
     */
    public static void annotate(Path sourceWorkbook, List<Diagnostic> diagnostics, Path outputFile) throws IOException {
        if (Files.exists(outputFile) && Files.isSameFile(sourceWorkbook, outputFile)) {
            throw new IllegalArgumentException(
                    "the annotated copy must not replace the workbook it annotates: " + outputFile);
        }
        try (Workbook wb = open(sourceWorkbook)) {
            mark(wb, diagnostics);
            SummarySheet.write(wb, diagnostics);
            Path parent = outputFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(outputFile)) {
                wb.write(out);
            }
        }
    }

    private static Workbook open(Path source) throws IOException {
        if (Files.isDirectory(source)) {
            return CsvFolder.toWorkbook(source);
        }
        // From a copy of the bytes: POI never holds the file, so it cannot write it back on close.
        byte[] bytes = Files.readAllBytes(source);
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }

    private static void mark(Workbook wb, List<Diagnostic> diagnostics) {
        CellMarker marker = new CellMarker(wb);
        for (Map.Entry<String, List<Diagnostic>> e : byCell(wb, diagnostics).entrySet()) {
            Diagnostic first = e.getValue().get(0);
            Sheet sheet = sheet(wb, first.place().sheet());
            Place p = first.place();
            Row row = sheet.getRow(p.row() - 1) == null ? sheet.createRow(p.row() - 1) : sheet.getRow(p.row() - 1);
            if (p.column() != Place.NONE) {
                marker.mark(cell(row, p.column()), e.getValue(), true);
                continue;
            }
            int last = Math.max(1, row.getLastCellNum());
            for (int c = 0; c < last; c++) {
                marker.mark(cell(row, c), e.getValue(), c == 0);
            }
        }
    }

    /** Diagnostics that name a row of a sheet in this workbook, grouped by cell (or row), in order. */
    private static Map<String, List<Diagnostic>> byCell(Workbook wb, List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> groups = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            Place p = d.place();
            if (p.sheet() == null || p.row() < 1 || sheet(wb, p.sheet()) == null) {
                continue;
            }
            String key = sheet(wb, p.sheet()).getSheetName() + "!" + p.row() + ":" + p.column();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        return groups;
    }

    /** The sheet of that name, else one whose name matches ignoring case and punctuation, else null. */
    static Sheet sheet(Workbook wb, String name) {
        Sheet exact = wb.getSheet(name);
        if (exact != null) {
            return exact;
        }
        String key = ColumnSpec.key(name);
        for (Sheet s : wb) {
            if (ColumnSpec.key(s.getSheetName()).equals(key)
                    && !s.getSheetName().equals(SUMMARY)) {
                return s;
            }
        }
        return null;
    }

    private static Cell cell(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null ? row.createCell(column) : c;
    }
}
