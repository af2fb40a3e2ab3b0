package uk.ictreview.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A workbook given as a folder of .csv files, one per sheet, named after the sheet ({@code Incidents.csv},
 * {@code Service levels.csv}). UTF-8, with or without a byte-order mark. Every cell is text; the row number is
 * the record's number, which is the row Excel shows when the file is opened in it.
 */
final class CsvFolderSource implements SheetSource {
    // blank lines kept, so record numbers stay the row numbers Excel shows
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final String name;
    private final Path folder;
    private final List<Path> files;

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
        try (Reader in = utf8(file);
                CSVParser parser = FORMAT.parse(in)) {
            for (CSVRecord rec : parser) {
                List<RawCell> cells = new ArrayList<>();
                for (int i = 0; i < rec.size(); i++) {
                    String v = rec.get(i);
                    if (!v.isEmpty()) {
                        cells.add(RawCell.text(i, v));
                    }
                }
                sink.accept(new RawRow((int) rec.getRecordNumber(), cells));
            }
        } catch (IOException e) {
            throw failure(sheet, e);
        } catch (UncheckedIOException e) {
            throw failure(sheet, e.getCause());
        } catch (IllegalStateException e) {
            throw new UnreadableWorkbookException(fileOf(sheet), "cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    private UnreadableWorkbookException failure(String sheet, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new UnreadableWorkbookException(
                    fileOf(sheet),
                    "cannot be read: it is not UTF-8 text. In Excel choose Save As > 'CSV UTF-8 (Comma delimited)'.",
                    e);
        }
        return new UnreadableWorkbookException(fileOf(sheet), "cannot be read as CSV: " + e.getMessage(), e);
    }

    /** Strict UTF-8 (a Windows-1252 file is refused, not misread), skipping a byte-order mark. */
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
