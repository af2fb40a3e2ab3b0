package uk.ictreview.report.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Entities;

/**
 * How deeply the commentary's blocks nest, counted without recursion (a Markdown tree may be thousands deep,
 * and a recursive walk is what exhausted the stack). pack.md's nesting is already capped when it is read
 * ({@code read/MarkdownNesting}, with a warning naming the line); this is the guard behind it, for any text
 * that reaches the renderer some other way: past {@link #MAX_RENDERED} levels the commentary is shown as plain
 * paragraphs of its text.
 */
final class Nesting {
    /** Lists and quotes deeper than this are not laid out (the PDF layout's time grows steeply with depth). */
    static final int MAX_RENDERED = 12;

    private Nesting() {}

    /** The deepest run of nested lists and block quotes. */
    static int depth(Node root) {
        int max = 0;
        Deque<Node> todo = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        todo.push(root);
        depths.push(0);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            int d = depths.pop();
            int here = n instanceof ListBlock || n instanceof BlockQuote ? d + 1 : d;
            max = Math.max(max, here);
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                todo.push(c);
                depths.push(here);
            }
        }
        return max;
    }

    /** Every paragraph's text, escaped, one {@code <p>} each, in document order; nothing nested. */
    static String plainParagraphs(Node root) {
        StringBuilder html = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        StringBuilder para = new StringBuilder();
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Paragraph) {
                flush(para, html);
            }
            if (n instanceof Text) {
                para.append(n.getChars()).append(' ');
            }
            Deque<Node> children = new ArrayDeque<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                children.push(c);
            }
            children.forEach(todo::push);
        }
        flush(para, html);
        return html.toString();
    }

    private static void flush(StringBuilder para, StringBuilder html) {
        String text = para.toString().strip();
        if (!text.isEmpty()) {
            html.append("<p>").append(Entities.escape(text)).append("</p>\n");
        }
        para.setLength(0);
    }
}
