package uk.ictreview.report.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ictreview.report.Status;

/** The trust's totals, worked by hand on made-up schools. */
class TrustReportTest {
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 18);

    private static SchoolRow school(String name, int met, int judged, Month fyStart, String... yearCosts) {
        Map<String, BigDecimal> years = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < yearCosts.length; i += 2) {
            years.put(yearCosts[i], new BigDecimal(yearCosts[i + 1]));
            total = total.add(new BigDecimal(yearCosts[i + 1]));
        }
        SchoolRow.Figures f = new SchoolRow.Figures(
                FROM,
                TO,
                "1 September 2026 to 18 December 2026",
                judged + 3,
                judged,
                met,
                BigDecimal.valueOf(met * 1000L / judged, 1),
                null,
                null,
                Status.GREEN,
                2,
                0,
                new BigDecimal("90"),
                fyStart,
                years,
                total,
                null,
                BigDecimal.ZERO,
                false,
                4,
                new BigDecimal("1200.50"),
                Status.AMBER,
                12,
                1,
                2,
                new BigDecimal("1.5"),
                Status.RED,
                0,
                1,
                0,
                null,
                null);
        return new SchoolRow(name.toLowerCase(), name, 1, null, "../" + name + "/p/index.html", f);
    }

    /** A school with {@code calls} calls and none judged: no percentage, so no bar. */
    private static SchoolRow unjudged(String name, int calls) {
        SchoolRow.Figures g = school(name, 1, 1, Month.APRIL).figures();
        SchoolRow.Figures f = new SchoolRow.Figures(
                g.from(),
                g.to(),
                g.periodLabel(),
                calls,
                0,
                0,
                null,
                null,
                null,
                null,
                calls,
                0,
                g.goalPct(),
                g.financialYearStart(),
                g.yearCosts(),
                g.planCost(),
                g.budget(),
                g.budgetedCost(),
                g.budgetForEveryYear(),
                g.overdueUnits(),
                g.overdueCost(),
                g.refreshStatus(),
                g.skillsNeeded(),
                g.skillsUncovered(),
                g.singlePoints(),
                g.supportFte(),
                g.skillsStatus(),
                g.dataErrors(),
                g.dataWarnings(),
                g.rowsSkipped(),
                null,
                null);
        return new SchoolRow(name.toLowerCase(), name, 1, null, "../" + name + "/p/index.html", f);
    }

    @Test
    void aSchoolWithoutABarSaysWhyBesideItsName() {
        SchoolRow busy = school("Oak", 90, 100, Month.APRIL);
        SchoolRow quiet = unjudged("Elm", 0);
        SchoolRow waiting = unjudged("Ash", 4);
        assertThat(TrustChart.noBar(busy.figures())).isNull();
        assertThat(TrustChart.noBar(quiet.figures())).isEqualTo("no calls");
        assertThat(TrustChart.noBar(waiting.figures())).isEqualTo("no call judged yet");
        var chart = TrustChart.metBySchool(List.of(busy, quiet, waiting));
        String svg = uk.ictreview.report.charts.ChartRenderer.svg(chart);
        assertThat(svg).contains(">no calls<").contains(">no call judged yet<");
        assertThat(chart.alt()).contains("Elm no calls;").contains("Ash no call judged yet;");
    }

    @Test
    void theGoalLineRunsUnderABarsLabelNotThroughIt() {
        // Oak at 88.0% ends 2 points short of the 90% goal: its label, from 89 to about 95, straddles the line. It
        // is drawn after the line (the plot draws annotations after its markers), on a white box.
        SchoolRow oak = school("Oak", 88, 100, Month.APRIL);
        var chart = TrustChart.metBySchool(List.of(oak));
        org.jfree.chart.plot.CategoryPlot plot = chart.chart().getCategoryPlot();
        assertThat(plot.getRenderer().getDefaultItemLabelsVisible()).isFalse();
        assertThat(plot.getAnnotations()).hasSize(1);
        Object only = plot.getAnnotations().get(0);
        assertThat(only).isInstanceOf(uk.ictreview.report.charts.BoxedLabel.class);
        uk.ictreview.report.charts.BoxedLabel label = (uk.ictreview.report.charts.BoxedLabel) only;
        assertThat(label.getText()).isEqualTo("88.0");
        assertThat(label.getValue()).isEqualTo(89.0);
        String svg = uk.ictreview.report.charts.ChartRenderer.svg(chart);
        assertThat(svg.indexOf(">88.0<")).isGreaterThan(svg.lastIndexOf("stroke-dasharray"));
    }

    @Test
    void theTrustPercentagePoolsCallsRatherThanAveragingSchools() {
        // 90 of 100 and 1 of 10: 91 of 110 = 82.727...% -> 82.7%, where the mean of 90% and 10% would be 50%.
        TrustReport t = new TrustReport(
                "Trust",
                TO,
                "test",
                List.of(
                        school("Big", 90, 100, Month.APRIL, "2026-27", "100.00"),
                        school("Small", 1, 10, Month.APRIL, "2026-27", "50.25")));
        assertThat(t.met()).isEqualTo(91);
        assertThat(t.judged()).isEqualTo(110);
        assertThat(t.metPct()).isEqualByComparingTo("82.7");
        assertThat(t.calls()).isEqualTo(116);
        assertThat(t.overdueUnits()).isEqualTo(8);
        assertThat(t.overdueCost()).isEqualByComparingTo("2401.00");
        assertThat(t.planCost()).isEqualByComparingTo("150.25");
        assertThat(t.headline())
                .isEqualTo("2 schools of 2 built; across them 82.7% of calls were resolved within target (91 of 110"
                        + " judged), and replacing equipment on policy will cost £150 over the schools' plans.");
    }

    @Test
    void yearsAreAddedUpOnlyWhenEverySchoolPlansTheSameFinancialYears() {
        TrustReport same = new TrustReport(
                "Trust",
                TO,
                "test",
                List.of(
                        school("A", 9, 10, Month.APRIL, "2026-27", "10.00", "2027-28", "20.00"),
                        school("B", 9, 10, Month.APRIL, "2026-27", "1.50", "2027-28", "2.25")));
        assertThat(same.years()).containsExactly("2026-27", "2027-28");
        assertThat(same.yearTotals()).containsEntry("2026-27", new BigDecimal("11.50"));
        assertThat(same.yearTotals()).containsEntry("2027-28", new BigDecimal("22.25"));
        TrustReport mixed = new TrustReport(
                "Trust",
                TO,
                "test",
                List.of(
                        school("A", 9, 10, Month.APRIL, "2026-27", "10.00"),
                        school("B", 9, 10, Month.SEPTEMBER, "2026-27", "1.50")));
        assertThat(mixed.sameYears()).isFalse();
        assertThat(mixed.years()).isEmpty();
    }

    @Test
    void budgetLessCostComparesOnlyTheYearsABudgetIsSetFor() {
        // Budget £300 set for the first of two years whose costs are £250 and £1,000: the school's own pack says the
        // budget covers its year (£50 to spare), so the comparison shows +£50, not £300 - £1,250.
        SchoolRow.Figures f = school("A", 9, 10, Month.APRIL, "2026-27", "250.00", "2027-28", "1000.00")
                .figures();
        SchoolRow.Figures partial = new SchoolRow.Figures(
                f.from(),
                f.to(),
                f.periodLabel(),
                f.calls(),
                f.judged(),
                f.met(),
                f.metPct(),
                f.metPctLow(),
                f.metPctHigh(),
                f.slaStatus(),
                f.openAtEnd(),
                f.openOver90Days(),
                f.goalPct(),
                f.financialYearStart(),
                f.yearCosts(),
                f.planCost(),
                new BigDecimal("300.00"),
                new BigDecimal("250.00"),
                false,
                f.overdueUnits(),
                f.overdueCost(),
                f.refreshStatus(),
                f.skillsNeeded(),
                f.skillsUncovered(),
                f.singlePoints(),
                f.supportFte(),
                f.skillsStatus(),
                f.dataErrors(),
                f.dataWarnings(),
                f.rowsSkipped(),
                null,
                null);
        assertThat(partial.budgetLessCost()).isEqualByComparingTo("50.00");
        assertThat(f.budgetLessCost()).isNull();
    }

    @Test
    void rangesKeepTheirDecimalOnThePage() throws Exception {
        // A range of 48.0-89.1% must not print as "48-89.1%" (a trial found the trailing zero dropped).
        SchoolRow.Figures f =
                school("A", 11, 15, Month.APRIL, "2026-27", "10.00").figures();
        SchoolRow.Figures ranged = new SchoolRow.Figures(
                f.from(),
                f.to(),
                f.periodLabel(),
                f.calls(),
                f.judged(),
                f.met(),
                new BigDecimal("73.3"),
                new BigDecimal("48.0"),
                new BigDecimal("89.1"),
                f.slaStatus(),
                f.openAtEnd(),
                f.openOver90Days(),
                f.goalPct(),
                f.financialYearStart(),
                f.yearCosts(),
                f.planCost(),
                f.budget(),
                f.budgetedCost(),
                f.budgetForEveryYear(),
                f.overdueUnits(),
                f.overdueCost(),
                f.refreshStatus(),
                f.skillsNeeded(),
                f.skillsUncovered(),
                f.singlePoints(),
                f.supportFte(),
                f.skillsStatus(),
                f.dataErrors(),
                f.dataWarnings(),
                f.rowsSkipped(),
                null,
                null);
        TrustReport t = new TrustReport(
                "Trust", TO, "test", List.of(new SchoolRow("a", "A", 0, null, "../a/p/index.html", ranged)));
        String html = TrustPage.render(t, new uk.ictreview.report.Templates(null));
        assertThat(org.jsoup.Jsoup.parse(html).text()).contains("48.0\u201389.1%");
    }

    @Test
    void theHeadlineSaysWhenThePlansCoverDifferentYears() {
        TrustReport t = new TrustReport(
                "Trust",
                TO,
                "test",
                List.of(
                        school("A", 9, 10, Month.APRIL, "2026-27", "10.00"),
                        school("B", 9, 10, Month.APRIL, "2026-27", "1.00", "2027-28", "1.00")));
        assertThat(t.horizonsDiffer()).isTrue();
        assertThat(t.headline()).endsWith("over the schools' plans (which cover different numbers of years).");
    }

    @Test
    void aSchoolNotBuiltIsInTheCsvButInNoTotal() {
        TrustReport t = new TrustReport(
                "Trust",
                TO,
                "test",
                List.of(
                        school("A", 9, 10, Month.APRIL, "2026-27", "10.00"),
                        SchoolRow.failed("b", null, 2, "incidents.xlsx: not found")));
        assertThat(t.judged()).isEqualTo(10);
        assertThat(t.notBuilt()).extracting(SchoolRow::label).containsExactly("b");
        var csv = t.table();
        assertThat(csv.rows()).hasSize(2);
        List<String> b = csv.rows().get(1);
        assertThat(b.get(csv.headers().indexOf("State"))).isEqualTo("Not built");
        assertThat(b.get(csv.headers().indexOf("Calls"))).isEmpty();
        assertThat(b.get(csv.headers().indexOf("Problem"))).isEqualTo("incidents.xlsx: not found");
        List<String> a = csv.rows().get(0);
        assertThat(a.get(csv.headers().indexOf("From"))).isEqualTo("2026-09-01");
        assertThat(a.get(csv.headers().indexOf("Budget"))).isEmpty();
        assertThat(a.get(csv.headers().indexOf("Overdue cost"))).isEqualTo("1200.50");
    }
}
