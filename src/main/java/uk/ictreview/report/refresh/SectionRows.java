package uk.ictreview.report.refresh;

import static uk.ictreview.report.refresh.Fmt.count;
import static uk.ictreview.report.refresh.Fmt.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ictreview.analyse.refresh.Move;
import uk.ictreview.analyse.refresh.PlanItem;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.refresh.ScheduleYear;
import uk.ictreview.analyse.refresh.SmoothedSchedule;
import uk.ictreview.analyse.refresh.TypeCost;
import uk.ictreview.analyse.refresh.TypeSummary;
import uk.ictreview.report.refresh.RefreshRows.ItemRow;
import uk.ictreview.report.refresh.RefreshRows.MoveRow;
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
      rows.add(new YearRow(y.year().label(), y.units(), money(y.cost()), y.overdueUnits(), money(y.overdueCost()),
          money(y.budget()), surplus(y), shortfall ? "status-red" : y.budget() == null ? "" : "status-green",
          s.units(), money(s.cost()), money(s.cap()), s.overCap()));
    }
    return rows;
  }

  private static String surplus(PlanYear y) {
    if (y.surplus() == null) {
      return "\u2013";
    }
    return y.surplus().signum() < 0 ? "shortfall " + money(y.surplus().negate()) : "surplus " + money(y.surplus());
  }

  /** Type x year: "units / cost" per year, blank where none. */
  static List<TypeRow> types(RefreshResult r) {
    Map<String, TypeCost[]> byType = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int k = 0; k < r.horizonYears(); k++) {
      for (TypeCost t : r.years().get(k).byType()) {
        byType.computeIfAbsent(t.type(), x -> new TypeCost[r.horizonYears()])[k] = t;
      }
    }
    List<TypeRow> rows = new ArrayList<>();
    byType.forEach((type, cells) -> {
      List<String> shown = new ArrayList<>();
      int units = 0;
      List<java.math.BigDecimal> costs = new ArrayList<>();
      for (TypeCost c : cells) {
        shown.add(c == null ? "" : c.units() + " / " + money(c.cost()));
        units += c == null ? 0 : c.units();
        if (c != null) {
          costs.add(c.cost());
        }
      }
      rows.add(new TypeRow(type, shown, units, money(costs.stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))));
    });
    return rows;
  }

  static List<ItemRow> schedule(RefreshResult r) {
    List<ItemRow> rows = new ArrayList<>();
    for (int i = 0; i < r.items().size(); i++) {
      PlanItem it = r.items().get(i);
      int at = r.smoothed().placement().get(i);
      rows.add(new ItemRow(it.tag(), it.type(), it.location() == null ? "" : it.location(), Fmt.date(it.due()),
          it.overdue(), r.years().get(it.planIndex()).year().label(), money(it.costIn(it.planIndex())),
          r.years().get(at).year().label(), money(it.costIn(at)), it.incidents()));
    }
    return rows;
  }

  static List<MoveRow> moves(RefreshResult r) {
    List<MoveRow> rows = new ArrayList<>();
    for (Move m : r.smoothed().moves()) {
      rows.add(new MoveRow(m.item().tag(), m.item().type(), m.from().label(), m.to().label(),
          RefreshText.reason(m, r.smoothed()), money(m.costBefore()), money(m.costAfter())));
    }
    return rows;
  }

  static String risk(SmoothedSchedule s) {
    if (s.deferredUnits() == 0) {
      return "No replacement is deferred.";
    }
    return count(s.deferredUnits(), "device runs past the year its life ends in", "devices run past the year their"
        + " life ends in") + ": "
        + count(s.deviceYearsDeferred(), "device-year", "device-years") + " in all, at most "
        + count(s.maxYearsDeferred(), "year", "years") + " for any one.";
  }

  static List<TypeValueRow> typeValues(RefreshResult r) {
    return r.types().stream().map(SectionRows::typeValue).toList();
  }

  private static TypeValueRow typeValue(TypeSummary t) {
    return new TypeValueRow(t.type(), t.devices(), t.valued(), money(t.cost()), money(t.bookValue()), t.ageBands());
  }

  static List<WarrantyRow> warranties(RefreshResult r) {
    return r.warrantiesEnding().stream()
        .map(w -> new WarrantyRow(w.tag(), w.type(), w.location() == null ? "" : w.location(), Fmt.date(w.ends())))
        .toList();
  }
}
