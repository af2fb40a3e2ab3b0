package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A workbook whose sheet or shared-strings XML is cut off inside a cell's text (a copy that stopped half-way) is a
 * damaged file, reported as one: the parser finds the end of input only when the text is asked for, and Aalto then
 * throws its UncheckedStreamException, which was reported as an internal error (exit 3, stack trace).
 */
class TruncatedPartTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"xl/worksheets/sheet1.xml, <v>", "xl/sharedStrings.xml, <t>"})
    void aPartCutOffInsideTextIsADamagedFile(String part, String openTag) throws Exception {
        Path good = SourcesTest.incidents().xlsx(dir.resolve("good.xlsx"));
        Path bad = dir.resolve("incidents.xlsx");
        cutInsideText(good, bad, part, openTag);
        assertThatThrownBy(() -> {
                    try (SheetSource src = WorkbookLocator.open(dir, "incidents")) {
                        SourcesTest.rows(src, "Incidents");
                    }
                })
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageStartingWith(
                        "incidents.xlsx: cannot be read: it is damaged or not a complete Excel workbook (");
    }

    /** Copies the workbook, cutting {@code part} two characters into the last text of {@code openTag}. */
    private static void cutInsideText(Path from, Path to, String part, String openTag) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int at = xml.lastIndexOf(openTag) + openTag.length() + 1;
                    ByteArrayOutputStream cut = new ByteArrayOutputStream();
                    cut.write(bytes, 0, xml.substring(0, at).getBytes(StandardCharsets.UTF_8).length);
                    bytes = cut.toByteArray();
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
