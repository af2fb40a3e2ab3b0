package uk.ictreview.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Remembers the first row of each key (ignoring case and repeated spaces) so that a repeat can name it. */
final class Uniques {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Integer> first = new HashMap<>();

    /** The key a value is compared by: trimmed, spaces collapsed, lower case. */
    static String key(String value) {
        return SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Every key recorded so far, as {@link #key} gives it. */
    java.util.Set<String> keys() {
        return java.util.Set.copyOf(first.keySet());
    }

    /** Records the key at this row, or returns the earlier row that already has it. */
    Integer seen(String key, int row) {
        String k = key(key);
        Integer before = first.get(k);
        if (before == null) {
            first.put(k, row);
        }
        return before;
    }

    /** Reports an error at the column when the value was used in an earlier row; true when it was. */
    static boolean check(Uniques u, DataRow r, String column, String value) {
        if (value == null) {
            return false;
        }
        Integer before = u.seen(value, r.number());
        if (before != null) {
            r.error(column, column + " '" + value + "' is used again (first at row " + before + ")");
        }
        return before != null;
    }
}
