package uk.ictreview.report.refresh;

import static uk.ictreview.report.Format.count;
import static uk.ictreview.report.Format.pounds;
import static uk.ictreview.report.Format.poundsUp;
import static uk.ictreview.report.Format.words;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.ictreview.analyse.refresh.Move;
import uk.ictreview.analyse.refresh.PlanItem;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.refresh.ScheduleYear;
import uk.ictreview.analyse.refresh.SmoothedSchedule;
import uk.ictreview.report.Format;

/** The sentences of the section: the headline, what the governors must decide, and why a move was made. */
final class RefreshText {
    static final String NO_DEVICES = "The asset register lists no device in use, spare or in repair,";

    private RefreshText() {}

    /** In place of an empty cost chart: why there is no cost to chart (no device at all, or none due). */
    static String noCost(RefreshResult r) {
        if (r.plannedDevices() == 0) {
            return NO_DEVICES + " so nothing falls due " + span(r) + " and there is no cost to chart.";
        }
        return "None of the " + count(r.plannedDevices(), "device", "devices") + " in the asset register falls due "
                + span(r) + " and no capital budget is set, so there is no cost to chart.";
    }

    static String span(RefreshResult r) {
        List<PlanYear> y = r.years();
        return "over the next " + words(r.horizonYears()) + " years ("
                + y.get(0).year().label() + " to " + y.get(y.size() - 1).year().label() + ")";
    }

    /**
     * One sentence for the summary page, money in whole pounds: the plan's cost, the budget and the gap, the year
     * with the largest shortfall and, when that is the first year, the overdue backlog it carries.
     */
    static String headline(RefreshResult r) {
        if (r.totalUnits() == 0) {
            return "No equipment falls due for replacement " + span(r) + ".";
        }
        String s = "Replacing equipment on policy will cost " + pounds(r.totalCost()) + " " + span(r);
        if (!r.budgetGiven()) {
            return s + "; no capital budget is set, and " + poundsUp(r.levelAnnualBudget()) + " a year would fund it.";
        }
        BigDecimal budgeted = r.totalBudget();
        BigDecimal gap = budgetedCost(r).subtract(budgeted);
        if (budgetedYears(r) == r.horizonYears()) {
            return gap.signum() <= 0
                    ? s + "; the budget of " + pounds(budgeted) + " covers it."
                    : s + " against a budget of " + pounds(budgeted) + ": a shortfall of " + pounds(gap) + " over the "
                            + words(r.horizonYears()) + " years" + worstOf(r, gap);
        }
        String set = "; budgets set for " + budgetedYears(r) + " of those years (" + pounds(budgeted) + ")";
        return gap.signum() <= 0
                ? s + set + " cover the cost of those years."
                : s + set + " fall " + pounds(gap) + " short of the cost of those years" + worstOf(r, gap);
    }

    /**
     * Where the shortfall lies, true however the years net out: when the worst year alone is further short than the
     * whole (other years have room), a sentence of its own, ". 2026-27 alone is £302,850 short"; else the part of
     * the shortfall in it, ", £900 of it in 2026-27" (", all of it in" when it is the whole and no other year is
     * short; when others are short too, offset by years with room, ". 2026-27 is £900 short"). When that year is the
     * first and assets are overdue, the backlog it includes.
     */
    private static String worstOf(RefreshResult r, BigDecimal gap) {
        PlanYear worst = worstYear(r);
        BigDecimal shortBy = worst.surplus().negate();
        boolean backlog = worst == r.years().get(0) && r.overdueUnits() > 0;
        String overdue = backlog
                ? "a backlog of " + count(r.overdueUnits(), "overdue device", "overdue devices") + " ("
                        + pounds(r.overdueCost()) + ")"
                : "";
        String year = worst.year().label();
        if (shortBy.compareTo(gap) > 0) {
            return ". " + year + " alone is " + pounds(shortBy) + " short"
                    + (backlog ? ", and includes " + overdue : "") + ".";
        }
        boolean othersShort = r.years().stream()
                .anyMatch(y -> y != worst && y.budget() != null && y.surplus().signum() < 0);
        if (shortBy.compareTo(gap) == 0 && othersShort) {
            // Other years are short too, offset by years with room: "all of it" would be untrue.
            return ". " + year + " is " + pounds(shortBy) + " short" + (backlog ? ", and includes " + overdue : "")
                    + ".";
        }
        String part = shortBy.compareTo(gap) == 0 ? "all" : pounds(shortBy);
        return ", " + part + " of it in " + year + (backlog ? ", which includes " + overdue : "") + ".";
    }

