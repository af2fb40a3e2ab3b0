package uk.ictreview.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Not a test (surefire runs only *Test): turns the UCI "Incident management process enriched event log"
 * (ServiceNow export, one row per update of an incident, the last row of an incident holding its final state)
 * into an incidents workbook of SPEC 4.1, one row per incident. Every mapping choice is in docs/real-data.md.
 *
 * <pre>
 * java -cp "$CP" uk.ictreview.tools.UciIncidentsConverter incident_event_log.csv OUT_DIR [--xlsx]
 * </pre>
 *
 * writes {@code OUT_DIR/incidents/Incidents.csv} (values as the export wrote them, {@code ?} as blank), or with
 * {@code --xlsx} {@code OUT_DIR/incidents.xlsx} (text cells, written with SXSSF).
 */
public final class UciIncidentsConverter {
    static final List<String> HEADER = List.of(
            "Ref",
            "Logged",
            "Priority",
            "Category",
            "Type",
            "Reported by",
            "Location",
            "Assigned to",
            "Responded",
            "Resolved",
            "Escalated to",
            "Reopened");
    private static final DateTimeFormatter UCI = DateTimeFormatter.ofPattern("d/M/yyyy H:mm");

    private UciIncidentsConverter() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: UciIncidentsConverter incident_event_log.csv OUT_DIR [--xlsx]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean xlsx = args.length > 2 && args[2].equals("--xlsx");
        long t0 = System.nanoTime();
        Map<String, Calls> calls;
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            calls = convert(r);
        }
        Files.createDirectories(out);
        if (xlsx) {
            writeXlsx(out.resolve("incidents.xlsx"), calls);
        } else {
            Path folder = Files.createDirectories(out.resolve("incidents"));
            try (Writer w = Files.newBufferedWriter(folder.resolve("Incidents.csv"), StandardCharsets.UTF_8)) {
                writeCsv(w, calls);
            }
        }
        System.out.printf(
                "%,d events -> %,d incidents in %s (%.1f s)%n",
                calls.values().stream().mapToInt(c -> c.events).sum(),
                calls.size(),
                out,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Folds the event log into one call per incident number, in the order the numbers first appear. */
    static Map<String, Calls> convert(Reader eventLog) throws IOException {
        Map<String, Calls> calls = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser p = format.parse(eventLog)) {
            for (CSVRecord rec : p) {
                calls.computeIfAbsent(rec.get("number"), n -> new Calls()).add(rec);
            }
        }
        return calls;
    }

    /** One incident's events, folded: its last row, plus what only the history tells. */
    static final class Calls {
        int events;
        CSVRecord last;
        /** sys_updated_at of the first event in state Active: when a technician first took the call up. */
        String firstActive;
        /** The last vendor named on any event: the call was passed to a supplier at some point. */
        String vendor;

        void add(CSVRecord rec) {
            events++;
            last = rec;
            if (firstActive == null && rec.get("incident_state").equals("Active")) {
                firstActive = value(rec.get("sys_updated_at"));
            }
            String v = value(rec.get("vendor"));
            if (v != null) {
                vendor = v;
            }
        }

        /** The incidents-sheet row, in {@link #HEADER} order; null for a blank cell. */
        List<String> row() {
            String resolved = value(last.get("resolved_at"));
            if (resolved == null) {
                // every incident of the export ends Closed; closed_at is the (later, automatic) closing time
                resolved = value(last.get("closed_at"));
            }
            String logged = value(last.get("opened_at"));
            String responded = firstActive;
            if (responded != null && resolved != null && time(responded).isAfter(time(resolved))) {
                responded = null; // never happens in the export; kept so a converted row is never self-contradictory
            }
            List<String> row = new ArrayList<>();
            row.add(last.get("number"));
            row.add(logged);
            row.add(value(last.get("priority")));
            row.add(value(last.get("category")));
            row.add("Incident");
            row.add(value(last.get("caller_id")));
            row.add(value(last.get("location")));
            row.add(value(last.get("assigned_to")));
            row.add(responded);
            row.add(resolved);
            row.add(vendor);
            row.add(value(last.get("reopen_count")));
            return row;
        }
    }

    /** The export writes {@code ?} for a missing value. */
    static String value(String v) {
        return v == null || v.isBlank() || v.equals("?") ? null : v.trim();
    }

    static LocalDateTime time(String uci) {
        return LocalDateTime.parse(uci, UCI);
    }

    static void writeCsv(Writer w, Map<String, Calls> calls) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord(HEADER);
            for (Calls c : calls.values()) {
                p.printRecord(c.row().stream().map(v -> v == null ? "" : v).toList());
            }
        }
    }

    private static void writeXlsx(Path file, Map<String, Calls> calls) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("Incidents");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            int r = 1;
            for (Calls call : calls.values()) {
                Row row = sheet.createRow(r++);
                List<String> values = call.row();
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
            wb.dispose();
        }
    }
}
