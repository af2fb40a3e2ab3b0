package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything SPEC 6.1 asks of the refresh-cycle budget, as computed by {@link RefreshAnalysis}. {@code items}
 * are the planned replacements in the horizon, most claim first; {@code smoothed.placement()} runs parallel to
 * them. Lists of tags say what could not be planned and why.
 */
public record RefreshResult(
        LocalDate periodEnd,
        int horizonYears,
        boolean defaultPolicy,
        List<PlanItem> items,
        List<PlanYear> years,
        BigDecimal levelAnnualBudget,
        SmoothedSchedule smoothed,
        int dueAfterHorizon,
        List<String> unknownTypes,
        List<String> notPlannedNoDate,
        List<String> notPlannedNoCost,
        List<String> budgetYearsOutsideHorizon,
        List<BookValue> bookValues,
        int notValued,
        List<TypeSummary> types,
        List<WarrantyEnding> warrantiesEnding,
        int plannedDevices,
        BigDecimal supportFte,
        BigDecimal devicesPerSupportFte,
        int warrantiesRecorded) {
    /** Age bands in whole years at the period end; the last is open. */
    public static final List<String> AGE_BANDS = List.of("0-1", "1-2", "2-3", "3-4", "4-5", "5-6", "6-7", "7+");

    public RefreshResult {
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(levelAnnualBudget, "levelAnnualBudget");
        Objects.requireNonNull(smoothed, "smoothed");
        items = List.copyOf(items);
        years = List.copyOf(years);
        unknownTypes = List.copyOf(unknownTypes);
        notPlannedNoDate = List.copyOf(notPlannedNoDate);
        notPlannedNoCost = List.copyOf(notPlannedNoCost);
        budgetYearsOutsideHorizon = List.copyOf(budgetYearsOutsideHorizon);
        bookValues = List.copyOf(bookValues);
        types = List.copyOf(types);
        warrantiesEnding = List.copyOf(warrantiesEnding);
        if (years.size() != horizonYears || smoothed.years().size() != horizonYears) {
            throw new IllegalArgumentException("expected " + horizonYears + " plan years, got " + years.size());
        }
    }

    public int overdueUnits() {
        return years.get(0).overdueUnits();
    }

    public BigDecimal overdueCost() {
        return years.get(0).overdueCost();
    }

    public BigDecimal totalCost() {
        return sum(years.stream().map(PlanYear::cost).toList());
    }

    public int totalUnits() {
        return years.stream().mapToInt(PlanYear::units).sum();
    }

    /** Sum of the budgets given for plan years, or null when the Budget sheet gives none. */
    public BigDecimal totalBudget() {
        List<BigDecimal> given =
                years.stream().map(PlanYear::budget).filter(Objects::nonNull).toList();
        return given.isEmpty() ? null : sum(given);
    }

    public boolean budgetGiven() {
        return totalBudget() != null;
    }

    public List<PlanItem> overdueItems() {
        return items.stream().filter(PlanItem::overdue).toList();
    }

    public BigDecimal totalBookValue() {
        return sum(bookValues.stream().map(BookValue::value).toList());
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
