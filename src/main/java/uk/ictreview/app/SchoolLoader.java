package uk.ictreview.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import uk.ictreview.analyse.sla.SupportCalendar;
import uk.ictreview.model.PackSettings;
import uk.ictreview.model.Period;
import uk.ictreview.model.SchoolData;
import uk.ictreview.read.PackFile;
import uk.ictreview.read.SchoolReader;
import uk.ictreview.read.SchoolWorkbooks;
import uk.ictreview.read.UnreadableWorkbookException;
import uk.ictreview.read.WorkbookLocator;
import uk.ictreview.read.Workbooks;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;
import uk.ictreview.workbook.ExampleSchool;
import uk.ictreview.workbook.ExampleSchoolGenerator;

/** Reads a school folder (or the bundled example school) into the model, collecting every problem. */
final class SchoolLoader {
    /** A school read: its data, where it came from, its problems and the policy sheets it had. */
    record Loaded(SchoolData data, Path dir, String name, Diagnostics diagnostics, Set<String> policySheetsFound) {
        /** True when a main sheet could not be used at all (missing, or a required column missing). */
        boolean mainSheetUnusable() {
            return diagnostics.all().stream().anyMatch(SchoolLoader::isMainSheetError);
        }
    }

    private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private SchoolLoader() {}

    /**
     * The folder {@code build} or {@code check} reads when none is given: the working folder when it holds pack.md or
     * a workbook (the user is in their school's folder), else null for the bundled example. Says on standard error
     * which it is, so a user never mistakes the example's figures for their school's.
     */
    static Path folderHere(Main.Context ctx, String command) {
        Path here = ctx.cwd();
        if (isSchoolFolder(here)) {
            ctx.err().println("ictreview: no school folder given: reading the folder you are in, " + here);
            return here;
        }
        ctx.err()
                .println("ictreview: no school folder given, and the folder you are in (" + here + ") holds no pack.md"
                        + " or workbook: using the bundled example school, " + ExampleSchoolGenerator.SCHOOL
                        + ". For your school,"
                        + " give its folder: ictreview " + command
                        + " my-school (ictreview init my-school makes one).");
        return null;
    }

    /** A school's folder: it holds pack.md or an incidents, assets or skills workbook (in any of its forms). */
    static boolean isSchoolFolder(Path dir) {
        if (Files.isRegularFile(dir.resolve(PackFile.FILE))) {
            return true;
        }
        return Stream.of(Workbooks.INCIDENTS_WORKBOOK, Workbooks.ASSETS_WORKBOOK, Workbooks.SKILLS_WORKBOOK)
                .anyMatch(w -> !WorkbookLocator.forms(dir, w.baseName()).isEmpty());
    }

    /** The folder to read: the one given, or the bundled example school copied out to a temporary folder. */
    static Path folderOrExample(Path given) throws IOException {
        if (given != null) {
            return given;
        }
        Path dir = Files.createTempDirectory("ictreview-example-");
        dir.toFile().deleteOnExit();
        Path school = dir.resolve("hollowmere-academy");
        ExampleSchool.extractTo(school);
        return school;
    }

