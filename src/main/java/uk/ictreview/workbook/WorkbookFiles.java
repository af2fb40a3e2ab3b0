package uk.ictreview.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Saving workbooks: fixed core properties (so two runs hold the same content) and no silent overwriting. */
final class WorkbookFiles {
    /** The created date written into every generated workbook: fixed, so output never depends on the clock. */
    static final Instant CREATED = Instant.parse("2025-09-01T00:00:00Z");

    static final String CREATOR = "ictreview";

    private WorkbookFiles() {}

    /** Creates {@code file} (which must not exist) and writes {@code wb} into it, then closes {@code wb}. */
    static void save(Workbook wb, Path file) throws IOException {
        stamp(wb);
        try (wb;
                OutputStream out =
                        Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            if (wb instanceof XSSFWorkbook) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                wb.write(bytes);
                fixEntryTimes(bytes.toByteArray(), out);
            } else {
                // Streamed (benchmark-sized) workbooks go straight to disk; their zip dates are the clock's.
                wb.write(out);
            }
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(file.toString(), null, "will not overwrite an existing file");
        } finally {
            if (wb instanceof SXSSFWorkbook s) {
                s.dispose();
            }
        }
    }

    /** Throws a clear message when any of {@code names} already exists in {@code dir}. */
    static void refuseExisting(Path dir, String... names) throws IOException {
        for (String n : names) {
            Path p = dir.resolve(n);
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(
                        p.toString(),
                        null,
                        "already exists; ictreview never overwrites a school's files (choose an empty folder)");
            }
        }
    }

    /**
     * Copies the .xlsx zip with every entry dated {@link #CREATED} (as a local date-time, so no time zone gets
     * in): POI dates entries with the clock, and fixed dates make regenerated files byte-identical in git.
     */
    private static void fixEntryTimes(byte[] xlsx, OutputStream out) throws IOException {
        LocalDateTime fixed = LocalDateTime.ofInstant(CREATED, ZoneOffset.UTC);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(fixed);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    private static void stamp(Workbook wb) {
        XSSFWorkbook x = wb instanceof SXSSFWorkbook s ? s.getXSSFWorkbook() : wb instanceof XSSFWorkbook w ? w : null;
        if (x == null) {
            return;
        }
        POIXMLProperties.CoreProperties core = x.getProperties().getCoreProperties();
        core.setCreator(CREATOR);
        core.setCreated(Optional.of(Date.from(CREATED)));
        core.setModified(Optional.of(Date.from(CREATED)));
        core.setLastModifiedByUser(CREATOR);
    }
}
