package uk.ictreview.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.ictreview.model.Period;
import uk.ictreview.report.ReportException;
import uk.ictreview.report.Templates;
import uk.ictreview.report.csv.CsvFiles;
import uk.ictreview.report.trust.SchoolRow;
import uk.ictreview.report.trust.TrustPage;
import uk.ictreview.report.trust.TrustReport;

/**
 * {@code ictreview build-all}: builds every school folder under a trust's folder, several at once, each exactly
 * as {@code build} would, then writes the trust-wide comparison beside the schools' packs. One school's bad
 * input does not stop the others.
 */
@Command(
        name = "build-all",
        mixinStandardHelpOptions = true,
        description = {
            "Build the termly review of every school folder under TRUST_DIR, and a trust-wide comparison.",
            "",
            "A school folder is one directly under TRUST_DIR that holds pack.md or an incidents, assets or skills"
                    + " workbook. Each school is built as 'build' builds it, into output/<school>/<period>/. The"
                    + " comparison goes to output/<trust>-comparison/ (index.html and comparison.csv).",
            "",
            "Exit 0: every school built, clean data. 1: every school built, some with data warnings or rows left"
                    + " out. 2: a school could not be built (the others and the comparison are still written)."
                    + " 3: internal error."
        })
final class BuildAllCommand implements Callable<Integer> {
    private final Main.Context ctx;