    /**
     * Reads the school folder given (or the bundled example); where a workbook cannot be read at all, prints why to
     * {@code err} and returns empty, for the command to exit with {@link ExitCode#BAD_INPUT}.
     */
    static java.util.Optional<Loaded> loadOrReport(Path given, LocalDate today, java.io.PrintStream err)
            throws IOException {
        try {
            return java.util.Optional.of(load(folderOrExample(given), today));
        } catch (UnreadableWorkbookException e) {
            err.println(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    static Loaded load(Path dir, LocalDate today) throws IOException, UnreadableWorkbookException {
        return load(dir, today, false);
    }

    /**
     * Reads the school folder; {@code periodGiven} when --from/--to replace pack.md's period, so a pack.md period
     * that has not started is not warned about (it is not used).
     */
    static Loaded load(Path dir, LocalDate today, boolean periodGiven) throws IOException, UnreadableWorkbookException {
        if (!Files.exists(dir)) {
            throw new UnreadableWorkbookException(
                    dir.toString(),
                    "does not exist: expected a school folder holding incidents.xlsx, assets.xlsx, skills.xlsx and pack.md"
                            + " (make one with: ictreview init " + dir + ")");
        }
        if (!Files.isDirectory(dir)) {
            throw new UnreadableWorkbookException(
                    dir.toString(),
                    "is not a folder: expected a school folder holding "
                            + "incidents.xlsx, assets.xlsx, skills.xlsx and pack.md (make one with: ictreview init DIR)");
        }
        Diagnostics diags = new Diagnostics();
        PackSettings read = PackFile.read(dir, diags);
        PackSettings settings = periodGiven ? read : notYetStarted(read, today, diags);
        // the intake questions On hold hours by the same clock the service levels are judged by
        SchoolWorkbooks wb = SchoolReader.read(
                dir,
                today,
                (hours, closures) -> SupportCalendar.of(hours, closures, settings.bankHolidays())::minutesBetween,
                diags);
        String name = settings.school() != null
                ? settings.school()
                : dir.toAbsolutePath().normalize().getFileName().toString();
        SchoolData data =
                new SchoolData(settings.withSchool(name), wb.incidents(), wb.assets(), wb.skills(), wb.counts());
        if (!periodGiven) {
            noCallInPeriod(settings.period(), data).ifPresent(m -> diags.warning(Place.file(PackFile.FILE), m));
        }
        RoleCheck.warnRolesWithoutTarget(wb.skills(), diags);
        return new Loaded(data, dir, name, diags, wb.policySheetsFound());
    }

    /**
     * pack.md's period, unless it starts after today: nothing in it has happened, and its previous period would run
     * past today. As for any bad period in pack.md, a warning and the default period (a build still makes the pack
     * the school can use today; on the command line the same period is bad input, as the user asked for it now).
     */
    private static PackSettings notYetStarted(PackSettings s, LocalDate today, Diagnostics diags) {
        if (s.period() == null || !s.period().from().isAfter(today)) {
            return s;
        }
        diags.warning(
                Place.file(PackFile.FILE),
                notStarted(s.period().from(), today) + "; the default period is used (set a period that has started)");
        return s.withPeriod(null);
    }

    /**
     * "no call in the log was logged in the period ...": a period with no calls is almost always a period with the
     * wrong dates (a year typed wrong, from and to swapped by a term), so it is said, with the dates the log covers;
     * empty when the period has calls, is not set, or the log has none at all (the Incidents sheet then has its own
     * message).
     */
    static java.util.Optional<String> noCallInPeriod(Period p, SchoolData data) {
        var calls = data.incidents().incidents();
        if (p == null
                || calls.isEmpty()
                || calls.stream().anyMatch(i -> p.contains(i.logged().toLocalDate()))) {
            return java.util.Optional.empty();
        }
        LocalDate first = calls.stream()
                .map(i -> i.logged().toLocalDate())
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = calls.stream()
                .map(i -> i.logged().toLocalDate())
                .max(LocalDate::compareTo)
                .orElseThrow();
        return java.util.Optional.of("no call in the incidents workbook was logged in the period, "
                + p.from().format(UK_DAY) + " to " + p.to().format(UK_DAY) + " (the log's "
                + String.format(Locale.UK, "%,d", calls.size())
                + (calls.size() == 1 ? " call was" : " calls were") + " logged from " + first.format(UK_DAY) + " to "
                + last.format(UK_DAY) + "), so the service levels have nothing to report: check the period's dates");
    }

    /** "the period starts on 1 December 2026, after today (25 November 2026): nothing in it has happened yet". */
    static String notStarted(LocalDate from, LocalDate today) {
        return "the period starts on " + from.format(UK_DAY) + ", after today (" + today.format(UK_DAY)
                + "): nothing in it has happened yet";
    }

    static boolean isMainSheetError(Diagnostic d) {
        return d.mainSheetUnusable();
    }

    /** {@code Hollowmere Academy} -> {@code hollowmere-academy}. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "school" : s;
    }
}
