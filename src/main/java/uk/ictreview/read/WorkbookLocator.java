package uk.ictreview.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Finds a workbook in a school folder: {@code <base>.xlsx}, else {@code <base>.xls}, else a folder
 * {@code <base>/} of .csv files; names are matched ignoring case. The file's content, not its extension, decides
 * how it is opened, so a renamed .xls still reads and a password-protected .xlsx (an OLE2 container holding
 * {@code EncryptionInfo}) is named as such.
 */
public final class WorkbookLocator {
    private WorkbookLocator() {}

    /**
     * The names of a workbook's forms present in a school folder ({@code incidents.xlsx}, {@code incidents.xls},
     * {@code incidents/}), in the order {@link #open} prefers them. More than one means one is being ignored.
     */
    public static java.util.List<String> forms(Path schoolDir, String base) {
        java.util.List<String> found = new java.util.ArrayList<>();
        entry(schoolDir, base + ".xlsx", false)
                .ifPresent(p -> found.add(p.getFileName().toString()));
        entry(schoolDir, base + ".xls", false)
                .ifPresent(p -> found.add(p.getFileName().toString()));
        entry(schoolDir, base, true).ifPresent(p -> found.add(p.getFileName() + "/"));
        return found;
    }

    public static SheetSource open(Path schoolDir, String base) throws UnreadableWorkbookException {
        Optional<Path> xlsx = entry(schoolDir, base + ".xlsx", false);
        Optional<Path> xls = entry(schoolDir, base + ".xls", false);
        Optional<Path> folder = entry(schoolDir, base, true);
        if (xlsx.isPresent()) {
            return openFile(xlsx.get());
        }
        if (xls.isPresent()) {
            return openFile(xls.get());
        }
        if (folder.isPresent()) {
            return openFolder(folder.get());
        }
        throw notFound(schoolDir, java.util.List.of(base));
    }

    /**
     * The workbooks that are not in the school folder, named in one message so that the user does not fix one and
     * meet the next: {@code incidents.xlsx and skills.xlsx: not found in DIR: ...}.
     */
    public static UnreadableWorkbookException notFound(Path schoolDir, java.util.List<String> bases) {
        if (bases.size() == 1) {
            String base = bases.get(0);
            return new UnreadableWorkbookException(
                    base + ".xlsx",
                    "not found in " + schoolDir + ": expected " + base
                            + ".xlsx, " + base + ".xls or a folder " + base
                            + "/ of .csv files named after its sheets. For a blank one, run"
                            + " 'ictreview init NEW_FOLDER' and copy its " + base + ".xlsx into " + schoolDir + ".");
        }
        String files = and(bases.stream().map(b -> b + ".xlsx").toList());
        String first = bases.get(0);
        return new UnreadableWorkbookException(
                files,
                "not found in " + schoolDir + ": expected each as an .xlsx file, an .xls file or a folder of .csv files"
                        + " named after its sheets (e.g. " + first + ".xlsx, " + first + ".xls or " + first
                        + "/). For blank ones, run 'ictreview init NEW_FOLDER' and copy its " + files + " into "
                        + schoolDir + ".");
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String and(java.util.List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Opens one workbook file read-only, whatever its extension says. */
    public static SheetSource openFile(Path file) throws UnreadableWorkbookException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) == 0) {
                throw new UnreadableWorkbookException(
                        name, "cannot be read: it is empty (0 bytes). Expected an Excel workbook.");
            }
            FileMagic magic;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            return switch (magic) {
                case OOXML -> XlsxSource.open(name, file.toFile());
                case OLE2 -> openOle2(name, file);
                default ->
                    throw new UnreadableWorkbookException(
                            name,
                            "cannot be read: it is not an Excel workbook (it looks like " + describe(magic)
                                    + "). Expected an .xlsx or .xls file saved from Excel, or a folder of .csv files.");
            };
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (Exception e) {
            throw Failures.unreadable(name, e);
        }
    }

    private static SheetSource openOle2(String name, Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new org.apache.poi.EncryptedDocumentException("encrypted OOXML");
            }
        }
        return XlsSource.open(name, file.toFile());
    }

    private static SheetSource openFolder(Path folder) throws UnreadableWorkbookException {
        try {
            CsvFolderSource src = CsvFolderSource.open(folder);
            if (src.isEmpty()) {
                throw new UnreadableWorkbookException(
                        src.name(),
                        "holds no .csv files: expected one per sheet, named after the sheet, e.g. Incidents.csv.");
            }
            return src;
        } catch (IOException e) {
            throw new UnreadableWorkbookException(folder.getFileName() + "/", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case UNKNOWN -> "plain text or another kind of file";
            case PDF -> "a PDF";
            case HTML -> "a web page";
            case XML -> "an XML file (perhaps 'XML Spreadsheet 2003'; save it as .xlsx)";
            case RTF, WORD2 -> "a Word document";
            default -> "a " + magic.name().toLowerCase(Locale.ROOT) + " file";
        };
    }

    private static Optional<Path> entry(Path dir, String name, boolean directory) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
                    .filter(p -> directory ? Files.isDirectory(p) : Files.isRegularFile(p))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
