package uk.ictreview.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which skill an incident category calls on (SPEC 6.3). In order:
 *
 * <ol>
 *   <li>a row of the Categories sheet whose category is the same text, ignoring case and white space;
 *   <li>a category that is itself a skill's name (e.g. "Health &amp; Safety");
 *   <li>the built-in keywords: the category is split into words (runs of letters and digits, lower case) and a
 *       keyword matches where its words appear in sequence, each category word starting with the keyword's
 *       word ("print" matches "Printing / copiers"); a keyword word of 3 letters or fewer must be the whole
 *       word ("AV" does not match "available"). Where several keywords match, the one starting at the earliest
 *       word wins (the first word names the subject: "Network printer" is a network call), then the one with
 *       more words ("data projector" beats "data"), then the table's order.
 * </ol>
 *
 * A category that matches nothing is unmapped: it counts in no skill's demand. The map lives in the model, beside
 * {@code Skill.parse}, because two stages apply it: the intake notes each unmapped category at its first call, and
 * the competence analysis counts demand by skill.
 */
public final class CategorySkillMap {
    private record Keyword(String[] words, Skill skill, int order) {}

    /** The built-in table of SPEC 6.3, with common synonyms a school uses. */
    static final Map<Skill, List<String>> BUILT_IN = Map.of(
            Skill.DESKTOP_APPLICATION_SUPPORT,
            List.of(
                    "hardware",
                    "print",
                    "software",
                    "application",
                    "app",
                    "apps",
                    "classroom av",
                    "av",
                    "audio visual",
                    "data projector",
                    "projector",
                    "interactive",
                    "whiteboard",
                    "display",
                    "desktop",
                    "laptop",
                    "pc",
                    "pcs",
                    "tablet",
                    "ipad",
                    "chromebook",
                    "peripheral",
                    "keyboard",
                    "mouse",
                    "scanner",
                    "copier"),
            Skill.SERVER_NETWORK_SUPPORT,
            List.of(
                    "network",
                    "wifi",
                    "wi fi",
                    "wireless",
                    "account",
                    "login",
                    "logon",
                    "log in",
                    "password",
                    "server",
                    "internet",
                    "filter",
                    "email",
                    "e mail",
                    "broadband",
                    "connectivity"),
            Skill.CONTINUITY_MAINTENANCE_SECURITY,
            List.of(
                    "backup",
                    "back up",
                    "restore",
                    "virus",
                    "antivirus",
                    "malware",
                    "security",
                    "cyber",
                    "phishing",
                    "data"),
            Skill.CONFIGURATION_INSTALLATION,
            List.of(
                    "installation",
                    "install",
                    "new equipment",
                    "new starter",
                    "move",
                    "change",
                    "setup",
                    "set up",
                    "configuration",
                    "imaging"),
            Skill.INTERNAL_SUPPORT_EXTERNAL_CONTRACTS,
            List.of("supplier", "contract", "warranty", "vendor", "third party"),
            Skill.HEALTH_SAFETY,
            List.of("safety", "health", "pat", "electrical"));

    private final Map<String, Skill> overrides = new HashMap<>();
    private final List<Keyword> keywords = new ArrayList<>();

    public CategorySkillMap(List<CategorySkill> categoryOverrides) {
        for (CategorySkill cs : categoryOverrides) {
            overrides.putIfAbsent(overrideKey(cs.category()), cs.skill());
        }
        int order = 0;
        for (Skill s : Skill.values()) {
            for (String k : BUILT_IN.getOrDefault(s, List.of())) {
                keywords.add(new Keyword(words(k).toArray(String[]::new), s, order++));
            }
        }
    }

    /** The skill a category calls on, or empty when it is unmapped. */
    public Optional<Skill> skillFor(String category) {
        Skill o = overrides.get(overrideKey(category));
        if (o != null) {
            return Optional.of(o);
        }
        Optional<Skill> named = Skill.parse(category);
        if (named.isPresent()) {
            return named;
        }
        return bestKeyword(words(category));
    }

    private Optional<Skill> bestKeyword(List<String> cat) {
        Keyword best = null;
        int bestPos = Integer.MAX_VALUE;
        for (Keyword k : keywords) {
            int pos = firstMatch(cat, k.words);
            boolean better = pos >= 0 && (pos < bestPos || (pos == bestPos && k.words.length > best.words.length));
            if (better) {
                best = k;
                bestPos = pos;
            }
        }
        return Optional.ofNullable(best).map(Keyword::skill);
    }

    /** The index of the first category word where the keyword matches, or -1. */
    private static int firstMatch(List<String> cat, String[] kw) {
        for (int i = 0; i + kw.length <= cat.size(); i++) {
            boolean all = true;
            for (int j = 0; j < kw.length && all; j++) {
                all = wordMatches(cat.get(i + j), kw[j]);
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    private static boolean wordMatches(String word, String kw) {
        return kw.length() <= 3 ? word.equals(kw) : word.startsWith(kw);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String overrideKey(String category) {
        return category.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
