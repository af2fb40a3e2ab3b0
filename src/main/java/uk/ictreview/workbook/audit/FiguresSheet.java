package uk.ictreview.workbook.audit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Figures sheet: one row per figure of figures.json, named by its path there ({@code sla.overall.calls},
 * {@code sla.byPriority[P1].pending}, {@code refresh.years[2026-27].cost}), with what it is, the Excel formula
 * that recomputes it from the other sheets, the value the tool computed, and whether the two agree. The last row
 * says whether every figure agrees.
 */
final class FiguresSheet {
    static final String NAME = "Figures";
    static final int KEY = 0;
    static final int FORMULA = 2;
    static final int TOOL = 3;
    static final int AGREES = 4;

    private final Grid g;
    private final Sheet sheet;
    private int next = 1;

    FiguresSheet(Grid g) {
        this.g = g;
        this.sheet = g.sheet(NAME, 42, 60, 16, 16, 9);
        g.header(sheet, 0, "Figure (figures.json)", "What it is", "Excel", "ictreview", "Agrees");
    }

    /**
     * Adds a figure and returns the absolute reference of its formula cell ({@code $C$5}), for later formulas
     * on this sheet. {@code tool} is null where the tool has no value (nothing to judge): the formula then gives
     * "" and the two agree.
     */
    String add(String key, String what, String formula, Object tool) {
        Row r = sheet.createRow(next);
        g.value(r, KEY, key);
        g.value(r, 1, what);
        g.formula(r, FORMULA, formula);
        g.value(r, TOOL, tool);
        int n = next + 1;
        g.formula(r, AGREES, Grid.col(FORMULA) + n + "=" + Grid.col(TOOL) + n);
        next++;
        return "$" + Grid.col(FORMULA) + "$" + n;
    }

    /** A heading row between groups of figures. */
    void heading(String text) {
        Row r = sheet.createRow(next++);
        g.boldText(r, 1, text);
    }

    /** The closing row: TRUE when every figure above agrees. */
    void finish() {
        Row r = sheet.createRow(next + 1);
        g.boldText(r, 1, "Every figure agrees");
        String agrees = Grid.col(AGREES);
        g.formula(r, AGREES, "AND(" + agrees + "2:" + agrees + Math.max(next, 2) + ")");
    }
}
