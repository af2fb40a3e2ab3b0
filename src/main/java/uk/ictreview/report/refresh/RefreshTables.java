package uk.ictreview.report.refresh;

import static uk.ictreview.report.Format.csvPence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ictreview.analyse.refresh.BookValue;
import uk.ictreview.analyse.refresh.Move;
import uk.ictreview.analyse.refresh.PlanItem;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.refresh.ScheduleYear;
import uk.ictreview.analyse.refresh.TypeCost;
import uk.ictreview.analyse.refresh.TypeSummary;
import uk.ictreview.analyse.refresh.WarrantyEnding;
import uk.ictreview.report.csv.CsvTable;

/**
 * The section's CSV files. Money is plain pounds to the penny ({@code 1234.50}, no £ or commas) so that it pastes
 * into a spreadsheet as numbers; the Cost column of refresh-plan adds up to each year's total in refresh-years.
 */
final class RefreshTables {
    private RefreshTables() {}

    static List<CsvTable> of(RefreshResult r) {
        return List.of(years(r), plan(r), schedule(r), moves(r), bookValue(r), ages(r), warranties(r));
    }

    static CsvTable years(RefreshResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < r.horizonYears(); k++) {
            PlanYear y = r.years().get(k);
            ScheduleYear s = r.smoothed().years().get(k);
            rows.add(List.of(
                    y.year().label(),
                    n(y.units()),
                    csvPence(y.cost()),
                    n(y.overdueUnits()),
                    csvPence(y.overdueCost()),
                    csvPence(y.budget()),
                    csvPence(y.surplus()),
                    n(s.units()),
                    csvPence(s.cost()),
                    csvPence(s.cap())));
        }
        return new CsvTable(
                "refresh-years",
                List.of(
                        "Financial year",
                        "Units",
                        "Cost (GBP)",
                        "Overdue units",
                        "Overdue cost (GBP)",
                        "Budget (GBP)",
                        "Surplus or shortfall (GBP)",
                        "Smoothed units",
                        "Smoothed cost (GBP)",
                        "Smoothed cap (GBP)"),
                rows);
    }

    /** One row per year and type, plan and smoothed side by side: the sheet to paste into a budget workbook. */
    static CsvTable plan(RefreshResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < r.horizonYears(); k++) {
            Map<String, TypeCost[]> types = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            r.years().get(k).byType().forEach(t -> types.computeIfAbsent(t.type(), x -> new TypeCost[2])[0] = t);
            r.smoothed()
                    .years()
                    .get(k)
                    .byType()
                    .forEach(t -> types.computeIfAbsent(t.type(), x -> new TypeCost[2])[1] = t);
            for (Map.Entry<String, TypeCost[]> e : types.entrySet()) {
                TypeCost p = e.getValue()[0];
                TypeCost s = e.getValue()[1];
                rows.add(List.of(
                        r.years().get(k).year().label(),
                        e.getKey(),
                        p == null ? "0" : n(p.units()),
                        p == null ? "0.00" : csvPence(p.cost()),
                        s == null ? "0" : n(s.units()),
                        s == null ? "0.00" : csvPence(s.cost())));
            }
        }
        return new CsvTable(
                "refresh-plan",
                List.of("Financial year", "Type", "Units", "Cost (GBP)", "Smoothed units", "Smoothed cost (GBP)"),
                rows);
    }

    static CsvTable schedule(RefreshResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            PlanItem it = r.items().get(i);
            int at = r.smoothed().placement().get(i);
            rows.add(List.of(
                    it.label(),
                    it.type(),
                    orEmpty(it.location()),
                    it.due().toString(),
                    it.overdue() ? "Y" : "N",
                    r.years().get(it.planIndex()).year().label(),
                    csvPence(it.costIn(it.planIndex())),
                    r.years().get(at).year().label(),
                    csvPence(it.costIn(at)),
                    n(it.incidents())));
        }
        return new CsvTable(
                "refresh-schedule",
                List.of(
                        "Tag",
                        "Type",
                        "Location",
                        "Due",
                        "Overdue",
                        "Plan year",
                        "Plan cost (GBP)",
                        "Smoothed year",
                        "Smoothed cost (GBP)",
                        "Calls in 12 months"),
                rows);
    }

    static CsvTable moves(RefreshResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (Move m : r.smoothed().moves()) {
            rows.add(List.of(
                    m.item().label(),
                    m.item().type(),
                    m.from().label(),
                    m.to().label(),
                    RefreshText.reason(m, r.smoothed()),
                    csvPence(m.costBefore()),
                    csvPence(m.costAfter())));
        }
        return new CsvTable(
                "refresh-moves",
                List.of("Tag", "Type", "From", "To", "Reason", "Cost before (GBP)", "Cost after (GBP)"),
                rows);
    }

    static CsvTable bookValue(RefreshResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (BookValue v : r.bookValues()) {
            rows.add(List.of(
                    v.tag(),
                    v.type(),
                    v.purchased().toString(),
                    n(v.lifetimeYears()),
                    csvPence(v.cost()),
                    csvPence(v.value())));
        }
        return new CsvTable(
                "refresh-book-value",
                List.of("Tag", "Type", "Purchased", "Lifetime (years)", "Cost (GBP)", "Net book value (GBP)"),
                rows);
    }

    static CsvTable ages(RefreshResult r) {
        List<String> headers =
                new ArrayList<>(List.of("Type", "Devices", "Valued", "Cost (GBP)", "Net book value (GBP)"));
        RefreshResult.AGE_BANDS.forEach(b -> headers.add(b + " years"));
        List<List<String>> rows = new ArrayList<>();
        for (TypeSummary t : r.types()) {
            List<String> row = new ArrayList<>(
                    List.of(t.type(), n(t.devices()), n(t.valued()), csvPence(t.cost()), csvPence(t.bookValue())));
            t.ageBands().forEach(c -> row.add(n(c)));
            rows.add(row);
        }
        return new CsvTable("refresh-types", headers, rows);
    }

    static CsvTable warranties(RefreshResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (WarrantyEnding w : r.warrantiesEnding()) {
            rows.add(List.of(w.tag(), w.type(), orEmpty(w.location()), w.ends().toString()));
        }
        return new CsvTable("refresh-warranties", List.of("Tag", "Type", "Location", "Warranty ends"), rows);
    }

    private static String n(int i) {
        return Integer.toString(i);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
