package uk.ictreview.report.csv;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a {@link CsvTable} as RFC 4180 CSV with a header row and CRLF line ends, as Excel expects. */
public final class CsvFiles {
    private CsvFiles() {}

    public static String render(CsvTable t) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(t.headers().toArray(String[]::new))
                .get();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (var row : t.rows()) {
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing CSV to memory cannot fail", e);
        }
        return out.toString();
    }
}
