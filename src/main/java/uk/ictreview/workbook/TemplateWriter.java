package uk.ictreview.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.ictreview.model.LifecyclePolicy;
import uk.ictreview.model.ServiceLevel;
import uk.ictreview.model.SupportDay;
import uk.ictreview.read.SheetSpec;
import uk.ictreview.read.WorkbookSpec;
import uk.ictreview.read.Workbooks;

/**
 * Writes the blank school folder of {@code ictreview init}: the three workbooks of {@link Workbooks#ALL} and a
 * {@code pack.md} to fill in. Policy sheets hold the SPEC's defaults so a school sees what applies; Closures,
 * Budget and Categories start empty, since an example closure or budget would be read as real data.
 */
public final class TemplateWriter {
    /** The pack.md template, as a resource next to this class. */
    static final String PACK_TEMPLATE = "pack-template.md";

    static final String PACK = "pack.md";
    /**
     * Rows of the main sheets prepared with drop-downs (rows 2 to 20,001): the example school logs 3,000 calls a
     * year, and a drop-down that stops part-way down a real log is worse than none.
     */
    static final int MAIN_ROWS = 20_000;
    /** Rows prepared with drop-downs in the small policy sheets. */
    private static final int POLICY_ROWS = 50;

    private TemplateWriter() {}

    /** The files {@link #writeSchoolFolder} writes, in order. */
    public static List<String> fileNames() {
        return List.of(
                Workbooks.INCIDENTS_WORKBOOK.fileName(),
                Workbooks.ASSETS_WORKBOOK.fileName(),
                Workbooks.SKILLS_WORKBOOK.fileName(),
                PACK);
    }

    /**
     * Writes the blank workbooks and pack.md into {@code dir} (created if missing). Refuses, before writing
     * anything, when any of those files already exists.
     */
    public static void writeSchoolFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        WorkbookFiles.refuseExisting(dir, fileNames().toArray(new String[0]));
        for (WorkbookSpec spec : Workbooks.ALL) {
            writeWorkbook(spec, dir.resolve(spec.fileName()));
        }
        Files.write(dir.resolve(PACK), packTemplate());
    }

    /** The bytes of the pack.md template. */
    public static byte[] packTemplate() throws IOException {
        try (InputStream in = TemplateWriter.class.getResourceAsStream(PACK_TEMPLATE)) {
            if (in == null) {
                throw new IOException("resource " + PACK_TEMPLATE + " missing from the build");
            }
            return in.readAllBytes();
        }
    }

    static void writeWorkbook(WorkbookSpec spec, Path file) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        for (SheetSpec s : spec.sheets()) {
            int rows = s.required() ? MAIN_ROWS : POLICY_ROWS;
            Sheet sheet = TableSheet.create(wb, styles, s, 0, rows);
            fillDefaults(sheet, styles, s.name());
        }
        AboutSheet.write(wb, styles, spec);
        wb.setActiveSheet(0);
        WorkbookFiles.save(wb, file);
    }

    private static void fillDefaults(Sheet sheet, Styles styles, String name) {
        switch (name) {
            case Workbooks.SERVICE_LEVELS -> PolicySheets.serviceLevels(sheet, styles, 1, ServiceLevel.defaults());
            case Workbooks.SUPPORT_HOURS -> PolicySheets.supportHours(sheet, styles, 1, SupportDay.defaults());
            case Workbooks.LIFECYCLE -> PolicySheets.lifecycle(sheet, styles, 1, LifecyclePolicy.defaults());
            case Workbooks.NEEDS -> PolicySheets.needs(sheet, styles, 1, Map.of(), Map.of());
            case Workbooks.TARGETS -> PolicySheets.targets(sheet, styles, 1, PolicySheets.DEFAULT_TARGETS);
            default -> {
                // Main sheets, Closures, Budget and Categories start empty.
            }
        }
    }
}
