package uk.ictreview.read;

import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/**
 * Caps how deeply pack.md's commentary nests lists and quotes, on the text, before any Markdown parser sees it:
 * lists 60-100 deep kept the PDF layout busy for a quarter of an hour, and 750 nested {@code >} exhausted the
 * parser's stack. No reader follows more than a few levels, so a line nested deeper than {@link #MAX_LEVELS} is
 * moved up to that level (its indent shortened, its extra {@code >} and list markers dropped) and a warning names
 * the first such line. A line's level is its list and quote markers plus its indent in steps of two spaces (a
 * generous count: a list indented four spaces a level reaches the cap at 4 levels; deeper lists took minutes to lay out). Fenced code and the front
 * matter are left as they are.
 */
final class MarkdownNesting {
    /** The deepest a line may nest, counted as above. */
    static final int MAX_LEVELS = 8;

    private MarkdownNesting() {}

    /** The text with every line at most {@link #MAX_LEVELS} deep; a warning when any line was moved up. */
    static String flatten(String text, Diagnostics diags) {
        String[] lines = text.split("\n", -1);
        int start = frontMatterEnd(lines);
        int first = -1;
        int moved = 0;
        int deepest = 0;
        String fence = null;
        for (int i = start; i < lines.length; i++) {
            String l = lines[i];
            String f = fenceOf(l);
            if (fence != null) {
                if (f != null && f.charAt(0) == fence.charAt(0) && f.length() >= fence.length()) {
                    fence = null;
                }
                continue;
            }
            if (f != null) {
                fence = f;
                continue;
            }
            Prefix p = Prefix.of(l);
            if (p.level() > MAX_LEVELS) {
                lines[i] = p.capped(MAX_LEVELS);
                first = first < 0 ? i + 1 : first;
                moved++;
                deepest = Math.max(deepest, p.level());
            }
        }
        if (moved == 0) {
            return text;
        }
        diags.warning(
                Place.file(PackFile.FILE),
                "line " + first + ": the commentary nests lists or quotes " + deepest + " levels deep, more than a"
                        + " reader can follow (at most " + MAX_LEVELS + " are laid out): " + moved
                        + (moved == 1 ? " line is" : " lines are") + " shown at level " + MAX_LEVELS
                        + " instead; use fewer levels");
        return String.join("\n", lines);
    }

    /** The index of the first line after the front matter ({@code ---} ... {@code ---}), or 0 for none. */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.equals("---") || s.equals("...")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The opening run of a code fence ({@code ```}, {@code ~~~~}) when the line is one, else null. */
    private static String fenceOf(String line) {
        String s = line.stripLeading();
        if (line.length() - s.length() > 3 || s.length() < 3) {
            return null;
        }
        char c = s.charAt(0);
        if (c != '`' && c != '~') {
            return null;
        }
        int n = 0;
        while (n < s.length() && s.charAt(n) == c) {
            n++;
        }
        return n >= 3 ? s.substring(0, n) : null;
    }

    /** A line's indent (in columns), its container markers ({@code >}, {@code -}, {@code 1.}) and the rest. */
    private record Prefix(int indent, java.util.List<String> markers, String rest) {
        static Prefix of(String line) {
            int col = 0;
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                col = line.charAt(i) == '\t' ? col + 4 - col % 4 : col + 1;
                i++;
            }
            java.util.List<String> markers = new java.util.ArrayList<>();
            int m;
            while ((m = markerEnd(line, i)) > i) {
                markers.add(line.substring(i, m));
                i = m;
            }
            return new Prefix(col, markers, line.substring(i));
        }

        int level() {
            return indent / 2 + markers.size();
        }

        /** The line moved up to {@code max} levels: indent shortened first, then markers dropped from the end. */
        String capped(int max) {
            int indentLevels = Math.min(indent / 2, max - 1);
            int keep = Math.max(0, Math.min(markers.size(), max - indentLevels));
            return " ".repeat(indentLevels * 2) + String.join("", markers.subList(0, keep)) + rest;
        }

        /** The end of a container marker at {@code i} with the spaces after it, or {@code i} when there is none. */
        private static int markerEnd(String line, int i) {
            int j = i;
            if (j < line.length() && line.charAt(j) == '>') {
                j++;
            } else if (j < line.length() && "-+*".indexOf(line.charAt(j)) >= 0) {
                j++;
                if (j < line.length() && line.charAt(j) != ' ' && line.charAt(j) != '\t') {
                    return i; // "-x", "**bold**": not a list marker
                }
            } else {
                int d = j;
                while (d < line.length() && d - j < 9 && Character.isDigit(line.charAt(d))) {
                    d++;
                }
                if (d == j || d >= line.length() || (line.charAt(d) != '.' && line.charAt(d) != ')')) {
                    return i;
                }
                j = d + 1;
                if (j < line.length() && line.charAt(j) != ' ' && line.charAt(j) != '\t') {
                    return i;
                }
            }
            while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                j++;
            }
            return j;
        }
    }
}
