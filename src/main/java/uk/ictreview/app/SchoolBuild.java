package uk.ictreview.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;
import uk.ictreview.model.Period;
import uk.ictreview.model.StaffNames;
import uk.ictreview.read.EarlierPacks;
import uk.ictreview.read.PackFile;
import uk.ictreview.read.UnreadableWorkbookException;
import uk.ictreview.report.ReportException;
import uk.ictreview.report.ReportModel;
import uk.ictreview.report.Templates;
import uk.ictreview.report.csv.CsvFiles;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.html.HtmlReport;
import uk.ictreview.report.json.FiguresJson;
import uk.ictreview.report.pdf.PdfReport;
import uk.ictreview.report.refresh.RefreshSection;
import uk.ictreview.report.skills.SkillsSection;
import uk.ictreview.report.sla.SlaSection;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Severity;
import uk.ictreview.workbook.audit.AuditInput;
import uk.ictreview.workbook.audit.AuditWorkbook;

/**
 * One school's build, as {@code build} runs it and {@code build-all} runs it for each school: read the folder,
 * make the report model, write the HTML, PDF, figures.json and CSVs into a temporary folder and move it into
 * place. What a command would print is collected in the {@link Outcome}, so that parallel builds do not
 * interleave their messages.
 */
final class SchoolBuild {
    /** The settings of a build that do not come from the school folder. */
    record Options(Period period, StaffNames staffNames, Path templates, Path out, LocalDate today) {}

    /**
     * How one build ended: its exit code (SPEC 2), the lines for standard output and standard error, and, when
     * the pack was written, the model and the folder it went to. {@code problem} is the reason when it was not
     * written (also among {@code errLines}, which may hold other lines before it), or null.
     */
    record Outcome(
            int exitCode,
            String name,
            ReportModel model,
            Path target,
            List<String> outLines,
            List<String> errLines,
            String problem) {
        boolean written() {
            return target != null;
        }
    }

    private SchoolBuild() {}

    /**
     * Builds the school in {@code dir} (null: the bundled example). {@code targetFor} chooses the output folder
     * from the school's name and the period (by default {@code out/<school-slug>/<period-slug>}); its parent, the
     * school's folder, is where the earlier packs are looked for; {@code checkHint}
     * is the folder named in "Run: ictreview check ...", or null for none.
     */
    static Outcome run(Path dir, Options o, BiFunction<String, Period, Path> targetFor, String checkHint)
            throws IOException {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        SchoolLoader.Loaded loaded;
        Path folder = SchoolLoader.folderOrExample(dir);
        try {
            loaded = SchoolLoader.load(folder, o.today(), o.period() != null);
        } catch (UnreadableWorkbookException e) {
            err.add(e.getMessage());
            err.add("Nothing was written.");
            return new Outcome(ExitCode.BAD_INPUT, nameInPack(folder), null, null, out, err, e.getMessage());
        }
        if (loaded.mainSheetUnusable()) {
            List<String> unusable = loaded.diagnostics().all().stream()
                    .filter(SchoolLoader::isMainSheetError)
                    .map(Object::toString)
                    .toList();
            err.addAll(unusable);
            err.add("Nothing was written: fix the errors above (ictreview check lists every problem).");
            return new Outcome(ExitCode.BAD_INPUT, loaded.name(), null, null, out, err, String.join("; ", unusable));
        }
        String name = loaded.name();
        ReportModel model = Pipeline.model(loaded, o.period(), o.staffNames(), o.today(), Main.version(), err, p -> {
            Path schoolFolder = targetFor.apply(name, p).getParent();
            return EarlierPacks.read(schoolFolder, name, p);
        });
        Path target = targetFor.apply(model.school(), model.period());
        try {
            write(model, o.templates(), target);
        } catch (ReportException e) {
            err.add("ictreview: " + e.getMessage());
            err.add("Nothing was written; any earlier output for this period is unchanged.");
            return new Outcome(ExitCode.BAD_INPUT, loaded.name(), model, null, out, err, e.getMessage());
        } catch (CannotWrite e) {
            String why = OutputPlace.message("the pack", target, e.reason);
            err.add("ictreview: " + why);
            err.add("Nothing was written; any earlier output for this period is unchanged.");
            return new Outcome(ExitCode.BAD_INPUT, loaded.name(), model, null, out, err, why);
        }
        out.add("wrote the review of " + loaded.name() + ", " + model.periodLabel() + ", to " + target);
        // pack.md is written by hand and holds few lines: its warnings (a setting ignored, the template's text left
        // in the commentary, a period with no calls) are said here, not only counted
        loaded.diagnostics().all().stream()
                .filter(x ->
                        x.severity() == Severity.WARNING && x.place().file().equals(PackFile.FILE))
                .forEach(x -> err.add(x.toString()));
        long errors = loaded.diagnostics().count(Severity.ERROR);
        long warnings = loaded.diagnostics().count(Severity.WARNING);
        if (errors + warnings == 0) {
            return new Outcome(ExitCode.OK, loaded.name(), model, target, out, err, null);
        }
        String line = CheckCommand.plural(errors, "error") + " and " + CheckCommand.plural(warnings, "warning")
                + " in the data; "
                + CheckCommand.leftOut(loaded.diagnostics(), "left out")
                + ". Run: ictreview check" + (checkHint == null ? "" : " " + checkHint);
        err.add(line);
        return new Outcome(ExitCode.WARNINGS, loaded.name(), model, target, out, err, null);
    }

