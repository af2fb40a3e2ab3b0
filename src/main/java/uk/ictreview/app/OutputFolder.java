package uk.ictreview.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a build's files into a temporary folder beside the target and moves it into place only when every
 * file is written, so a failed build leaves an earlier output for the same period untouched.
 */
final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path temp;
    /** The highest folder made for the target's parent, removed again if the build fails; or null. */
    private final Path made;

    private boolean committed;

    OutputFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path highestMissing = null;
        for (Path p = this.target.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            highestMissing = p;
        }
        this.made = highestMissing;
        Files.createDirectories(this.target.getParent());
        this.temp = Files.createTempDirectory(this.target.getParent(), "." + this.target.getFileName() + ".tmp-");
    }

    /** Where to write the files before they are moved into place. */
    Path dir() {
        return temp;
    }

    /** Replaces the target folder (if any) with the written one. */
    void commit() throws IOException {
        openUp(temp);
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed && Files.exists(temp)) {
            deleteTree(temp);
        }
        if (!committed && made != null) {
            removeEmptyUpTo(target.getParent(), made);
        }
    }

    /**
     * Removes the folders made for a failed build, from {@code dir} up to {@code top}, while they are empty: only
     * empty ones, since a build running beside this one (build-all) may be writing into the same parent.
     */
    private static void removeEmptyUpTo(Path dir, Path top) {
        for (Path p = dir; p != null && p.startsWith(top); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty (another build's folder), or not ours to remove
            }
        }
    }

    /** A temporary folder is made readable by its owner only; the finished output is for the school to share. */
    private static void openUp(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
