package uk.ictreview.report.pdf;

import java.util.regex.Pattern;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's line breaking, less the breaks that split a date, a date-time or a cell reference. Its default breaker lets a URL
 * wrap at any slash, so "22/07/2026" came out as "22" / "/07/2026" at a line end; a date, or a figure like
 * "3/5", now stays whole. Paths ("incidents/Incidents.csv") still break at their slashes, where letters meet.
 */
final class KeepNumbersWhole implements LineBreakingStrategy {
    private static final Pattern DATE_END = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4} $");
    private static final Pattern TIME_START = Pattern.compile("^\\d{1,2}:\\d{2}");
    private final LineBreakingStrategy base = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        BreakPointsProvider points = base.getBreakPointsProvider(text, lang, style);
        return () -> {
            BreakPoint p = points.next();
            while (p != null && inNumber(text, p.getPosition())) {
                p = points.next();
            }
            return p;
        };
    }

    /**
     * A break before {@code text[at]} that would split digit/digit at its slash, a date from its time
     * ("22/07/2026" / "14:35"), or a sheet from its cell ("'Incidents'!" / "H223").
     */
    static boolean inNumber(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            return false;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (before == '!' && at >= 2 && text.charAt(at - 2) == '\'') {
            return true;
        }
        if (before == ' '
                && DATE_END.matcher(text.substring(Math.max(0, at - 12), at)).find()
                && TIME_START
                        .matcher(text.substring(at, Math.min(text.length(), at + 5)))
                        .find()) {
            return true;
        }
        if (after == '/') {
            return Character.isDigit(before) && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
        }
        if (before == '/') {
            return Character.isDigit(after) && at >= 2 && Character.isDigit(text.charAt(at - 2));
        }
        return false;
    }
}
