package uk.ictreview.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text of the ICT Competences Framework: for each skill and level A-D, its activities, knowledge and
 * examples, in the framework's order. One source for the report's wording (the activities quoted for CPD) and
 * anything else that needs the framework's words. Every skill has at least one activity at every level, so a
 * CPD plan can always quote the next level. {@code descriptions} holds each skill's one-paragraph description
 * where known (the bundled framework has all 12).
 */
public record CompetenceFramework(List<Statement> statements, Map<Skill, String> descriptions) {

    /** The three kinds of bullet the framework lists under each level. */
    public enum Kind {
        ACTIVITIES("Activities"),
        KNOWLEDGE("Knowledge"),
        EXAMPLES("Examples");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One bullet of the framework. */
    public record Statement(Skill skill, Level level, Kind kind, String text) {
        public Statement {
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            if (level == Level.NONE) {
                throw new IllegalArgumentException(skill.label() + ": a statement needs a level A-D");
            }
            if (text.isBlank()) {
                throw new IllegalArgumentException(skill.label() + " level " + level + ": blank " + kind.label());
            }
        }
    }

    public CompetenceFramework {
        statements = List.copyOf(statements);
        EnumMap<Skill, String> d = new EnumMap<>(Skill.class);
        d.putAll(descriptions);
        descriptions = Collections.unmodifiableMap(d);
        for (Skill s : Skill.values()) {
            for (Level l : List.of(Level.A, Level.B, Level.C, Level.D)) {
                if (statements.stream().noneMatch(st -> st.skill == s && st.level == l && st.kind == Kind.ACTIVITIES)) {
                    throw new IllegalArgumentException(
                            "the framework has no activities for " + s.label() + " at level " + l);
                }
            }
        }
    }

    /** The framework without skill descriptions. */
    public CompetenceFramework(List<Statement> statements) {
        this(statements, Map.of());
    }

    /** What the skill covers, in the framework's words, or "" when not known. */
    public String description(Skill skill) {
        return descriptions.getOrDefault(skill, "");
    }

    public CompetenceFramework withDescriptions(Map<Skill, String> d) {
        return new CompetenceFramework(statements, d);
    }

    /** The bullets of one kind for a skill at a level, in the framework's order; empty for level none. */
    public List<String> texts(Skill skill, Level level, Kind kind) {
        List<String> out = new ArrayList<>();
        for (Statement st : statements) {
            if (st.skill == skill && st.level == level && st.kind == kind) {
                out.add(st.text);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The activities of a skill at a level: what a person at that level does. */
    public List<String> activities(Skill skill, Level level) {
        return texts(skill, level, Kind.ACTIVITIES);
    }

    /** Number of statements per skill, for a quick summary of what was loaded. */
    public Map<Skill, Integer> countsBySkill() {
        Map<Skill, Integer> counts = new EnumMap<>(Skill.class);
        for (Statement st : statements) {
            counts.merge(st.skill, 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
