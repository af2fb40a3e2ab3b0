package uk.ictreview.report.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A chart of the report: an id (used for the file name and the HTML element id), the alternative text a
 * screen reader reads, the JFreeChart to draw and its size in points. Drawn as inline SVG in the HTML and as
 * vector PDF in the governors' pack by {@link ChartRenderer}.
 */
public record Chart(String id, String alt, JFreeChart chart, int width, int height) {
    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(chart, "chart");
        if (!id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("chart id must be lower-case letters, digits and '-': " + id);
        }
    }
}
