package uk.ictreview.app;

import java.io.IOException;
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
import uk.ictreview.read.PackFile;
import uk.ictreview.read.Workbooks;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;
import uk.ictreview.validate.Severity;

/** {@code ictreview check}: reads and validates only, and prints every problem with its place. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Read and validate a school folder; print every problem with its place: the file, sheet, row and"
                    + " column, and what was expected.",
            "Exit 0: clean. 1: warnings only. 2: errors (the rows named are left out of a build)."
        })
final class CheckCommand implements Callable<Integer> {
    static final int PER_COLUMN = 20;
    private final Main.Context ctx;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCHOOL_DIR",
            description = "The school folder (default: the folder you are in when it holds pack.md or a workbook,"
                    + " else the bundled example school).")
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
        school = school != null ? ctx.resolve(school) : SchoolLoader.folderHere(ctx, "check");
        out = ctx.resolve(out);
        var read = SchoolLoader.loadOrReport(school, today, ctx.err());
        if (read.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        SchoolLoader.Loaded loaded = read.get();
        Path target =
                out != null ? out : ctx.cwd().resolve(Path.of("output", SchoolLoader.slug(loaded.name()), "check"));
        String place = annotate ? OutputPlace.problem(target) : null;
        if (place != null) {
            ctx.err().println("ictreview: " + OutputPlace.message("the marked copies", target, place));
            ctx.err().println("Nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        Diagnostics d = loaded.diagnostics();
        print(d.all());
        long errors = d.count(Severity.ERROR);
        long warnings = d.count(Severity.WARNING);
        ctx.out().println(summary(loaded, errors, warnings));
        String advice = advice(d.all(), annotate);
        if (advice != null) {
            ctx.out().println(advice);
        }
        if (annotate) {
            try {
                Annotations.write(loaded.dir(), d.all(), target)
                        .forEach(p -> ctx.out().println("wrote " + p));
            } catch (IOException e) {
                ctx.err()
                        .println("ictreview: "
                                + OutputPlace.message("the marked copies", target, OutputPlace.reason(target, e)));
                return ExitCode.BAD_INPUT;
            }
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

    /**
     * What to do next, worded for what was found: workbook cells to correct, pack.md lines to correct, or both;
     * null when there is nothing to correct (notes only).
     */
    static String advice(List<Diagnostic> all, boolean annotated) {
        List<Diagnostic> problems =
                all.stream().filter(x -> x.severity() != Severity.NOTE).toList();
        boolean pack = problems.stream().anyMatch(x -> x.place().file().equals(PackFile.FILE));
        boolean workbooks = problems.stream().anyMatch(x -> !x.place().file().equals(PackFile.FILE));
        List<String> fixes = new ArrayList<>();
        if (workbooks) {
            fixes.add("Correct each cell named above in the workbook"
                    + (annotated
                            ? " (the marked copies show every one)"
                            : " (check --annotate writes copies with every one marked)"));
        }
        if (pack) {
            fixes.add((workbooks ? "correct" : "Correct") + " pack.md in a text editor where named above");
        }
        if (fixes.isEmpty()) {
            return null;
        }
        String s = String.join(", and ", fixes) + ", then run check again.";
        if (workbooks) {
            s += " Errors leave their row out of the figures; warnings do not.";
        }
        return s;
    }

    /** "errors in column K": what a run of similar problems has in common. */
    private static String columnKey(Diagnostic x) {
        String where = x.place().column() == Place.NONE
                ? "on whole rows"
                : "in column " + Place.columnLetters(x.place().column());
        return x.severity().label() + "s " + where;
    }

    private static String summary(SchoolLoader.Loaded l, long errors, long warnings) {
        var c = l.data().counts();
        String read = plural(c.incidents(), "call") + ", " + plural(c.assets(), "asset") + ", "
                + String.format(Locale.UK, "%,d", c.staff()) + " staff";
        if (errors == 0 && warnings == 0) {
            return l.name() + ": no problems found (" + read + ").";
        }
        return l.name() + ": " + plural(errors, "error") + ", " + plural(warnings, "warning") + "; "
                + leftOut(l.diagnostics(), "would be left out") + ". Rows read: " + read + ".";
    }

    /**
     * "2 calls, 0 assets, 0 staff left out of the figures; 4 policy rows skipped (their defaults or other rows
     * apply)": rows of a policy sheet (Support hours, Service levels, Lifecycle ...) are not figures, so they are
     * counted apart, and only when there are any. The same words in check's summary and build's last line.
     */
    static String leftOut(Diagnostics d, String verb) {
        int calls = d.rowsSkipped(Workbooks.INCIDENTS);
        int assets = d.rowsSkipped(Workbooks.ASSETS);
        int staff = d.rowsSkipped(Workbooks.STAFF);
        int policy = d.rowsSkipped() - calls - assets - staff;
        String s = plural(calls, "call") + ", " + plural(assets, "asset") + ", "
                + String.format(Locale.UK, "%,d", staff) + " staff " + verb + " of the figures";
        if (policy > 0) {
            s += "; " + plural(policy, "policy row") + " skipped (their defaults or other rows apply)";
        }
        return s;
    }

    static String plural(long n, String word) {
        return String.format(Locale.UK, "%,d", n) + " " + word + (n == 1 ? "" : "s");
    }
}
