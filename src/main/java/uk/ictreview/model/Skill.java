package uk.ictreview.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The 12 skills of the ICT Competences Framework, in the framework's order. Their activities, knowledge and
 * examples per level are data (the framework CSV in the tool's resources); the names are here because every
 * stage needs them: the reader's skill columns, the templates' headers, the report.
 */
public enum Skill {
    DESKTOP_APPLICATION_SUPPORT(FocusArea.TECHNOLOGY, "Desktop & Application Support"),
    SERVER_NETWORK_SUPPORT(FocusArea.TECHNOLOGY, "Server & Network Support"),
    HEALTH_SAFETY(FocusArea.TECHNOLOGY, "Health & Safety"),
    CONFIGURATION_INSTALLATION(FocusArea.SUPPORT, "Configuration & Installation"),
    CONTINUITY_MAINTENANCE_SECURITY(FocusArea.SUPPORT, "Continuity, Maintenance & Security"),
    SUPPORT_REQUEST_MANAGEMENT(FocusArea.SUPPORT, "Support Request Management"),
    INTERNAL_SUPPORT_EXTERNAL_CONTRACTS(FocusArea.SUPPORT, "Internal Support Arrangements & External Contracts"),
    STRATEGY_PLANNING(FocusArea.DEVELOPMENT, "Strategy & Planning"),
    BUDGET_PEOPLE_MANAGEMENT(FocusArea.DEVELOPMENT, "Budget & People Management"),
    PERSONAL_ICT_COMPETENCES(FocusArea.PERSONAL, "Personal ICT Competences"),
    COMMUNICATION_SKILLS(FocusArea.PERSONAL, "Communication Skills"),
    EDUCATIONAL_AWARENESS(FocusArea.PERSONAL, "Educational Awareness");

    private final FocusArea focus;
    private final String label;

    Skill(FocusArea focus, String label) {
        this.focus = focus;
        this.label = label;
    }

    public FocusArea focus() {
        return focus;
    }

    /** The framework's own name, e.g. {@code "Server & Network Support"}. */
    public String label() {
        return label;
    }

    /** The default need (SPEC 4.3): D for the Technology and Support skills, C for the others. */
    public Level defaultNeed() {
        return focus == FocusArea.TECHNOLOGY || focus == FocusArea.SUPPORT ? Level.D : Level.C;
    }

    /** Matches a skill by its name, ignoring case, spacing, punctuation and "and" for "&amp;". */
    public static Optional<Skill> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = key(text);
        for (Skill s : values()) {
            if (key(s.label).equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]", "");
    }
}
