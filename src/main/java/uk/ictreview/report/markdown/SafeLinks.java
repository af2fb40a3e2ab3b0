package uk.ictreview.report.markdown;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The commentary's links and images, made safe to open. A link is kept only when it goes to an {@code http},
 * {@code https} or {@code mailto} address, or to a place in the report ({@code #sla}); anything else
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}, a path on the disk) is shown as its
 * text. The scheme is judged as a browser reads it: entities already decoded (jsoup gives the attribute's
 * value), case ignored, and spaces and control characters anywhere in it dropped, so
 * {@code " JaVa\tScRiPt:"} is {@code javascript:}. Images are never loaded (the report is one self-contained
 * file that reaches no server, and the PDF renderer must not read the build machine's files): each is shown as
 * its description.
 */
final class SafeLinks {
    private SafeLinks() {}

    /** Unwraps refused links and replaces images, in place. */
    static void apply(Element body) {
        for (Element a : body.select("a")) {
            if (allowed(a.attr("href"))) {
                a.attr("href", a.attr("href").strip());
            } else {
                a.unwrap();
            }
        }
        for (Element img : body.select("img")) {
            String alt = img.attr("alt").strip();
            img.replaceWith(new Element("span")
                    .addClass("image-not-shown")
                    .text("[image" + (alt.isEmpty() ? "" : ": " + alt) + "]"));
        }
    }

    /** True for an {@code http:}, {@code https:} or {@code mailto:} address, or a fragment ({@code #id}). */
    static boolean allowed(String href) {
        String h = squeezed(href);
        if (h.startsWith("#")) {
            return h.length() > 1 && !h.contains(":");
        }
        return h.startsWith("http://") && h.length() > 7
                || h.startsWith("https://") && h.length() > 8
                || h.startsWith("mailto:") && h.length() > 7;
    }

    /** Lower case, without whitespace or control characters anywhere (as a browser's URL parser drops them). */
    private static String squeezed(String href) {
        StringBuilder b = new StringBuilder(href.length());
        href.codePoints()
                .filter(c -> c > ' '
                        && !Character.isISOControl(c)
                        && !Character.isWhitespace(c)
                        && Character.getType(c) != Character.FORMAT)
                .forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
