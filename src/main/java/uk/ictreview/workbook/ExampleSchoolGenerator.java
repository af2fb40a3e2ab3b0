package uk.ictreview.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.ictreview.model.LifecyclePolicy;
import uk.ictreview.model.ServiceLevel;
import uk.ictreview.read.Workbooks;
import uk.ictreview.validate.Place;

/**
 * Generates the bundled example school, a made-up secondary ("Hollowmere Academy") over the academic year
 * 2025-26: its service desk log, asset register, skills matrix and pack.md. Deterministic: a seeded
 * {@link Random} and fixed dates, never the clock, so the committed resources can be checked against it.
 */
public final class ExampleSchoolGenerator {
    public static final String SCHOOL = "Hollowmere Academy";
    public static final long DEFAULT_SEED = 20250901L;
    public static final int DEFAULT_CALLS = 3000;
    /** Above this many calls the log is streamed to disk rather than built in memory. */
    private static final int STREAM_ABOVE = 20_000;

    /**
     * What to generate: the number of calls, the seed, and whether to add the realistic mess (title row, blank
     * row, a text date, one bad row). Benchmarks can ask for many calls without mess.
     */
    public record Options(int calls, long seed, boolean mess) {
        public Options {
            if (calls < 1) {
                throw new IllegalArgumentException("calls must be at least 1, was " + calls);
            }
        }

        public static Options bundled() {
            return new Options(DEFAULT_CALLS, DEFAULT_SEED, true);
        }
    }

    private ExampleSchoolGenerator() {}

    /** Writes the bundled example (3,000 calls, with mess) into {@code dir}; refuses to overwrite. */
    public static Place write(Path dir) throws IOException {
        return write(dir, Options.bundled());
    }

    /**
     * Writes incidents.xlsx, assets.xlsx, skills.xlsx and pack.md into {@code dir} (created if missing) and
     * returns where the deliberate bad row's Resolved cell is (null without mess).
     */
    public static Place write(Path dir, Options options) throws IOException {
        Files.createDirectories(dir);
        WorkbookFiles.refuseExisting(dir, TemplateWriter.fileNames().toArray(new String[0]));
        List<ExampleAsset> assets = ExampleAssets.generate(new Random(options.seed() + 1));
        List<ExampleCall> calls =
                new CallGenerator(new Random(options.seed()), assets, reporters()).generate(options.calls());
        Place bad = writeIncidents(dir.resolve(Workbooks.INCIDENTS_WORKBOOK.fileName()), calls, options.mess());
        writeAssets(dir.resolve(Workbooks.ASSETS_WORKBOOK.fileName()), assets);
        writeSkills(dir.resolve(Workbooks.SKILLS_WORKBOOK.fileName()));
        Files.writeString(dir.resolve(TemplateWriter.PACK), ExamplePack.TEXT, StandardCharsets.UTF_8);
        return bad;
    }

    private static Place writeIncidents(Path file, List<ExampleCall> calls, boolean mess) throws IOException {
        Workbook wb = calls.size() > STREAM_ABOVE ? new SXSSFWorkbook(500) : new XSSFWorkbook();
        Styles styles = new Styles(wb);
        Place bad = IncidentsSheet.write(wb, styles, calls, mess);
        Sheet levels =
                TableSheet.create(wb, styles, Workbooks.INCIDENTS_WORKBOOK.sheet(Workbooks.SERVICE_LEVELS), 0, 10);
        PolicySheets.serviceLevels(levels, styles, 1, ServiceLevel.defaults());
        Sheet hours = TableSheet.create(wb, styles, Workbooks.INCIDENTS_WORKBOOK.sheet(Workbooks.SUPPORT_HOURS), 0, 10);
        PolicySheets.supportHours(hours, styles, 1, SchoolYear.SUPPORT_HOURS);
        Sheet closures = TableSheet.create(wb, styles, Workbooks.INCIDENTS_WORKBOOK.sheet(Workbooks.CLOSURES), 0, 40);
        for (int i = 0; i < SchoolYear.CLOSURES.size(); i++) {
            var c = SchoolYear.CLOSURES.get(i);
            Cells.row(closures, styles, i + 1, c.from(), c.to(), c.reason());
        }
        Sheet categories =
                TableSheet.create(wb, styles, Workbooks.INCIDENTS_WORKBOOK.sheet(Workbooks.CATEGORIES), 0, 40);
        for (CallCategory c : CallCategory.values()) {
            Cells.row(categories, styles, c.ordinal() + 1, c.label, c.skill.label());
        }
        // The Skill drop-down of Categories lists the skills from the About sheet.
        AboutSheet.write(wb, styles, Workbooks.INCIDENTS_WORKBOOK);
        WorkbookFiles.save(wb, file);
        return bad;
    }

