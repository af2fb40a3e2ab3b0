package uk.ictreview.model;

import java.math.BigDecimal;
import java.util.Objects;

/** The capital budget of one financial year (SPEC 4.2, sheet Budget), the year labelled as {@code 2026-27}. */
public record BudgetLine(String financialYear, BigDecimal capitalBudget) {
    public BudgetLine {
        Objects.requireNonNull(financialYear, "financialYear");
        Objects.requireNonNull(capitalBudget, "capitalBudget");
    }
}
