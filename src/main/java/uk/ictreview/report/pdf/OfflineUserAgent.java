package uk.ictreview.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * The PDF renderer's access to the outside world, closed: the pack's styles are inline, its fonts come from the
 * jar and its charts from {@link ChartElementFactory}, so any other address (an image or style sheet a template
 * or the commentary names, {@code file:///etc/passwd}, {@code http://...}) is a reference to refuse: fetching it
 * would read the build machine's files into the pack or tell a server the pack was built. Only Flying Saucer's
 * own default style sheet is read.
 */
final class OfflineUserAgent extends ITextUserAgent {
    /** Flying Saucer's own default style sheet (headings bold, em italic), inside its jar. */
    private static final URL DEFAULT_CSS =
            XhtmlNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css");

    OfflineUserAgent(ITextOutputDevice device, int dotsPerPixel) {
        super(device, dotsPerPixel);
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (DEFAULT_CSS != null && uri.equals(DEFAULT_CSS.toString())) {
            return DEFAULT_CSS.openStream();
        }
        throw new IOException("the pack loads nothing from outside itself: " + uri);
    }
}
