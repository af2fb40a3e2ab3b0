package uk.ictreview.report.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.refresh.RefreshAnalysis;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.AssetStatus;
import uk.ictreview.model.BudgetLine;
import uk.ictreview.report.Status;

/**
 * One laptop bought 01/06/2022 on the default policy (4 years, £600) falls due 01/06/2026, in 2026-27, the
 * first year of a three-year plan from a period ending 22/07/2026 (April year start). The plan is £600 in
 * 2026-27 and nothing in 2027-28 and 2028-29.
 */
class RefreshStatusTest {
    @Test
    void greenWhenEveryYearIsWithinItsBudget() {
        // 700 >= 600, 0 >= 0, 0 >= 0
        RefreshResult r = plan(budget("2026-27", 700), budget("2027-28", 0), budget("2028-29", 0));
        assertThat(RefreshStatus.status(r)).isEqualTo(Status.GREEN);
        assertThat(RefreshStatus.rule(r)).startsWith("Green: every year's replacements are within");
    }

    @Test
    void amberWhenTheTotalIsFundedButNotEveryYear() {
        // 300 + 300 + 300 = 900 >= 600 in total, but 2026-27 has 300 < 600
        RefreshResult r = plan(budget("2026-27", 300), budget("2027-28", 300), budget("2028-29", 300));
        assertThat(RefreshStatus.status(r)).isEqualTo(Status.AMBER);
        assertThat(RefreshStatus.rule(r))
                .isEqualTo("Amber: the budget covers the plan in total, but not in every year.");
    }

    @Test
    void redWhenTheBudgetOverThePlanIsLessThanItsCost() {
        // 100 + 100 + 100 = 300 < 600
        RefreshResult r = plan(budget("2026-27", 100), budget("2027-28", 100), budget("2028-29", 100));
        assertThat(RefreshStatus.status(r)).isEqualTo(Status.RED);
    }

    @Test
    void amberWhenAYearHasNoBudget() {
        // 2026-27: 10,000 >= 600; 2027-28 and 2028-29 have none
        RefreshResult r = plan(budget("2026-27", 10_000));
        assertThat(RefreshStatus.status(r)).isEqualTo(Status.AMBER);
        assertThat(RefreshStatus.rule(r)).contains("no capital budget is set for some of the plan's years");
    }

    @Test
    void redWhenTheBudgetedYearsFallShortEvenThoughSomeYearsHaveNone() {
        // Only 2026-27 budgeted: 100 < its cost 600, so red, not amber for the two unbudgeted years; leaving
        // 2027-28 and 2028-29 without a budget must not make it look better than budgeting them (red above).
        RefreshResult r = plan(budget("2026-27", 100));
        assertThat(RefreshStatus.status(r)).isEqualTo(Status.RED);
        assertThat(RefreshStatus.rule(r))
                .isEqualTo("Red: the capital budget of the years that have one is less than the cost of replacing"
                        + " equipment on policy in those years.");
    }

    @Test
    void amberWhenTheBudgetedYearsAreCoveredInTotalButOneYearIsUnbudgeted() {
        // 2026-27 unbudgeted (cost 600); 2027-28 and 2028-29 budgeted at 0 for cost 0: 0 >= 0, not red; amber
        // because 2026-27's funding cannot be judged.
        RefreshResult r = plan(budget("2027-28", 0), budget("2028-29", 0));
        assertThat(RefreshStatus.status(r)).isEqualTo(Status.AMBER);
        assertThat(RefreshStatus.rule(r))
                .isEqualTo("Amber: the budgets set cover their years' cost in total, but no capital budget is set for"
                        + " some of the plan's years, so their funding cannot be judged.");
    }

    @Test
    void redWhenTheBudgetedYearsTogetherFallShortThoughOneOfThemHasRoom() {
        // Budgeted: 2026-27 at 500 (cost 600) and 2027-28 at 50 (cost 0): 550 < 600, red; 2028-29 unbudgeted.
        RefreshResult r = plan(budget("2026-27", 500), budget("2027-28", 50));
        assertThat(RefreshStatus.status(r)).isEqualTo(Status.RED);
    }

    @Test
    void amberWhenTheBudgetedYearsCoverInTotalButOneOfThemIsShortAndAnotherIsUnbudgeted() {
        // Budgeted: 2026-27 at 500 (cost 600) and 2027-28 at 100 (cost 0): 600 >= 600, not red; amber.
        RefreshResult r = plan(budget("2026-27", 500), budget("2027-28", 100));
        assertThat(RefreshStatus.status(r)).isEqualTo(Status.AMBER);
    }

    @Test
    void noStatusWhenThereIsNoEquipmentToPlan() {
        AssetRegister empty = new AssetRegister(List.of(), List.of(), List.of(budget("2026-27", 100)));
        RefreshResult r =
                RefreshAnalysis.analyse(empty, LocalDate.of(2026, 7, 22), Month.APRIL, 3, List.of(), BigDecimal.ONE);
        assertThat(RefreshStatus.status(r)).isEqualTo(Status.NOT_JUDGED);
        assertThat(RefreshStatus.rule(r)).isEqualTo("No status: the asset register lists no equipment to plan.");
    }

    @Test
    void amberWithNoBudgetAtAllSaysSo() {
        RefreshResult r = plan();
        assertThat(RefreshStatus.status(r)).isEqualTo(Status.AMBER);
        assertThat(RefreshStatus.rule(r))
                .startsWith("Amber: no capital budget is set (the assets workbook has no Budget sheet");
    }

    private static BudgetLine budget(String year, int pounds) {
        return new BudgetLine(year, BigDecimal.valueOf(pounds));
    }

    private static RefreshResult plan(BudgetLine... budget) {
        Asset laptop = new Asset(
                "L1",
                "Laptop",
                null,
                null,
                null,
                null,
                LocalDate.of(2022, 6, 1),
                new BigDecimal("650.00"),
                null,
                AssetStatus.IN_USE,
                null,
                null,
                null /* supportEnds */,
                null,
                null);
        AssetRegister register = new AssetRegister(List.of(laptop), List.of(), List.of(budget));
        RefreshResult r =
                RefreshAnalysis.analyse(register, LocalDate.of(2026, 7, 22), Month.APRIL, 3, List.of(), BigDecimal.ONE);
        assertThat(r.years().get(0).cost()).isEqualByComparingTo("600.00");
        return r;
    }
}
