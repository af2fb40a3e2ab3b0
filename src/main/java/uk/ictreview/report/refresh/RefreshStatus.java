package uk.ictreview.report.refresh;

import java.math.BigDecimal;
import java.util.List;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;

/**
 * The refresh budget's status on the pack's summary. Red: the capital budget over the whole plan is less than
 * the plan's cost (no schedule can fund it). Amber: some plan year has no budget set, or the total is funded
 * but some year's replacements cost more than that year's budget (the smoothed schedule or a reserve must
 * carry it). Green: every year's replacements are within that year's budget. No status when the register
 * lists no equipment to plan.
 */
public final class RefreshStatus {
    private RefreshStatus() {}

    public static String status(RefreshResult r) {
        if (r.plannedDevices() == 0) {
            return "";
        }
        List<PlanYear> years = r.years();
        if (years.stream().anyMatch(y -> y.budget() == null)) {
            return "amber";
        }
        BigDecimal cost = years.stream().map(PlanYear::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budget = years.stream().map(PlanYear::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (budget.compareTo(cost) < 0) {
            return "red";
        }
        return years.stream().anyMatch(y -> y.surplus().signum() < 0) ? "amber" : "green";
    }

    private static String amberRule(RefreshResult r) {
        if (r.years().stream().allMatch(y -> y.budget() == null)) {
            return "Amber: no capital budget is set (assets.xlsx has no Budget sheet, or it lists none of the plan's"
                    + " years), so the plan's funding cannot be judged.";
        }
        if (r.years().stream().anyMatch(y -> y.budget() == null)) {
            return "Amber: no capital budget is set for some of the plan's years, so their funding cannot be judged.";
        }
        return "Amber: the budget covers the plan in total, but not in every year.";
    }

    /** The rule that set the status, in words. */
    public static String rule(RefreshResult r) {
        return switch (status(r)) {
            case "" -> "No status: the asset register lists no equipment to plan.";
            case "red" ->
                "Red: the capital budget over the plan's years is less than the cost of replacing equipment on policy.";
            case "amber" -> amberRule(r);
            default -> "Green: every year's replacements are within that year's capital budget.";
        };
    }
}
