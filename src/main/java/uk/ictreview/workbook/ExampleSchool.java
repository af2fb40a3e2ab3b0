package uk.ictreview.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled example school: the files {@link ExampleSchoolGenerator} made, committed as resources under
 * {@code uk/ictreview/example/} so that {@code init --example} and {@code build} with no folder work anywhere.
 */
public final class ExampleSchool {
    /** The resource folder holding the example's files. */
    public static final String RESOURCE_DIR = "/uk/ictreview/example/";

    private ExampleSchool() {}

    /** The example's file names, as a school folder holds them. */
    public static List<String> fileNames() {
        return TemplateWriter.fileNames();
    }

    /**
     * Copies the example school's files into {@code dir} (created if missing). Refuses, before copying anything,
     * when any of them already exists there.
     */
    public static void extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        WorkbookFiles.refuseExisting(dir, fileNames().toArray(new String[0]));
        for (String name : fileNames()) {
            try (InputStream in = ExampleSchool.class.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) {
                    throw new IOException("the example school's " + name + " is missing from the build");
                }
                Files.copy(in, dir.resolve(name));
            }
        }
    }
}
