package uk.ictreview.read;

/**
 * Hands back one instance for texts that repeat, so a million rows of a CSV file keep one "Printing" rather than a
 * million (an .xlsx gets this from its shared strings). A fixed table indexed by hash, where a newer text simply
 * replaces an older one in its slot: no growth, and a column of unique texts costs nothing but the look-up.
 */
final class TextCache {
    private static final int SLOTS = 1 << 12;

    private final String[] slots = new String[SLOTS];

    String get(String text) {
        int h = text.hashCode();
        int i = (h ^ (h >>> 16)) & (SLOTS - 1);
        String seen = slots[i];
        if (text.equals(seen)) {
            return seen;
        }
        slots[i] = text;
        return text;
    }
}
