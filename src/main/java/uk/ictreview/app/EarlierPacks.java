package uk.ictreview.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ictreview.model.Period;

/**
 * The packs earlier builds left in a school's output folder ({@code <out>/<school-slug>/<period-slug>/}), for the
 * IT support standard's "reviewed at least once a year" (docs/rules-standards.md). Only the period of each
 * figures.json is read (SPEC 7's {@code "period": {"from": ..., "to": ...}}); a folder without one, or one that
 * cannot be read, is passed over: an old or broken pack must not stop this one.
 */
final class EarlierPacks {
    private static final Pattern PERIOD = Pattern.compile(
            "\"period\"\\s*:\\s*\\{\\s*\"from\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"\\s*,\\s*\"to\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");

    private EarlierPacks() {}

    /**
     * The end of the latest pack in {@code schoolOut} whose period ended before {@code current} ends (a rebuild of
     * the same period, or a later one, is not an earlier review), or empty when there is none.
     */
    static Optional<LocalDate> latestBefore(Path schoolOut, Period current) {
        if (!Files.isDirectory(schoolOut)) {
            return Optional.empty();
        }
        LocalDate latest = null;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(schoolOut, Files::isDirectory)) {
            for (Path d : dirs) {
                LocalDate to = periodEnd(d.resolve("figures.json"));
                if (to != null && to.isBefore(current.to()) && (latest == null || to.isAfter(latest))) {
                    latest = to;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(latest);
    }

    /** The period's end in a figures.json, or null. */
    static LocalDate periodEnd(Path figures) {
        if (!Files.isRegularFile(figures)) {
            return null;
        }
        try {
            String head = Files.readString(figures, StandardCharsets.UTF_8);
            Matcher m = PERIOD.matcher(head);
            return m.find() ? LocalDate.parse(m.group(2)) : null;
        } catch (IOException | DateTimeParseException e) {
            return null;
        }
    }
}
