package uk.ictreview.report.refresh;

import java.util.List;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.report.Status;

/**
 * The refresh budget's status on the pack's summary, from the plan against the budget (docs/rules-report.md).
 * Red: the budget of the years that have one is less than those years' cost (as the pack's headline compares
 * them), whether or not other years have a budget, so that leaving a year unbudgeted never improves the status.
 * Amber: no budget at all (the funding cannot be judged); or some years have no budget while the budgeted ones
 * are covered in total; or the total is covered but some year's replacements cost more than that year's budget.
 * Green: every plan year has a budget and each covers its year. No status when the register lists no equipment
 * to plan.
 */
public final class RefreshStatus {
    private RefreshStatus() {}

    public static Status status(RefreshResult r) {
        if (r.plannedDevices() == 0) {
            return Status.NOT_JUDGED;
        }
        if (!r.budgetGiven()) {
            return Status.AMBER;
        }
        if (r.totalBudget().compareTo(RefreshText.budgetedCost(r)) < 0) {
            return Status.RED;
        }
        List<PlanYear> years = r.years();
        boolean unbudgeted = years.stream().anyMatch(y -> y.budget() == null);
        boolean yearShort =
                years.stream().anyMatch(y -> y.budget() != null && y.surplus().signum() < 0);
        return unbudgeted || yearShort ? Status.AMBER : Status.GREEN;
    }

    private static String amberRule(RefreshResult r) {
        if (!r.budgetGiven()) {
            return "Amber: no capital budget is set (the assets workbook has no Budget sheet, or it lists none of the plan's"
                    + " years), so the plan's funding cannot be judged.";
        }
        if (r.years().stream().anyMatch(y -> y.budget() == null)) {
            return "Amber: the budgets set cover their years' cost in total, but no capital budget is set for some of"
                    + " the plan's years, so their funding cannot be judged.";
        }
        return "Amber: the budget covers the plan in total, but not in every year.";
    }

    /** The rule that set the status, in words. */
    public static String rule(RefreshResult r) {
        return switch (status(r)) {
            case NOT_JUDGED -> "No status: the asset register lists no equipment to plan.";
            case RED ->
                RefreshText.budgetedYears(r) == r.horizonYears()
                        ? "Red: the capital budget over the plan's years is less than the cost of replacing equipment on"
                                + " policy."
                        : "Red: the capital budget of the years that have one is less than the cost of replacing equipment"
                                + " on policy in those years.";
            case AMBER -> amberRule(r);
            case GREEN -> "Green: every year's replacements are within that year's capital budget.";
        };
    }
}