    @Parameters(
            index = "0",
            paramLabel = "TRUST_DIR",
            description = "The folder holding one folder per school (each as 'ictreview init' makes it).")
    Path trust;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: output).")
    Path out = Path.of("output");

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "Schools built at once (default: the number of processors, at most 4).")
    Integer jobs;

    BuildAllCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate today = LocalDate.now(ctx.clock());
        trust = ctx.resolve(trust);
        out = ctx.resolve(out);
        String problem = optionsProblem();
        if (problem != null) {
            ctx.err().println("ictreview: " + problem);
            ctx.err().println("Nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        List<Path> schools = schoolFolders(trust, out);
        if (schools.isEmpty()) {
            ctx.err()
                    .println("ictreview: " + trust + " holds no school folders: expected one folder per school, each"
                            + " with its incidents, assets and skills workbooks and pack.md (make one with: ictreview"
                            + " init " + trust.resolve("SCHOOL") + ")");
            ctx.err().println("Nothing was written.");
            return ExitCode.BAD_INPUT;
        }
        int threads = Math.min(schools.size(), jobs != null ? jobs : defaultJobs());
        ctx.err()
                .println("building " + schools.size() + " school" + (schools.size() == 1 ? "" : "s") + " from " + trust
                        + ", " + threads + " at a time");
        SchoolBuild.Options options = new SchoolBuild.Options(null, null, null, out, today);
        String comparisonSlug = SchoolLoader.slug(folderName(trust)) + "-comparison";
        Path comparison = out.resolve(comparisonSlug);
        List<Built> built = buildAll(schools, options, threads, comparisonSlug);

        int exit = ExitCode.OK;
        List<SchoolRow> rows = new ArrayList<>();
        for (Built b : built) {
            b.outLines().forEach(ctx.out()::println);
            String folder = folderName(b.dir());
            b.errLines().forEach(line -> ctx.err().println(folder + ": " + line));
            exit = Math.max(exit, b.exitCode());
            rows.add(b.row());
        }
        TrustName name = TrustName.of(trust, folderName(trust));
        if (name.note() != null) {
            ctx.err().println("ictreview: " + name.note());
        }
        TrustReport report = new TrustReport(name.name(), today, Main.version(), rows);
        try {
            write(report, comparison);
        } catch (ReportException e) {
            ctx.err().println("ictreview: " + e.getMessage());
            ctx.err().println("The comparison was not written; any earlier one is unchanged.");
            return Math.max(exit, ExitCode.BAD_INPUT);
        } catch (IOException e) {
            ctx.err()
                    .println("ictreview: "
                            + OutputPlace.message("the comparison", comparison, OutputPlace.reason(comparison, e)));
            ctx.err().println("The comparison was not written; any earlier one is unchanged.");
            return Math.max(exit, ExitCode.BAD_INPUT);
        }
        long failed = rows.stream().filter(r -> !r.isBuilt()).count();
        ctx.out()
                .println("wrote the comparison of " + (rows.size() - failed) + " of " + rows.size() + " schools to "
                        + comparison);
        if (failed > 0) {
            ctx.err()
                    .println(failed + " school folder" + (failed == 1 ? " was" : "s were")
                            + " not built: see the lines above, or run: ictreview check FOLDER");
        }
        return exit;
    }

    /**
     * A school folder, how its build ended and its line on the comparison. The school's report model is not kept:
     * only its figures, so memory grows with the schools built at once, not with the schools in the trust.
     */
    private record Built(Path dir, int exitCode, List<String> outLines, List<String> errLines, SchoolRow row) {
        String state() {
            return switch (exitCode) {
                case ExitCode.OK -> "built";
                case ExitCode.WARNINGS -> "built, with data warnings";
                case ExitCode.INTERNAL -> "internal error";
                default -> "not built";
            };
        }
    }

    private List<Built> buildAll(List<Path> schools, SchoolBuild.Options options, int threads, String reserved)
            throws InterruptedException {
        Progress progress =
                new Progress(ctx.err(), schools.size(), System.console() != null && ctx.err() == System.err);
        Map<String, Path> claimed = new HashMap<>();
        // The comparison's own folder is never a school's.
        claimed.put(reserved, trust);
        // Claimed in folder order before any thread starts, so which of two folders naming the same school keeps
        // the plain name does not depend on which build finishes reading first.
        for (Path dir : schools) {
            claim(SchoolLoader.slug(nameForSlug(dir)), dir, claimed);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "build-all");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Built>> futures = new ArrayList<>();
            for (Path dir : schools) {
                futures.add(pool.submit(() -> {
                    Built b = buildOne(dir, options, claimed);
                    progress.finished(b.row().label() + " (" + folderName(dir) + ")", b.state());
                    return b;
                }));
            }
            List<Built> built = new ArrayList<>();
            for (int i = 0; i < schools.size(); i++) {
                Path dir = schools.get(i);
                try {
                    built.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    // buildOne catches everything it can; what reaches here is an Error.
                    built.add(built(dir, internal(e.getCause())));
                }
            }
            return built;
        } finally {
            pool.shutdownNow();
            progress.close();
        }
    }

    /**
     * One school's build and its comparison line, both made on the worker's thread, so a bug in either is that
     * school's internal error, never the others'.
     */
    private Built buildOne(Path dir, SchoolBuild.Options options, Map<String, Path> claimed) {
        try {
            SchoolBuild.Outcome o =
                    SchoolBuild.run(dir, options, (name, period) -> target(name, period, dir, claimed), dir.toString());
            return built(dir, o);
        } catch (IOException e) {
            String why = "could not be read: " + OutputPlace.reason(dir, e);
            List<String> err = List.of(why, "Nothing was written for this school.");
            return built(dir, new SchoolBuild.Outcome(ExitCode.BAD_INPUT, null, null, null, List.of(), err, why));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return built(dir, internal(e));
        }
    }

    /** The outcome with its comparison line; a bug while making the line is the school's internal error. */
    private Built built(Path dir, SchoolBuild.Outcome o) {
        String folder = folderName(dir);
        try {
            SchoolRow row = o.written()
                    ? SchoolRow.built(folder, o.exitCode(), link(o.target()), o.model())
                    : SchoolRow.failed(
                            folder, o.name(), o.exitCode(), o.problem() != null ? o.problem() : "no reason was given");
            return new Built(dir, o.exitCode(), o.outLines(), o.errLines(), row);
        } catch (RuntimeException e) {
            SchoolBuild.Outcome bug = internal(e);
            List<String> err = new ArrayList<>(o.errLines());
            err.addAll(bug.errLines());
            return new Built(
                    dir,
                    ExitCode.INTERNAL,
                    o.outLines(),
                    err,
                    SchoolRow.failed(folder, o.name(), ExitCode.INTERNAL, bug.problem()));
        }
    }

    /** The school's index.html as the comparison links it: {@code ../<school>/<period>/index.html}. */
    private String link(Path target) {
        return "../"
                + out.toAbsolutePath()
                        .normalize()
                        .relativize(target.toAbsolutePath().normalize())
                        .toString()
                        .replace('\\', '/')
                + "/index.html";
    }

    private static SchoolBuild.Outcome internal(Throwable e) {
        List<String> err = new ArrayList<>();
        err.add("internal error: " + e);
        Stream.of(e.getStackTrace()).limit(12).forEach(s -> err.add("    at " + s));
        err.add("This is a bug in ictreview, not in the school's data. Please report it with the lines above.");
        return new SchoolBuild.Outcome(ExitCode.INTERNAL, null, null, null, List.of(), err, "internal error: " + e);
    }

    /**
     * {@code out/<school-slug>/<period-slug>}; when two folders name the same school (the same pack.md copied), the
     * later one in folder order gets its folder's name added, so neither pack overwrites the other.
     */
    private Path target(String school, Period period, Path dir, Map<String, Path> claimed) {
        String slug;
        synchronized (claimed) {
            slug = claim(SchoolLoader.slug(school), dir, claimed);
        }
        return out.resolve(slug).resolve(period.slug());
    }

    /** The slug {@code dir} owns: {@code base}, or, when another folder has it, base plus the folder's name. */
    private static String claim(String base, Path dir, Map<String, Path> claimed) {
        String slug = base;
        for (int n = 2; ; n++) {
            Path owner = claimed.putIfAbsent(slug, dir);
            if (owner == null || owner.equals(dir)) {
                return slug;
            }
            // Taken by another folder: base plus this folder's name, then numbered ("b" and "B" on Linux).
            slug = base + "-" + SchoolLoader.slug(folderName(dir)) + (n == 2 ? "" : "-" + n);
        }
    }

    /** The school's name as its build will give it: pack.md's school, else the folder's name. */
    private static String nameForSlug(Path dir) {
        String inPack = SchoolBuild.nameInPack(dir);
        return inPack != null ? inPack : folderName(dir);
    }

    private static void write(TrustReport report, Path target) throws IOException, ReportException {
        Templates t = Templates.of(null);
        try (OutputFolder folder = new OutputFolder(target)) {
            Path d = folder.dir();
            Files.writeString(d.resolve("index.html"), TrustPage.render(report, t), StandardCharsets.UTF_8);
            Files.writeString(d.resolve("comparison.csv"), CsvFiles.render(report.table()), StandardCharsets.UTF_8);
            folder.commit();
        }
    }

    private String optionsProblem() {
        if (!Files.isDirectory(trust)) {
            return trust + (Files.exists(trust) ? " is not a folder" : " does not exist")
                    + ": expected a trust's folder holding one folder per school";
        }
        if (jobs != null && jobs < 1) {
            return "--jobs " + jobs + " is not valid: expected 1 or more schools built at once";
        }
        String place = OutputPlace.problem(out);
        return place == null ? null : OutputPlace.message("the packs", out, place);
    }

    private static int defaultJobs() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The folders directly under {@code trust} that hold pack.md or a school workbook, by name; the output folder
     * and hidden folders are passed over.
     */
    static List<Path> schoolFolders(Path trust, Path out) throws IOException {
        Path outAbs = out.toAbsolutePath().normalize();
        try (Stream<Path> s = Files.list(trust)) {
            return s.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.toAbsolutePath().normalize().equals(outAbs))
                    .filter(SchoolLoader::isSchoolFolder)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .toList();
        }
    }

    private static String folderName(Path p) {
        Path name = p.toAbsolutePath().normalize().getFileName();
        return name == null ? p.toString() : name.toString();
    }
}
