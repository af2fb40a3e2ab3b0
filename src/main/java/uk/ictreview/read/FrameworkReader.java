package uk.ictreview.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.ictreview.model.CompetenceFramework;
import uk.ictreview.model.CompetenceFramework.Kind;
import uk.ictreview.model.CompetenceFramework.Statement;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;

/**
 * Loads the ICT Competences Framework from its CSV (columns focus, skill, level, kind, text; one row per
 * bullet). The bundled file is part of the tool, so a fault in it is a bug: it is reported with the line and
 * what was expected, as an {@link IllegalArgumentException}, never skipped.
 */
public final class FrameworkReader {
    /** The framework bundled in the jar. */
    public static final String BUNDLED = "/uk/ictreview/framework/ict-competences.csv";

    /** Each skill's description (focus, skill, description), from the framework's Markdown version. */
    public static final String BUNDLED_DESCRIPTIONS = "/uk/ictreview/framework/ict-competences-skills.csv";

    private static final String[] HEADERS = {"focus", "skill", "level", "kind", "text"};

    private FrameworkReader() {}

    /** The framework bundled with the tool, with its skill descriptions. */
    public static CompetenceFramework bundled() {
        try (InputStream in = resource(BUNDLED);
                InputStream d = resource(BUNDLED_DESCRIPTIONS)) {
            CompetenceFramework fw = read(new InputStreamReader(in, StandardCharsets.UTF_8), "ict-competences.csv");
            return fw.withDescriptions(
                    readDescriptions(new InputStreamReader(d, StandardCharsets.UTF_8), "ict-competences-skills.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled framework", e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = FrameworkReader.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the framework file " + path + " is missing from the tool");
        }
        return in;
    }

    /** Reads skill descriptions (focus, skill, description); a skill listed twice or unknown is refused. */
    public static Map<Skill, String> readDescriptions(Reader reader, String sourceName) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader("focus", "skill", "description")
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        Map<Skill, String> out = new EnumMap<>(Skill.class);
        for (CSVRecord rec : format.parse(reader)) {
            Skill skill = Skill.parse(rec.get("skill"))
                    .orElseThrow(
                            () -> fault(sourceName, rec, "'" + rec.get("skill") + "' is not one of the 12 skills"));
            if (out.put(skill, rec.get("description")) != null) {
                throw fault(sourceName, rec, skill.label() + " is described twice");
            }
        }
        return out;
    }

    /**
     * Reads a framework CSV. Every skill name must be one of the 12 {@link Skill}s, under its own focus area;
     * every level A-D; every kind Activities, Knowledge or Examples; and every skill must have activities at
     * every level (checked by {@link CompetenceFramework}).
     */
    public static CompetenceFramework read(Reader reader, String sourceName) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(HEADERS)
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        List<Statement> statements = new ArrayList<>();
        for (CSVRecord rec : format.parse(reader)) {
            if (rec.size() != HEADERS.length) {
                throw fault(sourceName, rec, "expected 5 cells (focus, skill, level, kind, text), found " + rec.size());
            }
            statements.add(statement(sourceName, rec));
        }
        try {
            return new CompetenceFramework(statements);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
        }
    }

    private static Statement statement(String source, CSVRecord rec) {
        Skill skill = Skill.parse(rec.get("skill"))
                .orElseThrow(() -> fault(source, rec, "'" + rec.get("skill") + "' is not one of the 12 skills"));
        if (!skill.focus().label().equalsIgnoreCase(rec.get("focus"))) {
            throw fault(
                    source,
                    rec,
                    "focus '" + rec.get("focus") + "', expected "
                            + skill.focus().label() + " for " + skill.label());
        }
        Level level = Level.parse(rec.get("level"))
                .filter(l -> l != Level.NONE)
                .orElseThrow(() -> fault(source, rec, "level '" + rec.get("level") + "', expected A, B, C or D"));
        Kind kind = kind(rec.get("kind"))
                .orElseThrow(() -> fault(
                        source, rec, "kind '" + rec.get("kind") + "', expected Activities, Knowledge or Examples"));
        if (rec.get("text").isBlank()) {
            throw fault(source, rec, "the text is blank");
        }
        return new Statement(skill, level, kind, rec.get("text"));
    }

    private static Optional<Kind> kind(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.label().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static IllegalArgumentException fault(String source, CSVRecord rec, String what) {
        // getRecordNumber counts data records from 1; the header is line 1 of the file.
        return new IllegalArgumentException(source + " line " + (rec.getRecordNumber() + 1) + ": " + what);
    }
}
