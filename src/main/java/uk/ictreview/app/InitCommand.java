package uk.ictreview.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.ictreview.workbook.ExampleSchool;
import uk.ictreview.workbook.TemplateWriter;

/** {@code ictreview init DIR}: a new school folder with the three blank workbooks and a pack.md to fill in. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Write a new school folder: three blank workbooks and a pack.md. With --example: the bundled example"
                    + " school instead."
        })
final class InitCommand implements Callable<Integer> {
    private final Main.Context ctx;

    @Parameters(
            index = "0",
            paramLabel = "DIR",
            description = "The folder to create (it must not hold the files already).")
    Path dir;

    @Option(names = "--example", description = "Write the bundled example school instead of blank workbooks.")
    boolean example;

    InitCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        for (String f : new String[] {"incidents.xlsx", "assets.xlsx", "skills.xlsx", "pack.md"}) {
            if (Files.exists(dir.resolve(f))) {
                ctx.err()
                        .println("ictreview: " + dir.resolve(f)
                                + " already exists; init never overwrites a school's files. "
                                + "Choose an empty folder.");
                return ExitCode.BAD_INPUT;
            }
        }
        Files.createDirectories(dir);
        if (example) {
            ExampleSchool.extractTo(dir);
            ctx.out().println("wrote the example school to " + dir);
        } else {
            TemplateWriter.writeSchoolFolder(dir);
            ctx.out()
                    .println(
                            "wrote a new school folder to " + dir
                                    + ": fill in incidents.xlsx, assets.xlsx and skills.xlsx (each has an About sheet), and pack.md");
        }
        return ExitCode.OK;
    }
}