    static int budgetedYears(RefreshResult r) {
        return (int) r.years().stream().filter(y -> y.budget() != null).count();
    }

    static BigDecimal budgetedCost(RefreshResult r) {
        return r.years().stream()
                .filter(y -> y.budget() != null)
                .map(PlanYear::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The budgeted year with the largest shortfall. */
    static PlanYear worstYear(RefreshResult r) {
        return r.years().stream()
                .filter(y -> y.budget() != null)
                .min(Comparator.comparing(PlanYear::surplus))
                .orElseThrow();
    }

    /**
     * What governors must decide, in at most two short sentences: the choice, the size of the gap, and the years
     * that stay over their cap even when replacements are spread out.
     */
    static String decision(RefreshResult r) {
        if (r.totalUnits() == 0) {
            return "No decision on replacing equipment is needed for this period.";
        }
        if (!r.budgetGiven()) {
            return "Whether to set a capital budget for replacing equipment: " + poundsUp(r.levelAnnualBudget())
                    + " a year funds the whole plan." + stillOver(r.smoothed());
        }
        String missing = budgetedYears(r) < r.horizonYears()
                ? " No budget is set yet for "
                        + count(r.horizonYears() - budgetedYears(r), "of the years", "of the years") + "."
                : "";
        BigDecimal gap = budgetedCost(r).subtract(r.totalBudget());
        if (gap.signum() <= 0) {
            return "Whether to confirm the budget: it covers the cost of "
                    + (missing.isEmpty() ? "the plan" : "the years it is set for") + deferrals(r.smoothed()) + "."
                    + stillOver(r.smoothed()) + missing;
        }
        return "How to close a shortfall of " + pounds(gap) + ": raise the capital budget, " + spread(r.smoothed())
                + "or replace fewer devices." + stillOver(r.smoothed()) + missing;
    }

    private static String spread(SmoothedSchedule s) {
        if (s.moves().isEmpty()) {
            return "";
        }
        if (s.deferredUnits() == 0) {
            return "bring replacements forward into years with room, ";
        }
        return "spread replacements over later years ("
                + count(s.deferredUnits(), "device stays in use past its life", "devices stay in use past their life")
                + ", by up to " + count(s.maxYearsDeferred(), "year", "years") + "), ";
    }

    /** ", though keeping each year within its budget defers 3 devices past their life, by up to 1 year" or "". */
    private static String deferrals(SmoothedSchedule s) {
        if (s.deferredUnits() == 0) {
            return "";
        }
        return ", though keeping each year within its budget defers " + count(s.deferredUnits(), "device", "devices")
                + " past " + (s.deferredUnits() == 1 ? "its" : "their") + " life, by up to "
                + count(s.maxYearsDeferred(), "year", "years");
    }

    /** " Even spread out, 2028-29 and 2029-30 stay over budget." or "" when the smoothed schedule fits. */
    private static String stillOver(SmoothedSchedule s) {
        List<ScheduleYear> over = s.yearsOverCap();
        if (over.isEmpty()) {
            return "";
        }
        long budgeted = over.stream().filter(ScheduleYear::capIsBudget).count();
        String cap = budgeted == over.size()
                ? "budget"
                : budgeted == 0 ? "the level annual budget" : "their budget or the level annual budget";
        return " Even spread out, "
                + Format.and(over.stream().map(y -> y.year().label()).toList())
                + (over.size() == 1 ? " stays" : " stay")
                + " over " + cap + ".";
    }

    static String reason(Move m, SmoothedSchedule s) {
        ScheduleYear from = s.years().stream()
                .filter(y -> y.year().equals(m.from()))
                .findFirst()
                .orElseThrow();
        String cap = (from.capIsBudget() ? "its budget of " : "the level budget of ") + pounds(from.cap());
        String calls = m.item().incidents() == 0 ? "no calls" : count(m.item().incidents(), "call", "calls");
        String why = m.item().firstCycle()
                ? "due " + Format.longDate(m.item().due()) + " with " + calls + " in the last 12 months"
                : "as the asset's " + PlanItem.ordinal(m.item().cycle()) + " replacement, due "
                        + Format.longDate(m.item().due()) + ", with no calls of its own";
        if (m.deferred()) {
            return "Deferred: " + m.from().label() + " is over " + cap + " and " + m.to().label() + " had room; " + why
                    + ", it had the least claim of those that could move.";
        }
        return "Brought forward: " + m.from().label() + " is over " + cap + " and " + m.to().label() + " had room.";
    }

    static boolean anyBudget(List<PlanYear> years) {
        return years.stream().map(PlanYear::budget).anyMatch(Objects::nonNull);
    }
}
