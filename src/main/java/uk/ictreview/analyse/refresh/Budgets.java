package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ictreview.model.BudgetLine;

/**
 * The Budget sheet laid over the plan years. A year is matched by the year it starts in: {@code 2026-27},
 * {@code 2026/27} and {@code 2026-2027} mean the year starting in 2026 (the reader refuses a bare {@code 2026},
 * which could mean either year; this matcher would take it as the year starting then). Two lines for the same
 * year are added together. Lines for years outside the horizon, or that name no year, are listed.
 */
record Budgets(List<BigDecimal> amounts, List<String> outside) {
    private static final Pattern YEAR = Pattern.compile("\\s*(\\d{4})\\s*(?:[-/\u2013]\\s*(\\d{2}|\\d{4}))?\\s*");

    Budgets {
        amounts = java.util.Collections.unmodifiableList(new ArrayList<>(amounts));
        outside = List.copyOf(outside);
    }

    /** {@code amounts} has one entry per plan year, null where the sheet gives no budget. */
    static Budgets of(List<BudgetLine> lines, FinancialYear first, int horizon) {
        BigDecimal[] amounts = new BigDecimal[horizon];
        List<String> outside = new ArrayList<>();
        for (BudgetLine line : lines) {
            Integer start = startYear(line.financialYear());
            int k = start == null ? -1 : start - first.startYear();
            if (k < 0 || k >= horizon) {
                outside.add(line.financialYear());
                continue;
            }
            amounts[k] = amounts[k] == null ? line.capitalBudget() : amounts[k].add(line.capitalBudget());
        }
        return new Budgets(Arrays.asList(amounts), outside);
    }

    static Integer startYear(String label) {
        Matcher m = YEAR.matcher(label);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
