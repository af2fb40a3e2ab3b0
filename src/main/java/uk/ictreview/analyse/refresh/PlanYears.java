package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sums plan items into years (per type and in total), and builds the smoothed schedule from them. */
final class PlanYears {
    private PlanYears() {}

    static List<PlanYear> of(List<PlanItem> items, FinancialYear first, int horizon, List<BigDecimal> budgets) {
        List<PlanYear> years = new ArrayList<>();
        for (int k = 0; k < horizon; k++) {
            int year = k;
            List<PlanItem> in =
                    items.stream().filter(i -> i.planIndex() == year).toList();
            List<PlanItem> overdue = in.stream().filter(PlanItem::overdue).toList();
            years.add(new PlanYear(
                    first.plus(k),
                    in.size(),
                    cost(in, k),
                    overdue.size(),
                    cost(overdue, k),
                    budgets.get(k),
                    byType(in, k)));
        }
        return years;
    }

    static SmoothedSchedule smooth(
            List<PlanItem> items, FinancialYear first, List<BigDecimal> budgets, BigDecimal level) {
        List<BigDecimal> caps = budgets.stream().map(b -> b == null ? level : b).toList();
        int[] at = Smoother.place(items, caps);
        List<ScheduleYear> years = new ArrayList<>();
        for (int k = 0; k < caps.size(); k++) {
            int year = k;
            List<PlanItem> in = RefreshAnalysis.indices(items.size()).stream()
                    .filter(i -> at[i] == year)
                    .map(items::get)
                    .toList();
            years.add(new ScheduleYear(
                    first.plus(k), in.size(), cost(in, k), caps.get(k), budgets.get(k) != null, byType(in, k)));
        }
        List<Move> moves = new ArrayList<>();
        List<Integer> placement = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            placement.add(at[i]);
            if (at[i] != item.planIndex()) {
                moves.add(new Move(
                        item,
                        first.plus(item.planIndex()),
                        first.plus(at[i]),
                        item.costIn(item.planIndex()),
                        item.costIn(at[i])));
            }
        }
        return new SmoothedSchedule(years, moves, placement);
    }

    static BigDecimal cost(List<PlanItem> items, int k) {
        return RefreshResult.sum(items.stream().map(i -> i.costIn(k)).toList());
    }

    /** Per type, in alphabetical order of type, so tables and CSVs are stable. */
    static List<TypeCost> byType(List<PlanItem> items, int k) {
        Map<String, List<PlanItem>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (PlanItem i : items) {
            groups.computeIfAbsent(i.type(), t -> new ArrayList<>()).add(i);
        }
        return groups.entrySet().stream()
                .map(e -> new TypeCost(e.getKey(), e.getValue().size(), cost(e.getValue(), k)))
                .toList();
    }
}
