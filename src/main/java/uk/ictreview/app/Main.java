package uk.ictreview.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ictreview} command: {@code build}, {@code build-all}, {@code check}, {@code init}. */
@Command(
        name = "ictreview",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Termly ICT support review for schools: service levels, equipment refresh budget and support team"
                    + " competences, from the school's three workbooks, as an HTML report, a PDF pack for governors"
                    + " and figures.json."
        },
        subcommands = {BuildCommand.class, BuildAllCommand.class, CheckCommand.class, InitCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("build")) {
            // before the command line is parsed, which is itself a fifth of a second of loading classes
            WarmUp.start();
        }
        System.exit(run(System.out, System.err, Clock.systemDefaultZone(), args));
    }

    /** Runs the tool as the command line would, and returns the exit code. */
    public static int run(PrintStream out, PrintStream err, Clock clock, String... args) {
        return run(out, err, clock, Path.of("").toAbsolutePath(), args);
    }

    /**
     * As {@link #run(PrintStream, PrintStream, Clock, String...)}, run from the folder {@code cwd}: relative paths
     * on the command line, and {@code build} or {@code check} with no folder, are taken from there.
     */
    public static int run(PrintStream out, PrintStream err, Clock clock, Path cwd, String... args) {
        Context context = new Context(out, err, clock, cwd.toAbsolutePath().normalize());
        CommandLine cli = new CommandLine(new Main(), new ContextFactory(context));
        // help fills the terminal's width (80 columns when not on one), wrapping each paragraph at words
        cli.setUsageHelpAutoWidth(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("ictreview: internal error: " + ex);
            for (StackTraceElement e : ex.getStackTrace()) {
                err.println("    at " + e);
            }
            err.println("This is a bug in ictreview, not in your data. Please report it with the lines above.");
            return ExitCode.INTERNAL;
        });
        cli.setParameterExceptionHandler((ex, params) -> {
            err.println("ictreview: " + ex.getMessage());
            CommandLine at = ex.getCommandLine();
            if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                // "Did you mean: build?" for a misspelt command or option; the usage only when nothing is close
                java.util.List<String> close = u.getSuggestions();
                if (close.isEmpty()) {
                    at.usage(err);
                } else {
                    err.println("Did you mean: " + String.join(" or ", close) + "?");
                    err.println(at.getCommandSpec().qualifiedName() + " --help lists the "
                            + (at.getSubcommands().isEmpty() ? "options" : "commands"));
                }
            } else if (ex instanceof CommandLine.MissingParameterException) {
                at.usage(err);
            } else {
                // A bad value: the message says what was wrong with it; the whole usage would bury it.
                err.println(at.getCommandSpec().qualifiedName() + " --help lists the options");
            }
            return ExitCode.BAD_INPUT;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(
                    "ictreview: ran out of memory. Give Java more with JAVA_OPTS=-Xmx2g (the launcher passes it on),"
                            + " or java -Xmx2g -jar ictreview.jar ...");
            return ExitCode.INTERNAL;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The streams, clock and working folder (absolute) a command works with. */
    record Context(PrintStream out, PrintStream err, Clock clock, Path cwd) {
        /** {@code p} taken from the working folder, absolute; null stays null. */
        Path resolve(Path p) {
            return p == null ? null : cwd.resolve(p).normalize();
        }
    }

    /** Hands every command the run's context. */
    private record ContextFactory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == BuildCommand.class) {
                return cls.cast(new BuildCommand(context));
            }
            if (cls == CheckCommand.class) {
                return cls.cast(new CheckCommand(context));
            }
            if (cls == BuildAllCommand.class) {
                return cls.cast(new BuildAllCommand(context));
            }
            if (cls == InitCommand.class) {
                return cls.cast(new InitCommand(context));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The version from the jar's manifest ({@code dev} when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ictreview " + version()};
        }
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
