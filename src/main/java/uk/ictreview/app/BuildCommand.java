package uk.ictreview.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.ictreview.model.Period;
import uk.ictreview.model.StaffNames;
import uk.ictreview.report.ReportException;
import uk.ictreview.report.ReportModel;
import uk.ictreview.report.Templates;
import uk.ictreview.report.csv.CsvFiles;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.html.HtmlReport;
import uk.ictreview.report.json.FiguresJson;
import uk.ictreview.report.pdf.PdfReport;
import uk.ictreview.validate.Severity;

/** {@code ictreview build}: the HTML report, the governors' PDF pack, figures.json and the CSV tables. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Build the termly review of a school folder.",
            "Writes index.html, governors-pack.pdf, figures.json and one CSV per table under",
            "output/<school>/<period>/. Exit 0: done, clean data. 1: done, with data warnings or rows left out.",
            "2: bad input, nothing written. 3: internal error."
        })
final class BuildCommand implements Callable<Integer> {
    private final Main.Context ctx;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCHOOL_DIR",
            description = "The school folder (default: the bundled example school).")
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

    BuildCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate today = LocalDate.now(ctx.clock());
        String problem = optionsProblem();
        if (problem != null) {
            ctx.err().println("ictreview: " + problem);
            return ExitCode.BAD_INPUT;
        }
        StaffNames names =
                staffNames == null ? null : StaffNames.parse(staffNames).orElseThrow();
        warnUnusedTemplates();
        var read = SchoolLoader.loadOrReport(school, today, ctx.err());
        if (read.isEmpty()) {
            ctx.err().println("Nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        SchoolLoader.Loaded loaded = read.get();
        if (loaded.mainSheetUnusable()) {
            loaded.diagnostics().all().stream()
                    .filter(SchoolLoader::isMainSheetError)
                    .forEach(ctx.err()::println);
            ctx.err().println("Nothing was written: fix the errors above (ictreview check lists every problem).");
            return ExitCode.BAD_INPUT;
        }
        Period period = from != null ? new Period(from, to) : null;
        ReportModel model = Pipeline.model(loaded, period, names, today, Main.version());
        Path target = out.resolve(SchoolLoader.slug(loaded.name()))
                .resolve(model.period().slug());
        try {
            write(model, target);
        } catch (ReportException e) {
            ctx.err().println("ictreview: " + e.getMessage());
            ctx.err().println("Nothing was written; any earlier output for this period is unchanged.");
            return ExitCode.BAD_INPUT;
        }
        long errors = loaded.diagnostics().count(Severity.ERROR);
        long warnings = loaded.diagnostics().count(Severity.WARNING);
        ctx.out().println("wrote the review of " + loaded.name() + ", " + model.periodLabel() + ", to " + target);
        if (errors + warnings > 0) {
            ctx.err()
                    .println(CheckCommand.plural(errors, "error") + " and " + CheckCommand.plural(warnings, "warning")
                            + " in the data; "
                            + CheckCommand.plural(loaded.diagnostics().rowsSkipped(), "row")
                            + " left out of the figures. Run: ictreview check" + (school == null ? "" : " " + school));
            return ExitCode.WARNINGS;
        }
        return ExitCode.OK;
    }

    /** What is wrong with the options, or null. */
    private String optionsProblem() {
        if ((from == null) != (to == null)) {
            return "--from and --to go together: give both dates, or neither to use pack.md's period";
        }
        if (from != null && to.isBefore(from)) {
            return "--to (" + to + ") is before --from (" + from + ")";
        }
        if (templates != null && !Files.isDirectory(templates)) {
            return "--templates " + templates + (Files.exists(templates) ? " is not a folder" : " does not exist")
                    + ": give a folder holding your copies of the templates (report.ftlh, sections/sla.ftlh, ...)";
        }
        if (staffNames != null && StaffNames.parse(staffNames).isEmpty()) {
            return "--staff-names '" + staffNames + "' is not valid: expected shown or hidden";
        }
        return null;
    }

    private void warnUnusedTemplates() throws IOException {
        if (templates != null) {
            for (String w : Templates.unused(templates)) {
                ctx.err().println("ictreview: warning: " + templates.resolve("") + ": " + w);
            }
        }
    }

    private void write(ReportModel model, Path target) throws IOException, ReportException {
        Templates t = new Templates(templates);
        try (OutputFolder folder = new OutputFolder(target)) {
            Path d = folder.dir();
            Files.writeString(d.resolve("index.html"), HtmlReport.render(model, t), StandardCharsets.UTF_8);
            Files.write(d.resolve("governors-pack.pdf"), PdfReport.render(model, t));
            Files.writeString(d.resolve("figures.json"), FiguresJson.render(model), StandardCharsets.UTF_8);
            for (CsvTable table : model.tables()) {
                Files.writeString(d.resolve(table.name() + ".csv"), CsvFiles.render(table), StandardCharsets.UTF_8);
            }
            folder.commit();
        }
    }
}