    /** The school's name from its pack.md, or null: for naming a school whose workbooks could not be read. */
    static String nameInPack(Path folder) {
        if (!Files.isRegularFile(folder.resolve(PackFile.FILE))) {
            return null;
        }
        try {
            return PackFile.read(folder, new Diagnostics()).school();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {@code out/<school-slug>/<period-slug>}. */
    static Path defaultTarget(Path out, String school, Period period) {
        return out.resolve(SchoolLoader.slug(school)).resolve(period.slug());
    }

    /** Writing the pack failed for a reason of the place it goes to (a file in the way, a read-only disk). */
    private static final class CannotWrite extends Exception {
        private static final long serialVersionUID = 1L;
        final String reason;

        CannotWrite(String reason, IOException cause) {
            super(reason, cause);
            this.reason = reason;
        }
    }

    private static void write(ReportModel model, Path templates, Path target)
            throws IOException, ReportException, CannotWrite {
        Templates t = Templates.of(templates);
        try {
            writeFiles(model, t, target);
        } catch (IOException e) {
            throw new CannotWrite(OutputPlace.reason(target, e), e);
        }
    }

    /** The model's tables and data-quality.csv: every problem, where the report lists the first ones only. */
    private static List<CsvTable> tables(ReportModel model) {
        List<CsvTable> all = new ArrayList<>(model.tables());
        all.add(CsvTable.of(
                "data-quality",
                List.of("Where", "Severity", "What is wrong"),
                model.diagnostics(),
                d -> List.of(d.place(), d.severity(), d.message())));
        return all;
    }

    /**
     * The PDF is laid out on a thread of its own while the page, figures.json, the audit workbook and the CSV files
     * are written: the PDF is about a quarter of a school's build, and the machine has a second core (see
     * docs/performance.md). The files are the same as when written one after the other.
     */
    private static void writeFiles(ReportModel model, Templates t, Path target) throws IOException, ReportException {
        FutureTask<byte[]> pdf = new FutureTask<>(() -> PdfReport.render(model, t));
        Thread layout = new Thread(pdf, "ictreview-pdf");
        layout.setDaemon(true);
        layout.start();
        try (OutputFolder folder = new OutputFolder(target)) {
            Path d = folder.dir();
            Files.writeString(d.resolve("index.html"), HtmlReport.render(model, t), StandardCharsets.UTF_8);
            Files.writeString(d.resolve("figures.json"), FiguresJson.render(model), StandardCharsets.UTF_8);
            try (OutputStream audit = Files.newOutputStream(d.resolve(AuditWorkbook.FILE))) {
                AuditWorkbook.write(audit(model), audit);
            }
            for (CsvTable table : tables(model)) {
                try (Writer w = Files.newBufferedWriter(d.resolve(table.name() + ".csv"), StandardCharsets.UTF_8)) {
                    CsvFiles.write(table, w);
                }
            }
            Files.write(d.resolve("governors-pack.pdf"), finished(pdf));
            folder.commit();
        } finally {
            pdf.cancel(true);
        }
    }

    /** The laid-out PDF, or what stopped it, thrown as it was thrown on the other thread. */
    private static byte[] finished(FutureTask<byte[]> pdf) throws ReportException, IOException {
        try {
            return pdf.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the PDF pack was laid out", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReportException r) {
                throw r;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error r) {
                throw r;
            }
            throw new ReportException("the PDF pack could not be laid out: " + cause.getMessage(), cause);
        }
    }

    /** The analyses behind the model's sections, for the audit workbook (a section missing gives null). */
    static AuditInput audit(ReportModel m) {
        return new AuditInput(
                m.school(),
                m.period(),
                m.staffNames(),
                m.section(SlaSection.ID) instanceof SlaSection s ? s.result() : null,
                m.section(RefreshSection.ID) instanceof RefreshSection r ? r.result() : null,
                m.section(SkillsSection.ID) instanceof SkillsSection k ? k.result() : null);
    }
}
