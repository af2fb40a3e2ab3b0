package uk.ictreview.report.refresh;

import static uk.ictreview.report.Format.count;
import static uk.ictreview.report.Format.pounds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.ictreview.analyse.refresh.Move;
import uk.ictreview.analyse.refresh.PlanItem;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.refresh.ScheduleYear;
import uk.ictreview.analyse.refresh.SmoothedSchedule;
import uk.ictreview.analyse.refresh.TypeCost;
import uk.ictreview.analyse.refresh.TypeSummary;
import uk.ictreview.report.Format;
import uk.ictreview.report.Status;
import uk.ictreview.report.refresh.RefreshRows.ItemRow;
import uk.ictreview.report.refresh.RefreshRows.MoveGroupRow;
import uk.ictreview.report.refresh.RefreshRows.MoveRow;
import uk.ictreview.report.refresh.RefreshRows.TypeCell;
import uk.ictreview.report.refresh.RefreshRows.TypeRow;
import uk.ictreview.report.refresh.RefreshRows.TypeValueRow;
import uk.ictreview.report.refresh.RefreshRows.WarrantyRow;
import uk.ictreview.report.refresh.RefreshRows.YearRow;

/** Formats the result's figures into the section's table rows. */
final class SectionRows {
    private SectionRows() {}

    static List<YearRow> years(RefreshResult r) {
        List<YearRow> rows = new ArrayList<>();
        for (int k = 0; k < r.horizonYears(); k++) {
            PlanYear y = r.years().get(k);
            ScheduleYear s = r.smoothed().years().get(k);
            boolean shortfall = y.surplus() != null && y.surplus().signum() < 0;
            rows.add(new YearRow(
                    y.year().label(),
                    y.units(),
                    pounds(y.cost()),
                    y.overdueUnits(),
                    pounds(y.overdueCost()),
                    pounds(y.budget()),
                    surplus(y),
                    shortfall ? Status.RED : y.budget() == null ? Status.NOT_JUDGED : Status.GREEN,
                    s.units(),
                    pounds(s.cost()),
                    pounds(s.cap()),
                    s.overCap(),
                    s.overCap() ? pounds(s.cost().subtract(s.cap())) : "\u2013"));
        }
        return rows;
    }

    private static String surplus(PlanYear y) {
        if (y.surplus() == null) {
            return "\u2013";
        }
        return y.surplus().signum() < 0
                ? "shortfall " + pounds(y.surplus().negate())
                : "surplus " + pounds(y.surplus());
    }

    /**
     * Type x year: units and cost per year, blank where none, and the type's total; the types the Lifecycle sheet
     * lacks added together in one row, last ({@link UnknownTypes}).
     */
    static List<TypeRow> types(RefreshResult r) {
        int h = r.horizonYears();
        Map<String, int[]> units = new TreeMap<>(UnknownTypes.ORDER);
        Map<String, BigDecimal[]> costs = new TreeMap<>(UnknownTypes.ORDER);
        for (int k = 0; k < h; k++) {
            for (TypeCost t : r.years().get(k).byType()) {
                String type = UnknownTypes.shown(r, t.type());
                units.computeIfAbsent(type, x -> new int[h])[k] += t.units();
                BigDecimal[] c = costs.computeIfAbsent(type, x -> new BigDecimal[h]);
                c[k] = c[k] == null ? t.cost() : c[k].add(t.cost());
            }
        }
        List<TypeRow> rows = new ArrayList<>();
        costs.forEach((type, cells) -> {
            List<TypeCell> shown = new ArrayList<>();
            int total = 0;
            BigDecimal cost = BigDecimal.ZERO;
            for (int k = 0; k < h; k++) {
                int n = units.get(type)[k];
                shown.add(cells[k] == null ? TypeCell.NONE : new TypeCell(Format.whole(n), pounds(cells[k])));
                if (cells[k] != null) {
                    total += n;
                    cost = cost.add(cells[k]);
                }
            }
            rows.add(new TypeRow(type, shown, new TypeCell(Format.whole(total), pounds(cost))));
        });
        return rows;
    }

