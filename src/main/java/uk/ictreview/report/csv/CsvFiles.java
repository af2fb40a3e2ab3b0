package uk.ictreview.report.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV with a header row and CRLF line ends, as Excel expects. Text that a
 * spreadsheet would take as a formula is written inert (see {@link #inert}).
 */
public final class CsvFiles {
    /** A plain number as the tables write it: {@code -302850.00}, {@code +3}, {@code 1,204}, {@code -12.5%}. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?%?");

    private CsvFiles() {}

    public static String render(CsvTable t) {
        StringWriter out = new StringWriter();
        try {
            write(t, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing CSV to memory cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Writes the table to {@code out} row by row (a per-call table of a trust's log is tens of megabytes: written
     * straight to its file, it is never held whole). Does not close {@code out}.
     */
    public static void write(CsvTable t, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(t.headers().stream().map(CsvFiles::inert).toArray(String[]::new))
                .get();
        CSVPrinter p = new CSVPrinter(out, format);
        for (var row : t.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            row.forEach(c -> cells.add(inert(c)));
            p.printRecord(cells);
        }
        p.flush();
    }

    /**
     * The field as a spreadsheet should show it: text that starts with {@code = + - @}, a tab or a carriage return
     * gets a leading apostrophe, so Excel and LibreOffice show it as text instead of running it as a formula (a
     * call's "Reported by" of {@code =HYPERLINK(...)}: OWASP's CSV injection). Numbers ({@code -302850.00}) and a
     * lone {@code -} (the tables' "none") cannot be formulas and are written as they are.
     */
    public static String inert(String field) {
        if (field == null || field.isEmpty() || field.equals("-")) {
            return field;
        }
        char c = field.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (!risky || isNumber(field)) {
            return field;
        }
        return "'" + field;
    }

    private static boolean isNumber(String field) {
        return field.chars().anyMatch(Character::isDigit)
                && NUMBER.matcher(field).matches();
    }
}
