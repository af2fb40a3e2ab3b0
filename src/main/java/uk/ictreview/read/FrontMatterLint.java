package uk.ictreview.read;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/**
 * The usual mistakes in pack.md's front matter, which flexmark's YAML reader passes over without a word (it would
 * title the pack {@code "Oak} for {@code school: "Oak}): an unclosed quote, an unclosed {@code [} or {@code {}, a
 * line with no colon, a tab in the indent. Each is a warning naming its line; the key it spoils takes its default.
 */
final class FrontMatterLint {
    private static final Set<String> PERIOD_KEYS = Set.of("period", "from", "to");

    private FrontMatterLint() {}

    /** Warns of each broken line and returns the keys whose values cannot be trusted. */
    static Set<String> check(String text, Diagnostics diags) {
        Set<String> spoiled = new LinkedHashSet<>();
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return spoiled;
        }
        String parent = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            String content = line.strip();
            if (content.equals("---") || content.equals("...")) {
                break;
            }
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int lineNo = i + 1;
            String indent = line.substring(0, line.indexOf(content.charAt(0)));
            boolean nested = !indent.isEmpty();
            int colon = content.indexOf(':');
            String key = colon > 0 && !content.startsWith("-")
                    ? content.substring(0, colon).strip()
                    : null;
            if (!nested && key != null) {
                parent = key;
            }
            // the key whose value the line belongs to: its own, or, for an indented line, the one above it
            String owner = nested && "period".equals(parent) ? "period" : key != null ? key : nested ? parent : null;
            String problem = problem(content, indent, colon);
            if (problem == null) {
                continue;
            }
            spoil(spoiled, owner);
            diags.warning(Place.file(PackFile.FILE), "line " + lineNo + ": " + problem + consequence(owner));
        }
        return spoiled;
    }

    /** What is wrong with one line of front matter, or null. */
    private static String problem(String content, String indent, int colon) {
        if (indent.indexOf('\t') >= 0) {
            return "'" + content + "' is indented with a tab: YAML allows only spaces, so indent it with two spaces";
        }
        String value;
        if (content.startsWith("- ")) {
            value = content.substring(2).strip();
        } else if (colon <= 0) {
            return "'" + content + "' has no colon: write each setting as key: value, such as horizon-years: 5";
        } else {
            value = content.substring(colon + 1).strip();
        }
        return valueProblem(value);
    }

    /** An unclosed quote or bracket in a value; a {@code #} outside quotes starts a comment. */
    private static String valueProblem(String value) {
        char quote = 0;
        int depth = 0;
        char opener = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && (i == 0 || "[{, ".indexOf(value.charAt(i - 1)) >= 0)) {
                quote = c; // a quote opens a value or an item; an apostrophe inside a word (St Mary's) does not
            } else if (c == '#' && i > 0 && value.charAt(i - 1) == ' ') {
                break;
            } else if (c == '[' || c == '{') {
                opener = depth == 0 ? c : opener;
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        if (quote != 0) {
            return "the quote " + quote + " that opens the value " + value + " is never closed: close it (" + value
                    + quote + ") or leave the quotes out";
        }
        if (depth > 0) {
            return "the value " + value + " opens a " + opener + " that is never closed with "
                    + (opener == '[' ? ']' : '}') + ": close it, or write the value without brackets";
        }
        return null;
    }

    private static void spoil(Set<String> spoiled, String owner) {
        if (owner == null) {
            return;
        }
        if (PERIOD_KEYS.contains(owner)) {
            spoiled.addAll(List.of("period", "from", "to"));
        } else {
            spoiled.add(owner);
        }
    }

    private static String consequence(String owner) {
        if (owner == null) {
            return "; the line is ignored";
        }
        if (PERIOD_KEYS.contains(owner)) {
            return "; the default period is used";
        }
        if (owner.equals("school")) {
            return "; the school folder's name is used";
        }
        if (PackFacts.KEYS.contains(owner) && !owner.equals(PackFacts.STANDARDS)) {
            return "; " + owner + " is not known";
        }
        return "; the default " + owner + " is used";
    }
}