    static List<ItemRow> schedule(RefreshResult r) {
        List<ItemRow> rows = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            PlanItem it = r.items().get(i);
            int at = r.smoothed().placement().get(i);
            rows.add(new ItemRow(
                    it.label(),
                    it.type(),
                    it.location() == null ? "" : it.location(),
                    Format.date(it.due()),
                    it.overdue(),
                    r.years().get(it.planIndex()).year().label(),
                    pounds(it.costIn(it.planIndex())),
                    r.years().get(at).year().label(),
                    pounds(it.costIn(at)),
                    it.incidents()));
        }
        return rows;
    }

    static List<MoveRow> moves(RefreshResult r) {
        List<MoveRow> rows = new ArrayList<>();
        for (Move m : r.smoothed().moves()) {
            rows.add(new MoveRow(
                    m.item().label(),
                    m.item().type(),
                    m.from().label(),
                    m.to().label(),
                    RefreshText.reason(m, r.smoothed()),
                    pounds(m.costBefore()),
                    pounds(m.costAfter())));
        }
        return rows;
    }

    /**
     * The moves added up per from-year and to-year, in year order: units, cost in the year moved to, and the types
     * moved with their counts, largest first (ties by name).
     */
    static List<MoveGroupRow> moveGroups(RefreshResult r) {
        Map<List<Integer>, List<Move>> groups = new TreeMap<>(
                Comparator.<List<Integer>, Integer>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Move m : r.smoothed().moves()) {
            groups.computeIfAbsent(List.of(m.from().startYear(), m.to().startYear()), k -> new ArrayList<>())
                    .add(m);
        }
        List<MoveGroupRow> rows = new ArrayList<>();
        groups.values().forEach(ms -> {
            Move first = ms.get(0);
            int years = Math.abs(first.years());
            String move = (first.deferred() ? "deferred " : "brought forward ") + count(years, "year", "years");
            BigDecimal cost = ms.stream().map(Move::costAfter).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, Integer> types = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            ms.forEach(m -> types.merge(m.item().type(), 1, Integer::sum));
            String typeList = types.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            rows.add(new MoveGroupRow(
                    first.from().label(), first.to().label(), move, ms.size(), pounds(cost), typeList));
        });
        return rows;
    }

    /** What the smoothed schedule does, in sentences: its cost, the moves, and the devices it keeps past their life. */
    static String risk(RefreshResult r) {
        SmoothedSchedule s = r.smoothed();
        if (s.moves().isEmpty()) {
            return "Every year of the plan is within its budget (or the level annual budget where none is set), so"
                    + " nothing moves.";
        }
        String cost = s.total().compareTo(r.totalCost()) == 0
                ? "It costs the same as the plan"
                : "It costs " + pounds(s.total()) + " in all, against the plan's " + pounds(r.totalCost())
                        + ", as each moved device is priced for the year it moves to";
        String moved = count(s.moves().size(), "replacement moves", "replacements move");
        String forward = s.broughtForwardUnits() == 0
                ? ""
                : count(s.broughtForwardUnits(), "is brought forward", "are brought forward");
        if (s.deferredUnits() == 0) {
            return cost + "; " + moved + ": " + forward + ", and none is deferred.";
        }
        String deferred = count(
                        s.deferredUnits(),
                        "is deferred, running past the year its life ends in",
                        "are deferred, running past the year their life ends in")
                + " ("
                + count(s.deviceYearsDeferred(), "device-year", "device-years") + " in all, at most "
                + count(s.maxYearsDeferred(), "year", "years") + " for any one)";
        return cost + "; " + moved + ": " + (forward.isEmpty() ? deferred : forward + ", and " + deferred) + ".";
    }

    static List<TypeValueRow> typeValues(RefreshResult r) {
        return UnknownTypes.grouped(r).stream().map(SectionRows::typeValue).toList();
    }

    private static TypeValueRow typeValue(TypeSummary t) {
        return new TypeValueRow(
                t.type(), t.devices(), t.valued(), pounds(t.cost()), pounds(t.bookValue()), t.ageBands());
    }

    static List<WarrantyRow> warranties(RefreshResult r) {
        return r.warrantiesEnding().stream()
                .map(w -> new WarrantyRow(
                        w.tag(), w.type(), w.location() == null ? "" : w.location(), Format.date(w.ends())))
                .toList();
    }
}