    private static void writeAssets(Path file, List<ExampleAsset> assets) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        Sheet sheet = TableSheet.create(wb, styles, Workbooks.ASSETS_WORKBOOK.main(), 0, assets.size() + 100);
        for (int i = 0; i < assets.size(); i++) {
            Cells.row(sheet, styles, i + 1, assets.get(i).cells());
        }
        Sheet lifecycle = TableSheet.create(wb, styles, Workbooks.ASSETS_WORKBOOK.sheet(Workbooks.LIFECYCLE), 0, 30);
        PolicySheets.lifecycle(lifecycle, styles, 1, lifecycle());
        Sheet budget = TableSheet.create(wb, styles, Workbooks.ASSETS_WORKBOOK.sheet(Workbooks.BUDGET), 0, 30);
        for (int y = 0; y < 5; y++) {
            String fy = (2026 + y) + "-" + String.format("%02d", (27 + y) % 100);
            Cells.row(budget, styles, y + 1, fy, new BigDecimal("150000.00"));
        }
        AboutSheet.write(wb, styles, Workbooks.ASSETS_WORKBOOK);
        WorkbookFiles.save(wb, file);
    }

    /** The defaults, with laptops and interactive displays expected to rise 3% a year. */
    private static List<LifecyclePolicy> lifecycle() {
        List<LifecyclePolicy> out = new ArrayList<>();
        for (LifecyclePolicy p : LifecyclePolicy.defaults()) {
            boolean rising = p.type().equals("Laptop") || p.type().equals("Interactive display");
            out.add(
                    rising
                            ? new LifecyclePolicy(p.type(), p.lifetimeYears(), p.replacementCost(), new BigDecimal("3"))
                            : p);
        }
        return out;
    }

    private static void writeSkills(Path file) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        ExampleStaff.write(wb, styles);
        AboutSheet.write(wb, styles, Workbooks.SKILLS_WORKBOOK);
        WorkbookFiles.save(wb, file);
    }

    /** The staff who report calls, as a service desk log names them. */
    static List<String> reporters() {
        List<String> surnames = List.of(
                "Okafor",
                "Hughes",
                "Bennett",
                "Kowalski",
                "Ahmed",
                "Fletcher",
                "Morgan",
                "Doyle",
                "Chaudhry",
                "Wright",
                "Nwosu",
                "Harper",
                "Ellison",
                "Patel",
                "Gallagher",
                "Thornton",
                "Evans",
                "Lindqvist",
                "Baxter",
                "Osei",
                "Reid",
                "McCarthy",
                "Sutton",
                "Iqbal",
                "Pearce",
                "Ward",
                "Kaur",
                "Dunmore",
                "Hussain",
                "Carver",
                "Mistry",
                "Quinn",
                "Rowe",
                "Adeyemi",
                "Fairbairn",
                "Jennings",
                "Lowe",
                "Singh",
                "Tranter",
                "Whitlock");
        List<String> titles = List.of("Mr", "Mrs", "Ms", "Miss", "Dr");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < surnames.size(); i++) {
            people.add(titles.get((i * 7) % titles.size()) + " " + surnames.get(i));
        }
        people.addAll(List.of("Reception", "Exams office", "Headteacher's PA", "Site team"));
        return people;
    }
}
