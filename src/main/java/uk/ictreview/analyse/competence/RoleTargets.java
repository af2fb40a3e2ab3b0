package uk.ictreview.analyse.competence;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ictreview.model.Level;
import uk.ictreview.model.RoleTarget;
import uk.ictreview.model.Skill;

/**
 * The target level of each role in each skill (SPEC 4.3). A role found in the Targets sheet (same name,
 * ignoring case, spacing and punctuation) takes that row's targets. Otherwise the defaults apply: a role
 * containing {@code Technician A}..{@code Technician D} targets that letter in every skill; else the longest
 * FITS title the role contains sets the level in every skill (so "Senior ICT Technician" is C, not the B of
 * "ICT Technician"). A role matching neither has no target: no gaps are computed for it and the report lists it.
 */
public final class RoleTargets {
    /** Where a person's targets came from. */
    public record Target(Map<Skill, Level> levels, String source) {
        public Target {
            levels = Map.copyOf(levels);
        }

        public Level level(Skill s) {
            return levels.getOrDefault(s, Level.NONE);
        }
    }

    private static final Pattern TECHNICIAN_LEVEL =
            Pattern.compile("\\btechnician\\s*[-:]?\\s*([a-d])\\b", Pattern.CASE_INSENSITIVE);

    /** FITS titles, as normalised words, and their level (SPEC 4.3). */
    static final Map<String, Level> FITS_TITLES = fitsTitles();

    private final Map<String, RoleTarget> sheet = new LinkedHashMap<>();

    public RoleTargets(List<RoleTarget> targetsSheet) {
        for (RoleTarget t : targetsSheet) {
            sheet.putIfAbsent(key(t.role()), t);
        }
    }

    /** The targets for a role, or empty when neither the Targets sheet nor the defaults give one. */
    public Optional<Target> forRole(String role) {
        RoleTarget row = sheet.get(key(role));
        if (row != null) {
            return Optional.of(new Target(row.targets(), "Targets sheet"));
        }
        return defaultLevel(role).map(l -> new Target(everySkill(l), "default for the role: level " + l));
    }

    /** The default level of a role (SPEC 4.3), or empty. */
    public static Optional<Level> defaultLevel(String role) {
        Matcher m = TECHNICIAN_LEVEL.matcher(role);
        if (m.find()) {
            return Level.parse(m.group(1));
        }
        String words = " " + words(role) + " ";
        String best = null;
        for (String title : FITS_TITLES.keySet()) {
            if (words.contains(" " + title + " ") && (best == null || title.length() > best.length())) {
                best = title;
            }
        }
        return Optional.ofNullable(best).map(FITS_TITLES::get);
    }

    private static Map<Skill, Level> everySkill(Level l) {
        Map<Skill, Level> all = new EnumMap<>(Skill.class);
        for (Skill s : Skill.values()) {
            all.put(s, l);
        }
        return all;
    }

    private static Map<String, Level> fitsTitles() {
        Map<String, Level> m = new LinkedHashMap<>();
        m.put("teaching assistant", Level.A);
        m.put("ict technician", Level.B);
        m.put("senior ict technician", Level.C);
        m.put("ict systems manager", Level.D);
        m.put("network manager", Level.D);
        m.put("service desk administrator", Level.A);
        return Map.copyOf(m);
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
