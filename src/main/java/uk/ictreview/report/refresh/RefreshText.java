package uk.ictreview.report.refresh;

import static uk.ictreview.report.refresh.Fmt.count;
import static uk.ictreview.report.refresh.Fmt.money;
import static uk.ictreview.report.refresh.Fmt.words;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.ictreview.analyse.refresh.Move;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.refresh.ScheduleYear;
import uk.ictreview.analyse.refresh.SmoothedSchedule;

/** The sentences of the section: the headline, what the governors must decide, and why a move was made. */
final class RefreshText {
  private RefreshText() {}

  static String span(RefreshResult r) {
    List<PlanYear> y = r.years();
    return "over the next " + words(r.horizonYears()) + " years (" + y.get(0).year().label() + " to "
        + y.get(y.size() - 1).year().label() + ")";
  }

  static String headline(RefreshResult r) {
    if (r.totalUnits() == 0) {
      return "No equipment falls due for replacement " + span(r) + ".";
    }
    String s = "Replacing equipment on policy will cost " + money(r.totalCost()) + " " + span(r);
    if (!r.budgetGiven()) {
      return s + "; no capital budget is set, and " + money(r.levelAnnualBudget()) + " a year would fund it.";
    }
    BigDecimal budgeted = r.totalBudget();
    BigDecimal gap = budgetedCost(r).subtract(budgeted);
    String most = ", most of it in " + worstYear(r).year().label() + ".";
    if (budgetedYears(r) == r.horizonYears()) {
      return gap.signum() <= 0 ? s + "; the budget of " + money(budgeted) + " covers it."
          : s + "; the budget covers " + money(budgeted) + ", a shortfall of " + money(gap) + most;
    }
    String set = "; budgets set for " + budgetedYears(r) + " of those years (" + money(budgeted) + ")";
    return gap.signum() <= 0 ? s + set + " cover their share."
        : s + set + " fall short of their share by " + money(gap) + most;
  }

  static int budgetedYears(RefreshResult r) {
    return (int) r.years().stream().filter(y -> y.budget() != null).count();
  }

  static BigDecimal budgetedCost(RefreshResult r) {
    return r.years().stream().filter(y -> y.budget() != null).map(PlanYear::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The budgeted year with the largest shortfall. */
  static PlanYear worstYear(RefreshResult r) {
    return r.years().stream().filter(y -> y.budget() != null)
        .min(Comparator.comparing(PlanYear::surplus)).orElseThrow();
  }

  static String decision(RefreshResult r) {
    if (r.totalUnits() == 0) {
      return "No decision on replacing equipment is needed for this period.";
    }
    List<String> s = new ArrayList<>();
    if (r.overdueUnits() > 0) {
      s.add(count(r.overdueUnits(), "device is", "devices are") + " already past replacement (" + money(r.overdueCost())
          + "); the plan replaces them in " + r.years().get(0).year().label() + ".");
    }
    s.add(budgetChoice(r));
    s.add(smoothingChoice(r.smoothed()));
    for (ScheduleYear y : r.smoothed().yearsOverCap()) {
      s.add("Even smoothed, " + y.year().label() + " needs " + money(y.cost()) + " against " + money(y.cap())
          + ", because what falls due then cannot wait longer.");
    }
    return String.join(" ", s);
  }

  private static String budgetChoice(RefreshResult r) {
    if (!r.budgetGiven()) {
      return "Governors must decide whether to set a capital budget for replacing equipment: "
          + money(r.levelAnnualBudget()) + " a year funds the whole plan " + span(r) + ".";
    }
    BigDecimal gap = budgetedCost(r).subtract(r.totalBudget());
    String missing = budgetedYears(r) < r.horizonYears()
        ? ". No budget is set yet for " + count(r.horizonYears() - budgetedYears(r), "of the years", "of the years") : "";
    if (gap.signum() <= 0) {
      return "The budget covers the cost of " + (missing.isEmpty() ? "the plan" : "the years it is set for")
          + "; governors should confirm it" + missing + ".";
    }
    return "Governors must decide whether to raise the capital budget by " + money(gap)
        + ", to spread replacements as the smoothed schedule does, or to replace fewer devices" + missing + ".";
  }

  private static String smoothingChoice(SmoothedSchedule s) {
    if (s.moves().isEmpty()) {
      return "The plan already keeps every year within its cap, so nothing needs to move.";
    }
    String risk = s.deferredUnits() == 0 ? "" : ", at the risk of " + count(s.deferredUnits(), "device", "devices")
        + " running past their life (" + count(s.deviceYearsDeferred(), "device-year", "device-years")
        + " in all, at most " + count(s.maxYearsDeferred(), "year", "years") + " each)";
    return "The smoothed schedule moves " + count(s.moves().size(), "replacement", "replacements") + " ("
        + s.deferredUnits() + " deferred, " + s.broughtForwardUnits() + " brought forward)" + risk + ".";
  }

  static String reason(Move m, SmoothedSchedule s) {
    ScheduleYear from = s.years().stream().filter(y -> y.year().equals(m.from())).findFirst().orElseThrow();
    String cap = (from.capIsBudget() ? "its budget of " : "the level budget of ") + money(from.cap());
    String calls = m.item().incidents() == 0 ? "no calls" : count(m.item().incidents(), "call", "calls");
    if (m.deferred()) {
      return "Deferred to keep " + m.from().label() + " within " + cap + "; due " + Fmt.date(m.item().due())
          + " with " + calls + " in the last 12 months, it had less claim than those kept.";
    }
    return "Brought forward: " + m.from().label() + " is over " + cap + " and " + m.to().label() + " had room.";
  }

  static boolean anyBudget(List<PlanYear> years) {
    return years.stream().map(PlanYear::budget).anyMatch(Objects::nonNull);
  }
}
