package uk.ictreview.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.ictreview.app.Main;
import uk.ictreview.workbook.ExampleSchool;

/**
 * The hostile input corpus's school (issue 9): the bundled example school made small and clean (the Incidents sheet
 * cut to its last {@value #CALLS_KEPT} calls, its one deliberately bad row among those dropped), then one cell
 * changed per case, in code, so that every case is readable here and no opaque binary is committed. Runs the tool
 * as a user does, through {@link Main#run}, and checks the invariants every case shares.
 */
final class HostileInputSchool {
    /** The day of the build: just after the example's summer term (13 April - 22 July 2026). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-24T10:00:00Z"), ZoneId.of("Europe/London"));

    static final int CALLS_KEPT = 120;
    private static final Pattern STACK_TRACE =
            Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception in thread|java\\.lang\\.\\w+(Exception|Error)");

    /** A number shown with a date format, as 12.5 typed into a date column is. */
    record DateNumber(double value) {}

    /** No cell at all (a cleared cell). */
    static final Object BLANK = new Object();

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Map<String, byte[]> base;

    private HostileInputSchool() {}

    /** Writes the clean base school into {@code dir}. */
    static Path school(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : base().entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        return dir;
    }

    private static synchronized Map<String, byte[]> base() throws IOException {
        if (base == null) {
            Path tmp = Files.createTempDirectory("hostile-base-");
            ExampleSchool.extractTo(tmp);
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String name : ExampleSchool.fileNames()) {
                files.put(name, Files.readAllBytes(tmp.resolve(name)));
            }
            files.put("incidents.xlsx", keepLastCalls(files.get("incidents.xlsx")));
            for (String name : ExampleSchool.fileNames()) {
                Files.deleteIfExists(tmp.resolve(name));
            }
            Files.deleteIfExists(tmp);
            base = files;
        }
        return base;
    }

    /** Leaves the header and the last calls; the rows removed read as blank rows, which the reader skips. */
    private static byte[] keepLastCalls(byte[] book) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            Sheet s = wb.getSheet("Incidents");
            int header = headerRow(s, "Ref");
            int last = s.getLastRowNum();
            for (int r = header + 1; r <= last - CALLS_KEPT; r++) {
                Row row = s.getRow(r);
                if (row != null) {
                    s.removeRow(row);
                }
            }
            return bytes(wb);
        }
    }

    /**
     * Sets the cell under {@code column} in the {@code nth} data row (0 = the first, -1 = the last) of a sheet, and
     * returns its place as messages print it, e.g. {@code incidents.xlsx 'Incidents'!B2950}.
     */
    static String set(Path school, String book, String sheet, String column, int nth, Object value) throws IOException {
        Path file = school.resolve(book);
        byte[] bytes = Files.readAllBytes(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheet(sheet);
            int header = headerRow(s, column);
            int col = columnOf(s.getRow(header), column);
            Row row = dataRow(s, header, nth);
            Cell cell = row.getCell(col);
            if (cell == null) {
                cell = row.createCell(col);
            }
            write(wb, cell, value);
            Files.write(file, bytes(wb));
            return book + " '" + sheet + "'!" + new CellReference(row.getRowNum(), col).formatAsString(false);
        }
    }

    /** The value shown in a cell of the {@code nth} data row, as a string (dates as ISO dates). */
    static String get(Path school, String book, String sheet, String column, int nth) throws IOException {
        try (InputStream in = Files.newInputStream(school.resolve(book));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(sheet);
            int header = headerRow(s, column);
            Cell c = dataRow(s, header, nth).getCell(columnOf(s.getRow(header), column));
            if (c == null) {
                return "";
            }
            return switch (c.getCellType()) {
                case NUMERIC ->
                    org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)
                            ? c.getLocalDateTimeCellValue().toString()
                            : Double.toString(c.getNumericCellValue());
                default -> c.toString();
            };
        }
    }

    /** How many data rows a sheet has (rows below the header holding a cell). */
    static int dataRows(Path school, String book, String sheet, String column) throws IOException {
        try (InputStream in = Files.newInputStream(school.resolve(book));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(sheet);
            int header = headerRow(s, column);
            int n = 0;
            for (int r = header + 1; r <= s.getLastRowNum(); r++) {
                n += s.getRow(r) == null ? 0 : 1;
            }
            return n;
        }
    }

    private static Row dataRow(Sheet s, int header, int nth) {
        java.util.List<Row> rows = new java.util.ArrayList<>();
        for (int r = header + 1; r <= s.getLastRowNum(); r++) {
            if (s.getRow(r) != null) {
                rows.add(s.getRow(r));
            }
        }
        return rows.get(nth < 0 ? rows.size() + nth : nth);
    }

    private static void write(XSSFWorkbook wb, Cell cell, Object value) {
        if (value == BLANK) {
            cell.getRow().removeCell(cell);
        } else if (value instanceof String t) {
            cell.setBlank();
            cell.setCellValue(t);
        } else if (value instanceof Number n) {
            cell.setBlank();
            cell.setCellStyle(wb.createCellStyle());
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateStyle(wb));
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle(wb));
        } else if (value instanceof DateNumber d) {
            cell.setBlank();
            cell.setCellValue(d.value());
            cell.setCellStyle(dateStyle(wb));
        } else {
            throw new IllegalArgumentException("cannot write " + value);
        }
    }

    private static CellStyle dateStyle(XSSFWorkbook wb) {
        CellStyle st = wb.createCellStyle();
        st.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        return st;
    }

    private static int headerRow(Sheet s, String column) {
        for (int r = 0; r < 20; r++) {
            Row row = s.getRow(r);
            if (row != null && columnOf(row, column) >= 0) {
                return r;
            }
        }
        throw new IllegalStateException("no header '" + column + "' in " + s.getSheetName());
    }

    private static int columnOf(Row row, String column) {
        for (Cell c : row) {
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && c.getStringCellValue()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .startsWith(column.toLowerCase(Locale.ROOT))) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK,
                args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code check} on the school and asserts what every case shares: the exit code, no stack trace, the
     * inputs byte-identical afterwards, and each fragment (the place and what was found) in what was printed.
     */
    static Result check(Path school, int code, String... fragments) throws IOException {
        return assertRun(school, code, fragments, "check", school.toString());
    }

    /** As {@link #check}, for {@code build} into {@code out}. */
    static Result build(Path school, Path out, int code, String... fragments) throws IOException {
        return assertRun(school, code, fragments, "build", school.toString(), "--out", out.toString());
    }

    private static Result assertRun(Path school, int code, String[] fragments, String... args) throws IOException {
        Map<String, String> before = hashes(school);
        Result r = run(args);
        assertThat(r.code())
                .as("exit code of %s; printed:%n%s", String.join(" ", args), r.all())
                .isEqualTo(code);
        assertNoStackTrace(r);
        assertThat(hashes(school)).as("the inputs are unchanged").isEqualTo(before);
        for (String f : fragments) {
            assertThat(r.all()).as("printed").contains(f);
        }
        return r;
    }

    static void assertNoStackTrace(Result r) {
        assertThat(STACK_TRACE.matcher(r.all()).find())
                .as("a stack trace was printed:%n%s", r.all())
                .isFalse();
    }

    /** SHA-256 of every file under {@code dir}, by path. */
    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
