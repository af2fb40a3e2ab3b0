package uk.ictreview.read;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Remembers the first row of each key (ignoring case and repeated spaces) so that a repeat can name it.
 *
 * <p>A log of a million calls checks a million Refs, so this is an open-addressing table of the values themselves
 * (the strings the records keep) and their rows: no key string, map entry or boxed row per value. Plain ASCII values
 * (nearly all) are compared through their {@link #key} computed on the fly; any other value is stored as its key.
 */
final class Uniques {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private String[] values = new String[16];
    private int[] rows = new int[16];
    private int size;

    /** The key a value is compared by: trimmed, spaces collapsed, lower case. */
    static String key(String value) {
        if (plainHash(value) != NOT_PLAIN) {
            return value.toLowerCase(Locale.ROOT); // no space to strip or collapse: no regex (a million asset tags)
        }
        return SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Every key recorded so far, as {@link #key} gives it. */
    Set<String> keys() {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            if (v != null) {
                out.add(key(v));
            }
        }
        return Set.copyOf(out);
    }

    /** Records the key at this row, or returns the earlier row that already has it. */
    Integer seen(String key, int row) {
        long plain = plainHash(key);
        String v = plain != NOT_PLAIN || ascii(key) ? key : key(key);
        int mask = values.length - 1;
        for (int i = (plain != NOT_PLAIN ? mix((int) plain) : hash(v)) & mask; ; i = (i + 1) & mask) {
            if (values[i] == null) {
                values[i] = v;
                rows[i] = row;
                if (++size * 2 > values.length) {
                    grow();
                }
                return null;
            }
            if (same(values[i], v)) {
                return rows[i];
            }
        }
    }

    private void grow() {
        String[] oldValues = values;
        int[] oldRows = rows;
        values = new String[oldValues.length * 2];
        rows = new int[oldValues.length * 2];
        int mask = values.length - 1;
        for (int j = 0; j < oldValues.length; j++) {
            if (oldValues[j] != null) {
                int i = hash(oldValues[j]) & mask;
                while (values[i] != null) {
                    i = (i + 1) & mask;
                }
                values[i] = oldValues[j];
                rows[i] = oldRows[j];
            }
        }
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

    private static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * The hash of a plain value's key in one pass, or {@link #NOT_PLAIN}: plain is ASCII with no space of any kind
     * (a Ref as logs write them), whose key is just the value in lower case.
     */
    private static long plainHash(String s) {
        int h = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!plain(c)) {
                return NOT_PLAIN;
            }
            h = 31 * h + lower(c);
        }
        return h & 0xFFFF_FFFFL;
    }

    private static boolean plain(char c) {
        return c < 128 && !Walk.regexSpace(c);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The hash of a stored value's key: computed on the fly for ASCII, from the key itself otherwise. */
    private static int hash(String v) {
        long plain = plainHash(v);
        if (plain != NOT_PLAIN) {
            return mix((int) plain);
        }
        if (!ascii(v)) {
            return mix(key(v).hashCode());
        }
        int h = 0;
        for (Walk w = new Walk(v); ; ) {
            int c = w.next();
            if (c < 0) {
                return mix(h);
            }
            h = 31 * h + c;
        }
    }

    /** Spreads String-style hashes, which are consecutive for INC-0001, INC-0002 ..., over the table (MurmurHash3). */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private static boolean same(String a, String b) {
        // up to the first character that is not plain in either, the two keys are the values in lower case
        int n = a.length();
        if (n == b.length()) {
            for (int i = 0; i < n; i++) {
                char x = a.charAt(i);
                char y = b.charAt(i);
                if (!plain(x) || !plain(y)) {
                    return slowSame(a, b);
                }
                if (lower(x) != lower(y)) {
                    return false;
                }
            }
            return true;
        }
        if (plainHash(a) != NOT_PLAIN && plainHash(b) != NOT_PLAIN) {
            return false;
        }
        return slowSame(a, b);
    }

    private static boolean slowSame(String a, String b) {
        if (!ascii(a) || !ascii(b)) {
            return key(a).equals(key(b));
        }
        Walk x = new Walk(a);
        Walk y = new Walk(b);
        while (true) {
            int c = x.next();
            if (c != y.next()) {
                return false;
            }
            if (c < 0) {
                return true;
            }
        }
    }

    /** The characters of an ASCII value's {@link #key}, one by one, without making the key. */
    private static final class Walk {
        private final String s;
        private int at;
        private final int end;

        Walk(String s) {
            this.s = s;
            int from = 0;
            int to = s.length();
            while (from < to && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
                to--;
            }
            this.at = from;
            this.end = to;
        }

        /** The next character of the key, or -1 at its end. */
        int next() {
            if (at >= end) {
                return -1;
            }
            char c = s.charAt(at++);
            if (regexSpace(c)) {
                while (at < end && regexSpace(s.charAt(at))) {
                    at++;
                }
                return ' ';
            }
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }

        /** {@code \s} in a regex: space, tab, newline, vertical tab, form feed, carriage return. */
        private static boolean regexSpace(char c) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
    }

    @Override
    public String toString() {
        return "Uniques" + Arrays.toString(keys().toArray());
    }
}
