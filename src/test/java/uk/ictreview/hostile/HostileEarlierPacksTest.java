package uk.ictreview.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.model.PackHistory;
import uk.ictreview.model.Period;
import uk.ictreview.read.EarlierPacks;

/**
 * Hostile corpus: the output folder's earlier packs are read back by every build (Over time, the yearly review), so
 * a figures.json that is not one the tool wrote must be left out and named, never crash the build or take its
 * memory: brackets nested a million deep (a recursive reader's stack), a file of 100 MB, a file that is not text.
 */
class HostileEarlierPacksTest {
    private static final Period SUMMER = new Period(LocalDate.parse("2026-04-13"), LocalDate.parse("2026-07-22"));

    @TempDir
    Path out;

    private Path figures(String folder) throws IOException {
        Files.createDirectories(out.resolve(folder));
        return out.resolve(folder).resolve("figures.json");
    }

    @Test
    void deepHugeAndBinaryFiguresAreLeftOutAndNamed() throws IOException {
        Files.writeString(figures("deep"), "[".repeat(1_000_000), StandardCharsets.UTF_8);
        Files.writeString(figures("deep-object"), "{\"a\":".repeat(65) + "1" + "}".repeat(65), StandardCharsets.UTF_8);
        try (RandomAccessFile f = new RandomAccessFile(figures("huge").toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // sparse: nothing written, but 100 MB by its size
        }
        Files.write(figures("binary"), new byte[] {0, (byte) 0xff, (byte) 0xfe, 0x7b});

        PackHistory h = EarlierPacks.read(out, "Hollowmere Academy", SUMMER);

        assertThat(h.packs()).isEmpty();
        assertThat(h.ignored())
                .containsExactlyInAnyOrder(
                        "deep/figures.json was left out: it is not valid JSON (objects and arrays nested more than 64"
                                + " deep at character 65).",
                        "deep-object/figures.json was left out: it is not valid JSON (objects and arrays nested more"
                                + " than 64 deep at character 321).",
                        "huge/figures.json was left out: it is 104857600 bytes, more than the 32 MB an earlier pack's"
                                + " figures are read up to.",
                        "binary/figures.json was left out: it is not UTF-8 text, as every figures.json the tool writes is.");
    }
}
