package uk.ictreview.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import uk.ictreview.analyse.sla.SupportCalendar;
import uk.ictreview.model.PackSettings;
import uk.ictreview.model.SchoolData;
import uk.ictreview.read.PackFile;
import uk.ictreview.read.SchoolReader;
import uk.ictreview.read.SchoolWorkbooks;
import uk.ictreview.read.UnreadableWorkbookException;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;
import uk.ictreview.workbook.ExampleSchool;

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
