package uk.ictreview.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ictreview.model.PackSettings;
import uk.ictreview.read.PackFile;
import uk.ictreview.report.markdown.Markdown;
import uk.ictreview.validate.Diagnostics;

/**
 * Markdown nested deeper than a reader could use: read without exhausting the stack, flattened to 8 levels with a
 * warning naming pack.md's line, and rendered with no list or quote deeper than that.
 */
class HostileOutputDeepMarkdownTest {
    private static final String FRONT = "---\nschool: Deep School\n---\n\n# Commentary\n\nIntro.\n\n";

    /**
     * The deep block starts on line 9 (3 lines of front matter, a blank, the heading, a blank, Intro., a blank).
     * A line's level is its markers plus its indent in twos: item i of a list indented two spaces a level is at
     * level i + 1, so item 8 (line 17) is the first past 8; four spaces: 2i + 1, item 4 (line 13); three: 3i/2 + 1
     * rounded down, item 6 (line 15); a run of quotes or markers on one line: line 9.
     */
    @ParameterizedTest
    @CsvSource({"list2, 17", "list4, 13", "ordered, 15", "quotes, 9", "spacedQuotes, 9", "mixed, 9"})
    void deepNestingIsFlattenedWithAWarningNamingTheLine(String kind, int line) {
        String body = deep(kind);
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(FRONT + body + "\nAfter.\n", d);
        assertThat(d.all())
                .anySatisfy(x -> assertThat(x.toString()).contains("pack.md", "line " + line + ":", "at most 8"));
        Document html = Jsoup.parseBodyFragment(Markdown.commentary(s.commentaryMarkdown()));
        assertThat(maxDepth(html.body())).isLessThanOrEqualTo(8 + 8); // lists nest as ul > li
        assertThat(html.text()).contains("Intro.", "After.", "deep");
    }

    @Test
    void aShallowListIsLeftAlone() {
        String body = "- a\n  - b\n    - c\n";
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(FRONT + body, d);
        assertThat(s.commentaryMarkdown()).contains(body);
        assertThat(d.all()).noneSatisfy(x -> assertThat(x.message()).contains("levels deep"));
    }

    @Test
    void codeInAFenceKeepsItsIndentation() {
        String code = "```\n" + " ".repeat(80) + "deeply indented code\n```\n";
        PackSettings s = PackFile.parse(FRONT + code, new Diagnostics());
        assertThat(s.commentaryMarkdown()).contains(" ".repeat(80) + "deeply indented code");
    }

    @Test
    void theRendererItselfFlattensTextThatSkippedTheReader() {
        String html = Markdown.toXhtml(">".repeat(5000) + " deep\n");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("blockquote")).isEmpty();
        assertThat(doc.text()).isEqualTo("deep");
    }

    @Test
    void aHugeLineAndThousandsOfColumnsAreReadAndRendered() {
        String body = "word ".repeat(200_000) + "\n\n|" + " a |".repeat(3000) + "\n|" + " - |".repeat(3000) + "\n";
        PackSettings s = PackFile.parse(FRONT + body, new Diagnostics());
        assertThat(Markdown.commentary(s.commentaryMarkdown())).contains("word word");
    }

    static String deep(String kind) {
        StringBuilder b = new StringBuilder();
        switch (kind) {
            case "list2" -> {
                for (int i = 0; i < 100; i++)
                    b.append("  ".repeat(i)).append("- deep ").append(i).append('\n');
            }
            case "list4" -> {
                for (int i = 0; i < 60; i++)
                    b.append("    ".repeat(i)).append("- deep ").append(i).append('\n');
            }
            case "ordered" -> {
                for (int i = 0; i < 80; i++)
                    b.append("   ".repeat(i)).append("1. deep ").append(i).append('\n');
            }
            case "quotes" -> b.append(">".repeat(5000)).append(" deep\n");
            case "spacedQuotes" -> b.append("> ".repeat(2000)).append("deep\n");
            case "mixed" -> b.append("- > ".repeat(1500)).append("deep\n");
            default -> throw new IllegalArgumentException(kind);
        }
        return b.toString();
    }

    /** The deepest run of nested ul, ol and blockquote elements, counted without recursion. */
    static int maxDepth(org.jsoup.nodes.Element root) {
        int max = 0;
        for (org.jsoup.nodes.Element e : root.select("ul, ol, blockquote")) {
            int d = 0;
            for (org.jsoup.nodes.Element p = e; p != null && p != root; p = p.parent()) {
                if (p.tagName().matches("ul|ol|blockquote")) {
                    d++;
                }
            }
            max = Math.max(max, d);
        }
        return max;
    }
}
