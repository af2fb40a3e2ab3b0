package uk.ictreview.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.ictreview.model.Period;
import uk.ictreview.model.StaffNames;
import uk.ictreview.report.Templates;

/** {@code ictreview build}: the HTML report, the governors' PDF pack, figures.json and the CSV tables. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Build the termly review of a school folder.",
            "Writes index.html, governors-pack.pdf, figures.json and one CSV per table under"
                    + " output/<school>/<period>/, and prints where.",
            "Exit 0: done, clean data. 1: done, with data warnings or rows left out. 2: bad input, nothing written."
                    + " 3: internal error."
        })
final class BuildCommand implements Callable<Integer> {
    private final Main.Context ctx;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCHOOL_DIR",
            description = "The school folder (default: the folder you are in when it holds pack.md or a workbook,"
                    + " else the bundled example school).")
    Path school;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: output).")
    Path out = Path.of("output");

    @Option(
            names = "--from",
            paramLabel = "DATE",
            converter = DayConverter.class,
            description = "First day of the period, 2026-09-01 or 01/09/2026 (with --to; overrides pack.md).")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            converter = DayConverter.class,
            description = "Last day of the period, 2026-12-18 or 18/12/2026 (with --from).")
    LocalDate to;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "A folder of Freemarker templates that override the bundled ones.")
    Path templates;

    @Option(
            names = "--staff-names",
            paramLabel = "shown|hidden",
            description = "Name staff in the governors' pack (default: pack.md's staff-names, else hidden).")
    String staffNames;

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    BuildCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        WarmUp.start();
        LocalDate today = LocalDate.now(ctx.clock());
        out = ctx.resolve(out);
        templates = ctx.resolve(templates);
        String problem = optionsProblem(today);
        if (problem != null) {
            ctx.err().println("ictreview: " + problem);
            ctx.err().println("Nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        school = school != null ? ctx.resolve(school) : SchoolLoader.folderHere(ctx, "build");
        StaffNames names =
                staffNames == null ? null : StaffNames.parse(staffNames).orElseThrow();
        warnUnusedTemplates();
        Period period = from != null ? new Period(from, to) : null;
        SchoolBuild.Options options = new SchoolBuild.Options(period, names, templates, out, today);
        String hint = school == null || school.equals(ctx.cwd()) ? null : school.toString();
        SchoolBuild.Outcome outcome =
                SchoolBuild.run(school, options, (name, p) -> SchoolBuild.defaultTarget(out, name, p), hint);
        outcome.outLines().forEach(ctx.out()::println);
        outcome.errLines().forEach(ctx.err()::println);
        return outcome.exitCode();
    }

    /** What is wrong with the options, or null. */
    private String optionsProblem(LocalDate today) {
        if ((from == null) != (to == null)) {
            return "--from and --to go together: give both dates, or neither to use pack.md's period";
        }
        if (from != null && to.isBefore(from)) {
            return "--to (" + to + ") is before --from (" + from + ")";
        }
        if (from != null && from.isAfter(today)) {
            return SchoolLoader.notStarted(from, today) + "; give a period that has started (--from "
                    + today.format(DMY) + " or earlier)";
        }
        if (templates != null && !Files.isDirectory(templates)) {
            return "--templates " + templates + (Files.exists(templates) ? " is not a folder" : " does not exist")
                    + ": give a folder holding your copies of the templates (report.ftlh, sections/sla.ftlh, ...)";
        }
        if (staffNames != null && StaffNames.parse(staffNames).isEmpty()) {
            return "--staff-names '" + staffNames + "' is not valid: expected shown or hidden";
        }
        String place = OutputPlace.problem(out);
        return place == null ? null : OutputPlace.message("the pack", out, place);
    }

    private void warnUnusedTemplates() throws IOException {
        if (templates != null) {
            for (String w : Templates.unused(templates)) {
                ctx.err().println("ictreview: warning: " + templates.resolve("") + ": " + w);
            }
        }
    }
}
