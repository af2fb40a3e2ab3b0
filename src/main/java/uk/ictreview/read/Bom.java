package uk.ictreview.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A text file's byte-order mark: UTF-8 ({@code EF BB BF}), UTF-16 little-endian ({@code FF FE}, what Excel's
 * "Unicode Text" and many exports write) or big-endian ({@code FE FF}). A UTF-16 file read as Windows-1252 turned
 * every cell into text with a NUL between letters (24,020 errors for one folder), so the mark is looked at
 * before any other guess.
 */
public record Bom(Charset charset, int length) {
    /** The file's mark, or empty when it has none. */
    public static Optional<Bom> of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] h = in.readNBytes(3);
            if (h.length == 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
                return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
            }
            if (h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) {
                return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
            }
            if (h.length >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) {
                return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
            }
            return Optional.empty();
        }
    }

    /** True for a UTF-16 mark (the file is decoded strictly in that encoding, the mark skipped). */
    public boolean utf16() {
        return !charset.equals(StandardCharsets.UTF_8);
    }
}
