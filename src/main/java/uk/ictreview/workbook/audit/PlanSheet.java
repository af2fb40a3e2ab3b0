package uk.ictreview.workbook.audit;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import uk.ictreview.analyse.refresh.PlanItem;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;

/**
 * The Plan sheet (one row per replacement in the horizon, SPEC 6.1) and the refresh figures over it: the due
 * date the tool worked out (Replace by, else Purchased + lifetime, or Support ends if earlier), and as formulas
 * the financial year it falls due in (negative = overdue), the year it is planned in, and its cost then
 * (base x (1 + change)^k to the penny). Per year, COUNTIFS and SUMIFS; the level budget rounded up to the penny.
 */
final class PlanSheet {
    static final String NAME = "Plan";
    private static final int DUE = 3;
    private static final int DUE_INDEX = 6;
    private static final int PLAN_INDEX = 7;
    private static final int COST = 9;

    private PlanSheet() {}

    static void add(Grid g, FiguresSheet f, RefreshResult r) {
        Sheet s = g.sheet(NAME, 18, 20, 16, 12, 12, 10, 10, 10, 10, 12, 12);
        g.header(
                s,
                0,
                "Replacement",
                "Type",
                "Location",
                "Due",
                "Base cost (GBP)",
                "Annual price change (%)",
                "Due in plan year (0 = first; below 0 = overdue)",
                "Planned in plan year",
                "Financial year",
                "Cost in that year (GBP)",
                "Calls in the last 12 months");
        List<PlanItem> items = r.items();
        for (int i = 0; i < items.size(); i++) {
            PlanItem p = items.get(i);
            Row row = s.createRow(i + 1);
            int n = i + 2;
            g.value(row, 0, p.label());
            g.value(row, 1, p.type());
            g.value(row, 2, p.location());
            g.value(row, DUE, p.due());
            g.value(row, 4, p.baseCost());
            g.value(row, 5, p.pricePct());
            g.formula(row, DUE_INDEX, "YEAR(D" + n + ")-IF(MONTH(D" + n + ")<FyStartMonth,1,0)-FirstPlanYear");
            g.formula(row, PLAN_INDEX, "MAX(0,G" + n + ")");
            g.formula(row, 8, "(FirstPlanYear+H" + n + ")&\"-\"&TEXT(MOD(FirstPlanYear+H" + n + "+1,100),\"00\")");
            // Rounded to 10 places first, as the tool does, so a cost of exactly half a penny rounds up in
            // every spreadsheet whatever binary noise the power leaves.
            g.formula(row, COST, "ROUND(ROUND(E" + n + "*(1+F" + n + "/100)^H" + n + ",10),2)");
            g.value(row, 10, p.incidents());
        }
        figures(f, s, r, items.size());
    }

    private static void figures(FiguresSheet f, Sheet s, RefreshResult r, int n) {
        f.heading("Refresh plan: one row per replacement (Plan sheet)");
        String plan = Grid.column(s, PLAN_INDEX, n);
        String due = Grid.column(s, DUE_INDEX, n);
        String cost = Grid.column(s, COST, n);
        for (int k = 0; k < r.years().size(); k++) {
            PlanYear y = r.years().get(k);
            String key = "refresh.years[" + y.year().label() + "].";
            f.add(
                    key + "units",
                    "Replacements planned in " + y.year().label(),
                    "COUNTIFS(" + plan + "," + k + ")",
                    y.units());
            f.add(
                    key + "cost",
                    "Cost of " + y.year().label() + " (GBP)",
                    "ROUND(SUMIFS(" + cost + "," + plan + "," + k + "),2)",
                    y.cost());
        }
        f.add(
                "refresh.overdueUnits",
                "Overdue: due before the first plan year",
                "COUNTIFS(" + due + ",\"<0\")",
                r.overdueUnits());
        f.add(
                "refresh.overdueCost",
                "Cost of the overdue replacements (GBP)",
                "ROUND(SUMIFS(" + cost + "," + due + ",\"<0\"),2)",
                r.overdueCost());
        f.add(
                "refresh.totalUnits",
                "Replacements in the horizon",
                "COUNTIFS(" + plan + ",\"<\"&HorizonYears)",
                r.totalUnits());
        String total = f.add(
                "refresh.totalCost",
                "Cost of the horizon (GBP)",
                "ROUND(SUMIFS(" + cost + "," + plan + ",\"<\"&HorizonYears),2)",
                r.totalCost());
        f.add(
                "refresh.levelAnnualBudget",
                "Level annual budget: the total over the years, rounded up to the penny",
                "ROUNDUP(ROUND(" + total + "/HorizonYears,10),2)",
                r.levelAnnualBudget());
    }
}
