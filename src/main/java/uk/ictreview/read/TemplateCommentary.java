package uk.ictreview.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The guidance text of the blank pack.md that {@code init} writes ("Replace this text with your own...", "One or two
 * sentences: how ICT support went..."), found in a school's commentary so that it never reaches the governors as if
 * it were the school's words. The template itself is the reference, so editing it keeps the detection in step.
 *
 * <p>The rule: a paragraph of the commentary is the template's when, ignoring emphasis marks, case and spacing, it
 * is one of the template's paragraphs, or it holds the template's opening words. Such paragraphs are left out; so
 * is a heading of the template's left with nothing under it (before the next heading of its level or higher).
 * The school's own paragraphs and headings are kept as written.
 */
final class TemplateCommentary {
    /** The blank pack.md, as {@code init} writes it (the workbook package's resource). */
    static final String TEMPLATE_RESOURCE = "/uk/ictreview/workbook/pack-template.md";

    /** The commentary with the template's text left out, and how many of the template's paragraphs were found. */
    record Stripped(String markdown, int templateParagraphs, String firstFound) {
        boolean nothingLeft() {
            return markdown.isBlank();
        }
    }

    private final Set<String> paragraphs;
    private final Set<String> headings;
    private final String opening;

    private TemplateCommentary(String templateBody, String opening) {
        List<String> blocks = blocks(templateBody);
        this.paragraphs = blocks.stream()
                .filter(b -> !isHeading(b))
                .map(TemplateCommentary::normalise)
                .collect(Collectors.toSet());
        this.headings = blocks.stream()
                .filter(TemplateCommentary::isHeading)
                .map(TemplateCommentary::normalise)
                .collect(Collectors.toSet());
        this.opening = normalise(opening);
    }

    /** The detector for the bundled template, whose commentary starts with {@code opening}. */
    static TemplateCommentary bundled(String opening) {
        try (InputStream in = TemplateCommentary.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + TEMPLATE_RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int close = text.indexOf("\n---\n", 4);
            return new TemplateCommentary(close < 0 ? text : text.substring(close + 5), opening);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Stripped strip(String body) {
        List<String> kept = new ArrayList<>();
        int found = 0;
        String first = null;
        for (String b : blocks(body)) {
            if (!isHeading(b) && isTemplates(normalise(b))) {
                found++;
                first = first == null ? b.strip() : first;
            } else {
                kept.add(b);
            }
        }
        if (found == 0) {
            return new Stripped(body, 0, null);
        }
        List<String> left = dropEmptyTemplateHeadings(kept);
        return new Stripped(String.join("\n\n", left), found, first);
    }

    private boolean isTemplates(String normalised) {
        return paragraphs.contains(normalised) || normalised.contains(opening);
    }

    /** From the end, so a heading whose only sub-headings were dropped is dropped in turn. */
    private List<String> dropEmptyTemplateHeadings(List<String> blocks) {
        List<String> out = new ArrayList<>(blocks);
        for (int i = out.size() - 1; i >= 0; i--) {
            String b = out.get(i);
            if (isHeading(b) && headings.contains(normalise(b)) && nothingUnder(out, i)) {
                out.remove(i);
            }
        }
        return out;
    }

    private static boolean nothingUnder(List<String> blocks, int at) {
        int level = level(blocks.get(at));
        if (at + 1 >= blocks.size()) {
            return true;
        }
        String next = blocks.get(at + 1);
        return isHeading(next) && level(next) <= level;
    }

    /** Blocks separated by blank lines; a heading line is a block of its own even without a blank line after it. */
    static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            boolean heading = isHeading(line);
            if (line.isBlank() || heading) {
                flush(cur, out);
            }
            if (heading) {
                out.add(line);
            } else if (!line.isBlank()) {
                cur.append(cur.length() == 0 ? "" : "\n").append(line);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static boolean isHeading(String block) {
        return block.stripLeading().matches("#{1,6}(\\s.*)?");
    }

    private static int level(String heading) {
        String s = heading.stripLeading();
        int n = 0;
        while (n < s.length() && s.charAt(n) == '#') {
            n++;
        }
        return n;
    }

    /** Lower case, without emphasis marks, heading marks or repeated spaces. */
    static String normalise(String block) {
        return block.replaceAll("^\\s*#+", "")
                .replaceAll("[*_]", "")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
