package uk.ictreview.read;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.validate.Diagnostics;

/**
 * Not a test (surefire skips *Benchmark): writes a 100,000-row incidents.xlsx with SXSSF into a temporary
 * folder, reads it with the intake, and prints rows per second and the peak heap while reading.
 * Run: see docs/rules-intake.md.
 */
public final class IntakeBenchmark {
    private static final String[] HEADER = {
        "Ref",
        "Logged",
        "Priority",
        "Category",
        "Type",
        "Reported by",
        "Location",
        "Assigned to",
        "Asset tag",
        "Responded",
        "Resolved",
        "On hold hours"
    };
    private static final String[] CATEGORIES = {"Printing", "Network", "Software", "Hardware", "Accounts", "Wi-Fi"};

    private IntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("ictreview-bench");
        try {
            long t0 = System.nanoTime();
            write(dir.resolve("incidents.xlsx"), rows);
            long t1 = System.nanoTime();
            System.out.printf(
                    "wrote %,d rows (%,d bytes) in %.1f s%n",
                    rows, Files.size(dir.resolve("incidents.xlsx")), (t1 - t0) / 1e9);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            var threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            Diagnostics diags = new Diagnostics();
            WorkbookRead<IncidentLog> r;
            try (SheetSource src = WorkbookLocator.open(dir, "incidents")) {
                r = IncidentsReader.read(src, LocalDate.of(2026, 11, 25), diags);
            }
            long t3 = System.nanoTime();
            // CPU time of the reading thread: the fair figure on a shared machine, where wall time includes waiting
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double secs = (t3 - t2) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(
                    "read %,d incidents (%,d data rows, %d diagnostics) in %.2f s: %,.0f rows/s%n",
                    r.data().incidents().size(), r.mainRows(), diags.all().size(), secs, r.mainRows() / secs);
            System.out.printf("reading thread CPU time %.2f s: %,.0f rows per CPU second%n", cpu, r.mainRows() / cpu);
            System.out.printf(
                    "peak heap while reading: %,d MB (sum of heap pools' peaks; -Xmx %,d MB)%n",
                    peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void write(Path file, int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            Sheet s = wb.createSheet("Incidents");
            Row h = s.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            LocalDateTime start = LocalDateTime.of(2024, 9, 2, 8, 0);
            for (int i = 1; i <= rows; i++) {
                writeRow(s.createRow(i), i, start.plusMinutes(7L * i), date);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void writeRow(Row row, int i, LocalDateTime logged, CellStyle date) {
        row.createCell(0).setCellValue(String.format("INC-%06d", i));
        row.createCell(1).setCellValue(logged);
        row.getCell(1).setCellStyle(date);
        row.createCell(2).setCellValue("P" + (1 + i % 4));
        row.createCell(3).setCellValue(CATEGORIES[i % CATEGORIES.length]);
        row.createCell(4).setCellValue(i % 10 == 0 ? "Request" : "Incident");
        row.createCell(5).setCellValue("Teacher " + (i % 50));
        row.createCell(6).setCellValue("Room " + (i % 30));
        row.createCell(7).setCellValue("Tech " + (i % 3));
        row.createCell(8).setCellValue("A-" + (i % 900));
        row.createCell(9).setCellValue(logged.plusMinutes(20));
        row.getCell(9).setCellStyle(date);
        row.createCell(10).setCellValue(logged.plusHours(3));
        row.getCell(10).setCellStyle(date);
        row.createCell(11).setCellValue((i % 5) * 0.25);
    }
}
