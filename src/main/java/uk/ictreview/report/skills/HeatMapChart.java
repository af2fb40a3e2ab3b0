package uk.ictreview.report.skills;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;
import uk.ictreview.report.charts.Chart;

/**
 * The competence heat map: skills down, the need then each person across, each cell shaded by level from white
 * (none) to near-black (D) with the letter written in it, so it reads in greyscale and without colour. The need
 * column stands apart, behind a heavy rule; a framed cell is a School person at or above the need.
 */
final class HeatMapChart {
    static final String FONT = "DejaVu Sans";
    /** Shades for none, A, B, C, D: evenly spaced greys, distinct when printed. */
    static final Color[] SHADES = {
        Color.WHITE, new Color(0xD9D9D9), new Color(0xA6A6A6), new Color(0x595959), new Color(0x262626)
    };

    static final int WIDTH = 500;
    /** The height with the column labels across: 12 rows of cells, the labels and the key. */
    static final int HEIGHT_ACROSS = 235;
    /** About the width the skill names take on the left, at 7 points. */
    private static final double SKILL_LABELS = 180;

    private HeatMapChart() {}

    /**
     * @param id the chart id
     * @param labels the column label of each person, in the Staff sheet's order
     * @param staff the people, for their levels and whether they are School staff
     * @param needs the need per skill, in the framework's order
     */
    static Chart build(String id, List<String> labels, List<StaffRow> staff, List<Level> needs) {
        int cols = staff.size() + 1;
        DefaultXYZDataset data = new DefaultXYZDataset();
        double[][] series = new double[3][cols * Skill.values().length];
        XYPlot plot = new XYPlot();
        int k = 0;
        for (Skill s : Skill.values()) {
            int y = s.ordinal();
            Level need = needs.get(y);
            k = cell(series, k, 0, y, need, plot, false);
            for (int i = 0; i < staff.size(); i++) {
                Level l = Level.parse(staff.get(i).levels().get(y)).orElse(Level.NONE);
                boolean holder = staff.get(i).school() && l.compareTo(need) >= 0;
                k = cell(series, k, i + 1, y, l, plot, holder);
            }
        }
        data.addSeries("levels", series);
        plot.setDataset(data);
        plot.setRenderer(renderer());
        boolean across = fitsAcross(labels);
        plot.setDomainAxis(columnAxis(labels, across));
        plot.setRangeAxis(skillAxis());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.addAnnotation(
                new XYLineAnnotation(0.5, -0.5, 0.5, Skill.values().length - 0.5, new BasicStroke(2.5f), Color.BLACK));
        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.PLAIN, 10), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle key = new TextTitle(
                "Levels A-D, darker = higher; - = none. First column: the level the school needs."
                        + " Framed: a member of the school's staff at or above the need.",
                new Font(FONT, Font.PLAIN, 7));
        key.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(key);
        String alt = "Heat map of the team's level in each of the 12 skills, beside the level the school needs.";
        int height = across ? HEIGHT_ACROSS : 215 + 4 * Math.min(50, longest(labels));
        return new Chart(id, alt, chart, WIDTH, height);
    }

    private static int cell(double[][] s, int k, int x, int y, Level l, XYPlot plot, boolean holder) {
        s[0][k] = x;
        s[1][k] = y;
        s[2][k] = l.rank();
        XYTextAnnotation letter = new XYTextAnnotation(l == Level.NONE ? "-" : l.name(), x, y);
        letter.setFont(new Font(FONT, Font.BOLD, 9));
        letter.setPaint(l.rank() >= 3 ? Color.WHITE : Color.BLACK);
        letter.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(letter);
        Rectangle2D box = new Rectangle2D.Double(x - 0.5, y - 0.5, 1, 1);
        plot.addAnnotation(new XYShapeAnnotation(box, new BasicStroke(0.5f), new Color(0x808080)));
        if (holder) {
            // An inner frame in the contrasting shade, so it shows on a dark cell as well as a light one.
            Rectangle2D inner = new Rectangle2D.Double(x - 0.4, y - 0.32, 0.8, 0.64);
            plot.addAnnotation(
                    new XYShapeAnnotation(inner, new BasicStroke(1.5f), l.rank() >= 3 ? Color.WHITE : Color.BLACK));
        }
        return k + 1;
    }

    private static XYBlockRenderer renderer() {
        LookupPaintScale scale = new LookupPaintScale(-0.5, 4.5, Color.WHITE);
        for (int i = 0; i < SHADES.length; i++) {
            scale.add(i - 0.5, SHADES[i]);
        }
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        r.setBlockWidth(1);
        r.setBlockHeight(1);
        return r;
    }

    /**
     * Whether every column label fits across its column at the label font ("Staff 1" does, a long name does not);
     * otherwise the labels are written upwards and the chart grows to hold them.
     */
    static boolean fitsAcross(List<String> labels) {
        double column = (WIDTH - SKILL_LABELS) / (labels.size() + 1.0);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        Font f = new Font(FONT, Font.PLAIN, 7);
        return labels.stream().allMatch(l -> f.getStringBounds(l, frc).getWidth() <= column - 6);
    }

    private static SymbolAxis columnAxis(List<String> labels, boolean across) {
        String[] names = new String[labels.size() + 1];
        names[0] = "Need";
        for (int i = 0; i < labels.size(); i++) {
            names[i + 1] = labels.get(i);
        }
        SymbolAxis axis = new SymbolAxis(null, names);
        axis.setVerticalTickLabels(!across);
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 7));
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, labels.size() + 0.5);
        axis.setAxisLineVisible(false);
        return axis;
    }

    private static SymbolAxis skillAxis() {
        String[] names = new String[Skill.values().length];
        for (Skill s : Skill.values()) {
            names[s.ordinal()] = s.label();
        }
        SymbolAxis axis = new SymbolAxis(null, names);
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 7));
        axis.setGridBandsVisible(false);
        axis.setInverted(true);
        axis.setRange(-0.5, names.length - 0.5);
        axis.setAxisLineVisible(false);
        return axis;
    }

    private static int longest(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(4);
    }
}
