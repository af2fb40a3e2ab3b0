package uk.ictreview.workbook.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies the streamed workbook's zip, dropping the cached value POI writes after every formula ({@code <v>0.0</v>},
 * as it has not computed one) and dating every entry at one fixed moment. Without a cached value a spreadsheet
 * must compute the cell: LibreOffice, set by default never to recalculate an .xlsx on load, otherwise shows the
 * 0 (found by converting the workbook with {@code soffice --headless}); Excel recalculates anyway, as the
 * workbook asks it to. Fixed entry dates make two builds of the same data byte-identical.
 */
final class Repack {
    /** POI's streamed sheets hold one row per line, each formula as {@code <f>...</f><v>...</v>}. */
    static final Pattern CACHED = Pattern.compile("</f><v>[^<]*</v>");

    private static final String FORMULA_END = "</f><v>";
    private static final String VALUE_END = "</v>";

    private Repack() {}

    /**
     * Copies the zip file {@code xlsx} to {@code out}. Read through its central directory ({@link ZipFile}): POI
     * streams entries with their sizes after the data, which {@code ZipInputStream} refuses.
     */
    static void copy(Path xlsx, OutputStream out, LocalDateTime stamp) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipFile file = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : Collections.list(file.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(stamp);
                zip.putNextEntry(copy);
                try (InputStream in = file.getInputStream(e)) {
                    if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                        stripCached(in, zip);
                    } else {
                        in.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private static void stripCached(InputStream in, OutputStream out) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        boolean first = true;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (!first) {
                w.write('\n');
            }
            first = false;
            writeStripped(line, w);
        }
        w.flush();
    }

    /**
     * Writes the line with each {@code </f><v>...</v>} cut to {@code </f>}: what {@link #CACHED} matches, found with
     * {@code indexOf} rather than the regular expression, which was a twentieth of a school's build (a worksheet's
     * lines are every row of a sheet). A value never holds {@code <}, as text in XML is escaped.
     */
    static void writeStripped(String line, Writer w) throws IOException {
        int from = 0;
        for (int at = line.indexOf(FORMULA_END); at >= 0; at = line.indexOf(FORMULA_END, from)) {
            int valueEnd = line.indexOf(VALUE_END, at + FORMULA_END.length());
            int nextTag = line.indexOf('<', at + FORMULA_END.length());
            w.write(line, from, at + "</f>".length() - from);
            if (valueEnd < 0 || nextTag != valueEnd) {
                // not a cached value after all (CACHED would not match): keep the text as it is
                from = at + "</f>".length();
                continue;
            }
            from = valueEnd + VALUE_END.length();
        }
        w.write(line, from, line.length() - from);
    }
}
