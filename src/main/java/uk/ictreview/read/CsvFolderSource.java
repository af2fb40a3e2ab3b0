package uk.ictreview.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A workbook given as a folder of .csv files, one per sheet, named after the sheet ({@code Incidents.csv},
 * {@code Service levels.csv}). A byte-order mark decides the encoding (UTF-8, UTF-16 LE or BE: {@link Bom}); without
 * one, UTF-8; a file that is not UTF-8 and has no mark is
 * read as Windows-1252 (Excel's plain 'CSV (Comma delimited)'), with a note. Every cell is text; the row number is
 * the record's number, which is the row Excel shows when the file is opened in it.
 */
public final class CsvFolderSource implements SheetSource {
    // blank lines kept, so record numbers stay the row numbers Excel shows
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final String name;
    private final Path folder;
    private final List<Path> files;
    private final Map<String, String> notes = new HashMap<>();

    private CsvFolderSource(String name, Path folder, List<Path> files) {
        this.name = name;
        this.folder = folder;
        this.files = List.copyOf(files);
    }

    static CsvFolderSource open(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> csv = s.filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            return new CsvFolderSource(folder.getFileName() + "/", folder, csv);
        }
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (Path p : files) {
            String f = p.getFileName().toString();
            names.add(f.substring(0, f.length() - 4));
        }
        return names;
    }

    @Override
    public String fileOf(String sheet) {
        return name + sheet + ".csv";
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public void readSheet(String sheet, Consumer<RawRow> sink) throws UnreadableWorkbookException {
        Path file = folder.resolve(sheet + ".csv");
        TextCache texts = new TextCache();
        try (Reader in = reader(sheet, file);
                CSVParser parser = FORMAT.parse(in)) {
            // parsed on a thread of its own while this one validates, as an .xlsx sheet is (ReadAhead)
            ReadAhead.read(
                    rows -> {
                        for (CSVRecord rec : parser) {
                            ArrayList<RawCell> cells = new ArrayList<>();
                            for (int i = 0; i < rec.size(); i++) {
                                String v = rec.get(i);
                                if (!v.isEmpty()) {
                                    cells.add(RawCell.text(i, texts.get(v)));
                                }
                            }
                            rows.accept(RawRow.of((int) rec.getRecordNumber(), cells));
                        }
                    },
                    sink);
        } catch (IOException e) {
            throw failure(sheet, e);
        } catch (UncheckedIOException e) {
            throw failure(sheet, e.getCause());
        } catch (IllegalStateException e) {
            throw new UnreadableWorkbookException(fileOf(sheet), "cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> readingNote(String sheet) {
        return Optional.ofNullable(notes.get(sheet));
    }

    private UnreadableWorkbookException failure(String sheet, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new UnreadableWorkbookException(
                    fileOf(sheet),
                    "cannot be read: it begins with a " + bomName(sheet) + " byte-order mark but is not "
                            + bomName(sheet) + " text. In Excel choose Save As > 'CSV UTF-8 (Comma delimited)'.",
                    e);
        }
        return new UnreadableWorkbookException(fileOf(sheet), "cannot be read as CSV: " + e.getMessage(), e);
    }

    /**
     * UTF-8 when the file begins with a byte-order mark or is valid UTF-8 throughout; otherwise Windows-1252, which
     * is what Excel's plain 'CSV (Comma delimited)' writes on a UK machine (0xA3 is £), with a note saying so.
     */
    private Reader reader(String sheet, Path file) throws IOException {
        Optional<Bom> bom = Bom.of(file);
        if (bom.isPresent() && bom.get().utf16()) {
            return utf16(file, bom.get());
        }
        if (bom.isPresent() || isUtf8(file)) {
            return utf8(file);
        }
        notes.put(
                sheet,
                "read as Windows-1252 (Excel's 'CSV (Comma delimited)') because it is not UTF-8 text; save it as"
                        + " 'CSV UTF-8 (Comma delimited)' to be sure of £ signs and accents");
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), WINDOWS_1252));
    }

    /**
     * The file's text decoded as the reader decodes it (UTF-8, else Windows-1252; a byte-order mark skipped), for
     * the annotated copy of a CSV folder, so a file the check could read can always be marked.
     */
    public static Reader decoded(Path file) throws IOException {
        Optional<Bom> bom = Bom.of(file);
        if (bom.isPresent() && bom.get().utf16()) {
            return utf16(file, bom.get());
        }
        if (bom.isPresent() || isUtf8(file)) {
            return utf8(file);
        }
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), WINDOWS_1252));
    }

    private String bomName(String sheet) {
        try {
            return Bom.of(folder.resolve(sheet + ".csv"))
                    .map(b -> b.utf16() ? "UTF-16" : "UTF-8")
                    .orElse("UTF-8");
        } catch (IOException e) {
            return "UTF-8";
        }
    }

    /** Strict UTF-16 in the mark's byte order, the mark skipped. */
    private static Reader utf16(Path file, Bom bom) throws IOException {
        var decoder = bom.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bom.length());
        return new BufferedReader(new InputStreamReader(in, decoder));
    }

    /** One pass over the file with a strict decoder, before parsing, so a late bad byte cannot half-read it. */
    private static boolean isUtf8(Path file) throws IOException {
        try (Reader r = utf8(file)) {
            char[] buf = new char[8192];
            while (r.read(buf) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Strict UTF-8 (a malformed byte is reported, never replaced), skipping a byte-order mark. */
    private static Reader utf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    @Override
    public void close() {
        // each sheet's file is closed after it is read
    }
}
