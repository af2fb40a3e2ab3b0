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
    private boolean committed;

    OutputFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
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
