package uk.ictreview.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;
import uk.ictreview.validate.Severity;

/** {@code ictreview check}: reads and validates only, and prints every problem with its place. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Read and validate a school folder; print every problem with its place.",
            "Names the file, sheet, row and column of each problem and what was expected.",
            "Exit 0: clean. 1: warnings only. 2: errors (the rows named are left out of a build)."
        })
final class CheckCommand implements Callable<Integer> {
    static final int PER_COLUMN = 20;
    private final Main.Context ctx;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCHOOL_DIR",
            description = "The school folder (default: the bundled example school).")
    Path school;

    @Option(
            names = "--annotate",
            description = "Also write copies of the workbooks with each problem cell highlighted and commented.")
    boolean annotate;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where --annotate writes its copies (default: output/<school>/check).")
    Path out;

    CheckCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate today = LocalDate.now(ctx.clock());
        var read = SchoolLoader.loadOrReport(school, today, ctx.err());
        if (read.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        SchoolLoader.Loaded loaded = read.get();
        Diagnostics d = loaded.diagnostics();
        print(d.all());
        long errors = d.count(Severity.ERROR);
        long warnings = d.count(Severity.WARNING);
        ctx.out().println(summary(loaded, errors, warnings, d.rowsSkipped()));
        if (errors + warnings > 0 && !annotate) {
            ctx.out()
                    .println(
                            "Correct each cell named above in the workbook (check --annotate writes copies with every "
                                    + "one marked), then run check again. Errors leave their row out of the figures; warnings do not.");
        }
        if (annotate) {
            Path target = out != null ? out : Path.of("output", SchoolLoader.slug(loaded.name()), "check");
            List<Path> written = Annotations.write(loaded.dir(), d.all(), target);
            written.forEach(p -> ctx.out().println("wrote " + p));
        }
        return errors > 0 ? ExitCode.BAD_INPUT : warnings > 0 ? ExitCode.WARNINGS : ExitCode.OK;
    }

    /**
     * Problems grouped by file and sheet, in the order found. Past {@link #PER_COLUMN} problems of one severity
     * in one column, one line counts the rest, so a log with a systematic fault stays readable (the counts and
     * --annotate still cover every cell).
     */
    private void print(List<Diagnostic> all) {
        Map<String, List<Diagnostic>> groups = new LinkedHashMap<>();
        for (Diagnostic x : all) {
            String key = x.place().sheet() == null
                    ? x.place().file()
                    : x.place().file() + " '" + x.place().sheet() + "'";
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
        }
        groups.forEach((group, list) -> {
            ctx.out().println(group);
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (Diagnostic x : list) {
                int n = seen.merge(columnKey(x), 1, Integer::sum);
                if (n <= PER_COLUMN) {
                    ctx.out().println("  " + x);
                }
            }
            seen.forEach((key, n) -> {
                if (n > PER_COLUMN) {
                    ctx.out()
                            .println("  ... and " + String.format(Locale.UK, "%,d", n - PER_COLUMN) + " more " + key
                                    + " (ictreview check --annotate marks every one)");
                }
            });
        });
    }

    /** "errors in column K": what a run of similar problems has in common. */
    private static String columnKey(Diagnostic x) {
        String where = x.place().column() == Place.NONE
                ? "on whole rows"
                : "in column " + Place.columnLetters(x.place().column());
        return x.severity().label() + "s " + where;
    }

    private static String summary(SchoolLoader.Loaded l, long errors, long warnings, int skipped) {
        var c = l.data().counts();
        String read =
                String.format(Locale.UK, "%,d calls, %,d assets, %,d staff", c.incidents(), c.assets(), c.staff());
        if (errors == 0 && warnings == 0) {
            return l.name() + ": no problems found (" + read + ").";
        }
        return l.name() + ": " + plural(errors, "error") + ", " + plural(warnings, "warning") + "; "
                + plural(skipped, "row") + " would be left out of the figures (" + read + ").";
    }

    static String plural(long n, String word) {
        return String.format(Locale.UK, "%,d", n) + " " + word + (n == 1 ? "" : "s");
    }
}
