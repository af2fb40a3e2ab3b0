package uk.ictreview.read;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A workbook opened read-only: its sheets' names, and each sheet's rows streamed in order. Implementations
 * never write to the file they read.
 */
public interface SheetSource extends Closeable {
    /** The workbook's name as in the school folder: {@code incidents.xlsx}, or {@code incidents/} for CSV. */
    String name();

    /** The sheets, in workbook order. */
    List<String> sheetNames();

    /** The file a sheet's problems are reported against, e.g. {@code incidents/Incidents.csv}. */
    default String fileOf(String sheet) {
        return name();
    }

    /** True when the workbook counts dates from 1904 (old Mac Excel), which changes what a serial number means. */
    boolean date1904();

    /** Streams the non-empty rows of a sheet to {@code sink}, in row order. */
    void readSheet(String sheet, Consumer<RawRow> sink) throws UnreadableWorkbookException;

    /**
     * A note on how a sheet was read, after {@link #readSheet}: e.g. a CSV file that was not UTF-8 and was read as
     * Windows-1252. Empty for none.
     */
    default Optional<String> readingNote(String sheet) {
        return Optional.empty();
    }

    /** The tab that is this sheet, matched ignoring case and spacing. */
    default Optional<String> findSheet(SheetSpec spec) {
        return sheetNames().stream().filter(spec::matchesTab).findFirst();
    }
}
