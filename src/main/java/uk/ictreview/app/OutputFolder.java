package uk.ictreview.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/**
 * Writes a build's files into a temporary folder beside the target and moves it into place only when every
 * file is written, so a failed build leaves an earlier output for the same period untouched. A build killed with
 * SIGTERM removes its temporary folder (a shutdown hook); one killed outright leaves it, and the next build of the
 * same target removes it.
 */
final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path temp;
    /** The highest folder made for the target's parent, removed again if the build fails; or null. */
    private final Path made;

    private final Thread onSignal;

    private volatile boolean committed;

    OutputFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path highestMissing = null;
        for (Path p = this.target.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            highestMissing = p;
        }
        this.made = highestMissing;
        Files.createDirectories(this.target.getParent());
        removeLeftovers(this.target);
        this.temp = Files.createTempDirectory(this.target.getParent(), "." + this.target.getFileName() + ".tmp-");
        this.onSignal = new Thread(this::removeTemp, "ictreview: remove " + temp.getFileName());
        Runtime.getRuntime().addShutdownHook(onSignal);
    }

    /**
     * Removes what an earlier build of the same target left when it was killed while writing: the hidden
     * {@code .<period>.tmp-N} and {@code .<period>.old-N} folders beside it. Only folders of exactly those names
     * (the ones this class makes) and last changed before this run started, so a build of the same school
     * running now in another process keeps its own.
     */
    static void removeLeftovers(Path target) {
        Pattern ours = Pattern.compile(Pattern.quote("." + target.getFileName()) + "\\.(tmp|old)-\\d+");
        FileTime started =
                FileTime.fromMillis(ManagementFactory.getRuntimeMXBean().getStartTime());
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
            for (Path p : siblings) {
                if (ours.matcher(p.getFileName().toString()).matches()
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS)
                                        .compareTo(started)
                                < 0) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            // a leftover that cannot be removed now is tried again by the next build; it hides nothing
        }
    }

    /** On SIGTERM (or Ctrl-C) while writing: the half-written folder goes; any earlier output stays. */
    private void removeTemp() {
        try {
            if (!committed && Files.exists(temp)) {
                deleteTree(temp);
            }
        } catch (IOException | RuntimeException e) {
            // the next build of this target removes what is left (removeLeftovers)
        }
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
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException e) {
            // shutting down already: the hook removes the folder
        }
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
