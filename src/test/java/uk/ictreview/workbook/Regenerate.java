package uk.ictreview.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites the committed generated files: {@code input-templates/} and the example school's resources. Run by
 * the up-to-date tests when {@code -Dupdate=true} is given (see docs/rules-workbook.md); review the diff.
 */
final class Regenerate {
    static final Path TEMPLATES = Path.of("input-templates");
    static final Path EXAMPLE = Path.of("src/main/resources/uk/ictreview/example");

    private Regenerate() {}

    static boolean requested() {
        return Boolean.getBoolean("update");
    }

    static void templates() throws IOException {
        clear(TEMPLATES);
        TemplateWriter.writeSchoolFolder(TEMPLATES);
    }

    static void example() throws IOException {
        clear(EXAMPLE);
        ExampleSchoolGenerator.write(EXAMPLE);
    }

    private static void clear(Path dir) throws IOException {
        for (String name : TemplateWriter.fileNames()) {
            Files.deleteIfExists(dir.resolve(name));
        }
    }
}
