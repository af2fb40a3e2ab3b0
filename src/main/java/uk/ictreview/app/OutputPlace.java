package uk.ictreview.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Whether output can go where the user asked, said in words: {@code --out} naming a place inside a file, a read-only
 * disk or {@code /proc} is the user's to fix (exit 2), not a bug in ictreview.
 */
final class OutputPlace {
    private OutputPlace() {}

    /**
     * Why nothing can be written under {@code dir}, or null when it can: found by making (and at once removing) an
     * empty hidden folder in the nearest part of {@code dir} that exists, so a read-only disk or a system folder
     * is caught before any work is done and nothing is left behind.
     */
    static String problem(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        String file = fileInTheWay(abs);
        if (file != null) {
            return file;
        }
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "no part of " + abs + " exists";
        }
        try {
            Files.delete(Files.createTempDirectory(existing, ".ictreview-probe-"));
            return null;
        } catch (IOException e) {
            return describe(existing, e);
        }
    }

    /** Why writing under {@code target} failed with {@code e}, in words. */
    static String reason(Path target, IOException e) {
        String file = fileInTheWay(target.toAbsolutePath().normalize());
        if (file != null) {
            return file;
        }
        Path where = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : target;
        return describe(where, e);
    }

    /** The one-line message: {@code cannot write the pack to out: /tmp/afile is a file, not a folder}. */
    static String message(String what, Path target, String reason) {
        return "cannot write " + what + " to " + target + ": " + reason;
    }

    /** "X is a file, not a folder" for the first part of the path that is a file, or null. */
    private static String fileInTheWay(Path abs) {
        for (Path p = abs.getRoot(); p != null; ) {
            if (Files.isRegularFile(p) || Files.exists(p) && !Files.isDirectory(p)) {
                return p + " is a file, not a folder";
            }
            if (!Files.exists(p) || p.equals(abs)) {
                return null;
            }
            p = p.resolve(abs.getName(p.getNameCount()));
        }
        return null;
    }

    private static String describe(Path where, IOException e) {
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (e instanceof NoSuchFileException) {
            return "nothing can be written in " + where + " (it takes no new folders)";
        }
        if (e instanceof AccessDeniedException) {
            return where + " cannot be written to: permission denied";
        }
        if (why != null && why.contains("Read-only file system")) {
            return where + " is on a read-only disk";
        }
        if (why != null && why.contains("No space left on device")) {
            return "the disk holding " + where + " is full: free some space, or give --out a folder on another disk";
        }
        return "nothing can be written in " + where + " ("
                + (why == null ? e.getClass().getSimpleName() : why) + ")";
    }
}
