package uk.ictreview.report.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The business manager's commentary: Markdown (headings, lists, tables, emphasis, links) to HTML. Raw HTML in
 * the Markdown is escaped, never passed through; links go only to http, https and mailto addresses and images
 * are shown as their description ({@link SafeLinks}); nesting too deep to lay out is flattened ({@link Nesting});
 * the result is re-serialised as well-formed XHTML so the PDF renderer can take it.
 */
public final class Markdown {
    private static final MutableDataSet OPTIONS = new MutableDataSet();

    static {
        OPTIONS.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        OPTIONS.set(HtmlRenderer.ESCAPE_HTML, true);
        OPTIONS.set(HtmlRenderer.SUPPRESS_HTML, false);
        OPTIONS.set(HtmlRenderer.SOFT_BREAK, " ");
    }

    private Markdown() {}

    /**
     * Markdown to an XHTML fragment. Headings are shifted so the commentary's highest heading becomes an h3 under
     * the section's h2 and no level is skipped; table headers get {@code scope="col"}.
     */
    /**
     * The commentary: as {@link #toXhtml}, without a first heading that only says "Commentary" (the blank
     * pack.md starts with one, and the report's section already has that heading).
     */
    public static String commentary(String markdown) {
        String md = markdown == null ? "" : markdown;
        String stripped = md.replaceFirst("\\A\\s*#{1,6}\\s*Commentary\\s*#*\\s*(\\n|\\z)", "");
        return toXhtml(stripped);
    }

    public static String toXhtml(String markdown) {
        Parser parser = Parser.builder(OPTIONS).build();
        HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS).build();
        Node ast = parser.parse(markdown == null ? "" : markdown);
        String html;
        if (Nesting.depth(ast) > Nesting.MAX_RENDERED) {
            html = Nesting.plainParagraphs(ast);
        } else {
            try {
                html = renderer.render(ast);
            } catch (StackOverflowError e) {
                // a last guard: the renderer recurses once per nested node; plain text does not
                html = Nesting.plainParagraphs(ast);
            }
        }
        Document doc = Jsoup.parseBodyFragment(html);
        SafeLinks.apply(doc.body());
        int top = 7;
        for (int level = 6; level >= 1; level--) {
            if (!doc.body().select("h" + level).isEmpty()) {
                top = level;
            }
        }
        int shift = 3 - top;
        if (shift > 0) {
            for (int level = 6; level >= 1; level--) {
                doc.body().select("h" + level).tagName("h" + Math.min(6, level + shift));
            }
        }
        doc.body().select("thead th").attr("scope", "col");
        doc.body().select("table").addClass("commentary-table");
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false)
                .charset("UTF-8");
        return doc.body().html();
    }
}
