package uk.ictreview.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.ictreview.read.WorkbookSpec;
import uk.ictreview.read.Workbooks;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.workbook.Annotator;

/** {@code check --annotate}: one marked copy per workbook that has problems, never the workbook itself. */
final class Annotations {
    private Annotations() {}

    static List<Path> write(Path schoolDir, List<Diagnostic> all, Path outDir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (WorkbookSpec spec : Workbooks.ALL) {
            Path source = find(schoolDir, spec.baseName());
            if (source == null) {
                continue;
            }
            String name = source.getFileName().toString();
            List<Diagnostic> mine = all.stream().filter(d -> belongsTo(d, name)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Path target = outDir.resolve(Annotator.outputName(source));
            Annotator.annotate(source, mine, target);
            written.add(target);
        }
        return written;
    }

    /** A CSV folder's problems are placed as {@code incidents/Incidents.csv}; a file's as {@code incidents.xlsx}. */
    private static boolean belongsTo(Diagnostic d, String sourceName) {
        String f = d.place().file();
        return f.equals(sourceName) || f.startsWith(sourceName + "/");
    }

    private static Path find(Path dir, String base) {
        for (String candidate : new String[] {base + ".xlsx", base + ".xls", base}) {
            Path p = dir.resolve(candidate);
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }
}
