package uk.ictreview.app;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The name that heads the trust comparison (issue 12): written by the trust in {@code trust.md} beside the school
 * folders, as a line {@code trust: Oakfield Learning Trust} (the key pack.md uses for the school is
 * {@code school:}) or as the file's first heading {@code # Oakfield Learning Trust}; else the folder's name. A
 * trust.md with neither is said on screen, so a slip does not pass for the folder name silently.
 */
record TrustName(String name, String note) {
    static final String FILE = "trust.md";
    /** A name longer than this is not a name (a pasted paragraph): the folder's name is used. */
    static final int MAX_LENGTH = 120;
    /** A trust.md larger than this is not read (a name and a few notes are a few hundred bytes). */
    static final long MAX_BYTES = 64 * 1024;

    static TrustName of(Path trust, String folderName) {
        Path file = trust.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new TrustName(folderName, null);
        }
        List<String> lines;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return fallback(folderName, file, "is larger than " + MAX_BYTES / 1024 + " KB, so it was not read");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return fallback(folderName, file, "is not UTF-8 text");
        } catch (IOException e) {
            return fallback(folderName, file, "could not be read (" + e.getMessage() + ")");
        }
        String found = fromLines(lines);
        if (found == null) {
            return fallback(folderName, file, "gives no name: expected a line 'trust: Name of the trust' or '# Name'");
        }
        return new TrustName(found, null);
    }

    /** The value of the first {@code trust:} line, else the first {@code # } heading; null for neither. */
    static String fromLines(List<String> lines) {
        String heading = null;
        for (String raw : lines) {
            String line = raw.strip().replace("\uFEFF", "");
            if (line.toLowerCase(Locale.ROOT).startsWith("trust:")) {
                return usable(unquote(line.substring("trust:".length()).strip()));
            }
            if (heading == null && line.startsWith("# ")) {
                heading = usable(line.substring(2).replaceAll("\\s*#+$", "").strip());
            }
        }
        return heading;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static String usable(String s) {
        return s.isEmpty() || s.length() > MAX_LENGTH ? null : s;
    }

    private static TrustName fallback(String folderName, Path file, String why) {
        return new TrustName(
                folderName,
                "warning: " + file.toAbsolutePath() + " " + why + "; the comparison is headed '" + folderName
                        + "', the folder's name");
    }
}
