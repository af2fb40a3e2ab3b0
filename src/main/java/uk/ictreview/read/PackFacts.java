package uk.ictreview.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ictreview.model.SchoolFacts;
import uk.ictreview.model.SchoolPhase;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/**
 * The pack.md keys of SPEC 9: {@code standards} and the facts only the school knows. Checked like the other keys:
 * a value that cannot be read is a warning naming the key, what was found and what was expected, and the fact is
 * then not known (never met). A key left out is not known, silently: most schools will fill in a few at a time.
 */
final class PackFacts {
    static final String STANDARDS = "standards";
    static final String PHASE = "phase";
    static final String DIGITAL_LEAD = "digital-lead";
    static final String LINK_GOVERNOR = "link-governor";
    static final String STRATEGY_REVIEWED = "strategy-reviewed";
    static final String FILTERING_REVIEWED = "filtering-reviewed";
    static final String CYBER_TRAINING = "cyber-training";
    static final String BACKUPS_321 = "backups-3-2-1";
    static final String BACKUP_OFFLINE = "backup-offline";
    static final String CONTINUITY_PLAN = "continuity-plan";
    static final String BROADBAND_DOWN = "broadband-down-mbps";
    static final String BROADBAND_UP = "broadband-up-mbps";
    static final String BROADBAND_BACKUP = "broadband-backup";

    static final Set<String> KEYS = Set.of(
            STANDARDS,
            PHASE,
            DIGITAL_LEAD,
            LINK_GOVERNOR,
            STRATEGY_REVIEWED,
            FILTERING_REVIEWED,
            CYBER_TRAINING,
            BACKUPS_321,
            BACKUP_OFFLINE,
            CONTINUITY_PLAN,
            BROADBAND_DOWN,
            BROADBAND_UP,
            BROADBAND_BACKUP);

    private static final Set<String> YES = Set.of("yes", "y", "true", "on");
    private static final Set<String> NO = Set.of("no", "n", "false", "off");
    /** Words that say "we do not know" on purpose: read silently as not known. */
    private static final Set<String> UNKNOWN = Set.of("unknown", "not-known", "notknown", "dont-know", "?");

    private static final Pattern SPEED = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mbps|mb/s|mbit/s|gbps|gb/s|gbit/s)?");

    private PackFacts() {}

    /** The facts of the front matter (values already unquoted and trimmed by {@code one}). */
    static SchoolFacts read(Map<String, List<String>> front, Diagnostics diags) {
        return new SchoolFacts(
                judged(one(front, STANDARDS), diags),
                phase(one(front, PHASE), diags),
                one(front, DIGITAL_LEAD),
                one(front, LINK_GOVERNOR),
                date(STRATEGY_REVIEWED, one(front, STRATEGY_REVIEWED), diags),
                date(FILTERING_REVIEWED, one(front, FILTERING_REVIEWED), diags),
                date(CYBER_TRAINING, one(front, CYBER_TRAINING), diags),
                yesNo(BACKUPS_321, one(front, BACKUPS_321), diags),
                yesNo(BACKUP_OFFLINE, one(front, BACKUP_OFFLINE), diags),
                yesNo(CONTINUITY_PLAN, one(front, CONTINUITY_PLAN), diags),
                speed(BROADBAND_DOWN, one(front, BROADBAND_DOWN), diags),
                speed(BROADBAND_UP, one(front, BROADBAND_UP), diags),
                yesNo(BROADBAND_BACKUP, one(front, BROADBAND_BACKUP), diags));
    }

    private static boolean judged(String text, Diagnostics diags) {
        if (text == null || text.equalsIgnoreCase("england")) {
            return true;
        }
        if (text.equalsIgnoreCase("none")) {
            return false;
        }
        warn(diags, STANDARDS, text, "england or none", "the standards are judged (england)");
        return true;
    }

    private static SchoolPhase phase(String text, Diagnostics diags) {
        if (text == null || isUnknown(text)) {
            return null;
        }
        return SchoolPhase.parse(text).orElseGet(() -> {
            warn(diags, PHASE, text, "primary, secondary or all-through", NOT_KNOWN);
            return null;
        });
    }

    private static final String NOT_KNOWN = "it is not known";

    /** 2026-04-13 or 13/04/2026, as the period's dates; never month-first. */
    private static LocalDate date(String key, String text, Diagnostics diags) {
        if (text == null || isUnknown(text)) {
            return null;
        }
        try {
            return text.contains("/")
                    ? LocalDate.parse(
                            text, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT))
                    : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            warn(diags, key, text, "a date written as 2026-04-13 or 13/04/2026", NOT_KNOWN);
            return null;
        }
    }

    private static Boolean yesNo(String key, String text, Diagnostics diags) {
        if (text == null || isUnknown(text)) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (YES.contains(t)) {
            return true;
        }
        if (NO.contains(t)) {
            return false;
        }
        warn(diags, key, text, "yes or no", NOT_KNOWN);
        return null;
    }

    /** A speed in Mbps: a number, or a number with Mbps or Gbps after it (1 Gbps = 1000 Mbps). */
    private static BigDecimal speed(String key, String text, Diagnostics diags) {
        if (text == null || isUnknown(text)) {
            return null;
        }
        Matcher m = SPEED.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches() || new BigDecimal(m.group(1)).signum() <= 0) {
            warn(diags, key, text, "a speed in Mbps above 0, such as 100 (or 1 Gbps)", NOT_KNOWN);
            return null;
        }
        BigDecimal n = new BigDecimal(m.group(1));
        boolean gbps = m.group(2) != null && m.group(2).startsWith("g");
        return (gbps ? n.multiply(BigDecimal.valueOf(1000)) : n).stripTrailingZeros();
    }

    private static boolean isUnknown(String text) {
        return UNKNOWN.contains(text.toLowerCase(Locale.ROOT).replace(' ', '-').replace("'", ""));
    }

    private static String one(Map<String, List<String>> front, String key) {
        return PackFile.one(front, key);
    }

    private static void warn(Diagnostics diags, String key, String found, String expected, String instead) {
        diags.warning(
                Place.file(PackFile.FILE),
                key + " '" + found + "' is not valid: expected " + expected + "; " + instead);
    }
}
