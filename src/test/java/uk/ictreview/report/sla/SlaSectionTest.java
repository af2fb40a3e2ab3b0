package uk.ictreview.report.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.sla.SlaAnalysis;
import uk.ictreview.analyse.sla.SlaAnalysisTest;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.report.Status;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;

/** The section built from the worked example of {@link SlaAnalysisTest}, and its template rendered both ways. */
class SlaSectionTest {
    private static final SlaSection SECTION = SlaSection.of(SlaAnalysisTest.result());

    @Test
    void headlineComparesWithThePreviousPeriod() {
        // 4 of 6 judged = 66.7%; previous period 1 of 2 = 50.0%. The headline now also names the priorities under
        // the 90% goal (P1 50.0%, P3 66.7%; P2 and P4 are green), so an overall figure cannot hide one.
        assertThat(SECTION.headline())
                .isEqualTo(
                        "66.7% of calls were resolved within target, up from 50.0% in the previous period (4 of 6 calls judged)."
                                + " P1 Critical (50.0%) and P3 Medium (66.7%) were below the 90% goal.");
        // 66.7% is below 90 - 15 = 75: red.
        assertThat(SECTION.status()).isEqualTo(Status.RED);
        assertThat(SECTION.statusRule())
                .isEqualTo("Red: overall 66.7% resolved within target, under the 90% goal. The status is the worst of"
                        + " the overall share and of each priority with 20 or more judged calls: green at 90%"
                        + " or more, amber 75% to under 90%, red below 75%. P1 Critical, P2 High and P3 Medium"
                        + " have too few judged calls to count.");
        // With a goal of 60%: 66.7 >= 60, green; with 70%: 66.7 >= 55, amber; the rule follows the goal.
        assertThat(SlaSection.of(SlaAnalysisTest.result(), java.math.BigDecimal.valueOf(60))
                        .status())
                .isEqualTo(Status.GREEN);
        SlaSection seventy = SlaSection.of(SlaAnalysisTest.result(), java.math.BigDecimal.valueOf(70));
        assertThat(seventy.status()).isEqualTo(Status.AMBER);
        assertThat(seventy.statusRule()).contains("amber 55% to under 70%");
    }

    @Test
    void headlinesWithoutComparisonOrData() {
        SlaSection none = SlaSection.of(SlaAnalysis.analyse(
                IncidentLog.empty(),
                SlaAnalysisTest.MARCH,
                BankHolidayRegion.ENGLAND_AND_WALES,
                true,
                AssetRegister.empty()));
        assertThat(none.headline()).isEqualTo("No incidents or requests were logged in this period.");
        assertThat(none.status()).isEqualTo(Status.NOT_JUDGED);
        assertThat(none.statusRule()).startsWith("No status");
        SlaSection alone = SlaSection.of(SlaAnalysis.analyse(
                SlaAnalysisTest.log(),
                SlaAnalysisTest.MARCH,
                BankHolidayRegion.ENGLAND_AND_WALES,
                false,
                SlaAnalysisTest.register()));
        assertThat(alone.headline())
                .isEqualTo("66.7% of calls were resolved within target (4 of 6 calls judged)."
                        + " P1 Critical (50.0%) and P3 Medium (66.7%) were below the 90% goal.");
    }

    @Test
    void rowsAreFormattedFigures() {
        List<SlaRows.PriorityRow> rows = SECTION.priorities();
        assertThat(rows).extracting(SlaRows.PriorityRow::priority).containsExactly("P1", "P2", "P3", "P4", "All");
        // P1 Critical, default targets 1 / 4 hours; 1 of 2 = 50.0%.
        assertThat(rows.get(0))
                .extracting(
                        SlaRows.PriorityRow::name,
                        SlaRows.PriorityRow::responseTarget,
                        SlaRows.PriorityRow::resolutionTarget,
                        SlaRows.PriorityRow::metPct)
                .containsExactly("Critical", "1.0", "4.0", "50.0%");
        assertThat(rows.get(3).metPct()).isEqualTo(uk.ictreview.report.Format.NONE);
        assertThat(rows.get(4).interval()).isEqualTo("30.0–90.3%");
        assertThat(rows.get(4).label()).isEqualTo("All priorities");
        assertThat(rows.get(0).label()).isEqualTo("P1 Critical");
        // A2: 300 support minutes = 5.0 h against 4.0; A5: 2550 = 42.5 h against 24.0.
        assertThat(SECTION.breaches())
                .extracting(
                        SlaRows.BreachRow::ref, SlaRows.BreachRow::resolutionHours, SlaRows.BreachRow::resolutionTarget)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A2", "5.0", "4.0"),
                        org.assertj.core.groups.Tuple.tuple("A5", "42.5", "24.0"));
        assertThat(SECTION.candidates())
                .extracting(SlaRows.CandidateRow::tag, SlaRows.CandidateRow::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LAP-001", "Laptop"));
        // Plain words first, the statistic in small print (issue 12 point 8): 4 whole March weeks in the trend.
        assertThat(SECTION.trendSentence())
                .isEqualTo("Calls per week fell by an average of 0.10 a week, but the weeks vary too much to say this"
                        + " is more than chance.");
        assertThat(SECTION.trendStatistic())
                .startsWith("Least-squares trend over 4 weeks; p = 0.")
                .endsWith(" (below 0.05 counts as more than chance).");
        assertThat(SECTION.escalationSentence())
                .isEqualTo(
                        "1 call was escalated to suppliers (14.3% of calls); 0.0% of those judged were resolved within target, median 5.0 support hours.");
    }

    @Test
    void theBreachedListSaysWhichTargetItsCallsMissed() {
        // The example school: 138 calls breached a target, 90 of them their resolution target (the 90 "not resolved
        // within target" of the paragraph above) and 48 only their response target: 90 + 48 = 138.
        assertThat(SlaText.breachesTitle(90, 48))
                .isEqualTo("138 calls breached their response or resolution target (90 resolution, 48 response only),"
                        + " with their times");
        assertThat(SlaText.breachesTitle(2, 0)).isEqualTo("2 calls breached their resolution target, with their times");
        assertThat(SlaText.breachesTitle(0, 1)).isEqualTo("1 call breached its response target only, with its times");
        assertThat(SlaText.breachesTitle(1, 1))
                .isEqualTo("2 calls breached their response or resolution target (1 resolution, 1 response only), with"
                        + " their times");
        // The fixture: A2 and A5, both late on resolution.
        assertThat(SECTION.breachesTitle()).isEqualTo("2 calls breached their resolution target, with their times");
    }

    @Test
    void csvTablesMatchTheFigures() {
        List<CsvTable> tables = SECTION.tables();
        assertThat(tables)
                .extracting(CsvTable::name)
                .doesNotHaveDuplicates()
                .contains(
                        "sla-by-priority",
                        "sla-backlog",
                        "sla-calls-per-week",
                        "sla-by-category",
                        "sla-calls",
                        "sla-breached-calls",
                        "sla-candidate-problems");
        CsvTable p = tables.get(0);
        List<String> all = p.rows().get(4);
        assertThat(all.get(0)).isEqualTo("All");
        assertThat(all.get(p.headers().indexOf("Resolution met (%)"))).isEqualTo("66.7");
        // Response, as in figures.json (SlaJsonTest): 6 of 6 met, A6 pending, Wilson 61.0 to 100.0; appended after
        // the columns the CSV always had, so a sheet reading them by position still reads the same.
        assertThat(p.headers().subList(p.headers().size() - 4, p.headers().size()))
                .containsExactly(
                        "Response pending", "Response met (%)", "Response 95% low (%)", "Response 95% high (%)");
        assertThat(all.subList(all.size() - 4, all.size())).containsExactly("1", "100.0", "61.0", "100.0");
        assertThat(all.get(p.headers().indexOf("90th percentile (h)"))).isEqualTo("25.5");
        // Every judged call is listed, so MEDIAN and PERCENTILE.INC can be redone in Excel.
        assertThat(tables.stream()
                        .filter(t -> t.name().equals("sla-calls"))
                        .findFirst()
                        .orElseThrow()
                        .rows())
                .hasSize(7);
    }

    @Test
    void theCallsTableReproducesTheMedianAndPercentileAsExcelWould() {
        CsvTable calls = SECTION.tables().stream()
                .filter(t -> t.name().equals("sla-calls"))
                .findFirst()
                .orElseThrow();
        int resolved = calls.headers().indexOf("Resolved");
        int minutes = calls.headers().indexOf("Resolution (support min)");
        double[] h = calls.rows().stream()
                .filter(r -> !r.get(resolved).isEmpty())
                .mapToDouble(r -> Long.parseLong(r.get(minutes)) / 60.0)
                .sorted()
                .toArray();
        // PERCENTILE.INC(range, k): rank = 1 + k x (n - 1), interpolate between the neighbours.
        assertThat(round1(excelPercentileInc(h, 0.5)))
                .isEqualTo(SECTION.priorities().get(4).median());
        assertThat(round1(excelPercentileInc(h, 0.9)))
                .isEqualTo(SECTION.priorities().get(4).p90());
    }

    private static double excelPercentileInc(double[] sorted, double k) {
        double rank = k * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }

    private static String round1(double v) {
        // as Excel shows it: the double to 10 places first, so 7.749999999999999 (a true 7.75) shows 7.8
        return java.math.BigDecimal.valueOf(v)
                .setScale(10, java.math.RoundingMode.HALF_UP)
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    @Test
    void methodNotesExplainTheClockFormulasAndDefaults() {
        String notes = String.join("\n", SECTION.methodNotes());
        assertThat(notes)
                .contains(
                        "Mon 08:00-16:30",
                        "bank holidays of England and Wales",
                        "On hold",
                        "=MEDIAN(range)",
                        "=PERCENTILE.INC(range,0.9)",
                        "Wilson",
                        "no Service levels sheet",
                        "P1 Critical 1.0 / 4.0",
                        "no Support hours sheet",
                        "midnight after 29 March 2026");
    }

    @Test
    void chartsDrawAndSayWhatTheyShow() {
        assertThat(SECTION.charts())
                .extracting(Chart::id)
                .containsExactly("sla-met-by-priority", "sla-calls-per-week", "sla-backlog-ageing", "sla-terms");
        assertThat(SECTION.metChart().alt())
                .contains(
                        "P1 Critical 100.0% responded, 50.0% resolved",
                        "All 100.0% responded, 66.7% resolved", "goal of 90%");
        assertThat(SECTION.backlogChart().alt()).contains("0-7 days 1", "31-90 days 1");
        for (Chart c : SECTION.charts()) {
            BufferedImage img = new BufferedImage(c.width(), c.height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            c.chart().draw(g, new Rectangle2D.Double(0, 0, c.width(), c.height()));
            g.dispose();
        }
    }

    @Test
    void theMetChartHasShortLabelsAndNamesTheGoalInItsLegend() {
        // Short axis labels (the counts are in the table), wrapped over two lines if need be.
        org.jfree.chart.plot.CategoryPlot plot = SECTION.metChart().chart().getCategoryPlot();
        assertThat(plot.getDataset().getColumnKeys())
                .containsExactly("P1 Critical", "P2 High", "P3 Medium", "P4 Low", "All");
        assertThat(plot.getDomainAxis().getMaximumCategoryLabelLines()).isEqualTo(2);
        // The goal's label is in the legend, not on the line where it could sit over a bar's value.
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                .singleElement()
                .satisfies(m ->
                        assertThat(((org.jfree.chart.plot.Marker) m).getLabel()).isNull());
        List<String> legend = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertThat(legend).containsExactly("Responded within target (%)", "Resolved within target (%)", "Goal 90%");
        assertThat(plot.getDataset().getRowKeys())
                .containsExactly("Responded within target (%)", "Resolved within target (%)");
        // Room above 100% for the value label of a full bar.
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(105);
    }

    @Test
    void aClosedWeekIsNamedDrawnWithoutABarAndNotedInTheTable() {
        // Mon 11 May to Sun 7 Jun 2026, half term closed 26-29 May (Mon 25 May a bank holiday): the week of 25 May
        // has no support hours. Calls 10, 12, 0, 14.
        uk.ictreview.analyse.sla.SupportCalendar cal = uk.ictreview.analyse.sla.SupportCalendar.of(
                List.of(),
                List.of(new uk.ictreview.model.Closure(
                        java.time.LocalDate.parse("2026-05-26"), java.time.LocalDate.parse("2026-05-29"), "Half term")),
                BankHolidayRegion.ENGLAND_AND_WALES);
        List<uk.ictreview.model.Incident> calls = new java.util.ArrayList<>();
        String[][] weeks = {{"2026-05-11", "10"}, {"2026-05-18", "12"}, {"2026-06-01", "14"}};
        for (String[] w : weeks) {
            for (int n = 0; n < Integer.parseInt(w[1]); n++) {
                calls.add(uk.ictreview.analyse.sla.Call.of(w[0] + "-" + n, w[0] + "T10:00")
                        .build());
            }
        }
        uk.ictreview.analyse.sla.WeeklyVolume v = uk.ictreview.analyse.sla.WeeklyVolume.of(
                calls,
                new uk.ictreview.model.Period(
                        java.time.LocalDate.parse("2026-05-11"), java.time.LocalDate.parse("2026-06-07")),
                cal);
        assertThat(SlaText.closedWeeks(v))
                .isEqualTo(" The week of 25 May 2026 had no support hours (closed) and is left out of the trend.");
        assertThat(SlaText.trend(v)).endsWith("left out of the trend.");
        assertThat(SlaRows.WeekRow.of(v))
                .extracting(SlaRows.WeekRow::note)
                .containsExactly("", "", "closed (no support hours), not in the trend", "");
        Chart c = SlaCharts.callsPerWeek(v);
        org.jfree.chart.plot.CategoryPlot plot = c.chart().getCategoryPlot();
        // No bar (and so no "0" label) for the closed week, and the word "closed" in its place.
        assertThat(plot.getDataset().getValue("Calls", "25/05")).isNull();
        // No part week with calls: no part-week series, so no legend entry without a bar (issue 12 point 8).
        assertThat(plot.getDataset().getRowKeys()).containsExactly("Calls");
        List<String> legend = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertThat(legend).containsExactly("Calls", "Trend");
        assertThat(plot.getAnnotations()).singleElement().satisfies(a -> {
            org.jfree.chart.annotations.CategoryTextAnnotation t =
                    (org.jfree.chart.annotations.CategoryTextAnnotation) a;
            assertThat(t.getText()).isEqualTo("closed");
            assertThat(t.getCategory()).isEqualTo("25/05");
        });
        assertThat(c.alt()).contains("1 closed");
        // Ending on Wed 3 June, the week of 1 June is a part week (Thu and Fri have support hours outside the
        // period): its 14 calls are drawn in the part-week series, which the legend then names.
        uk.ictreview.analyse.sla.WeeklyVolume part = uk.ictreview.analyse.sla.WeeklyVolume.of(
                calls,
                new uk.ictreview.model.Period(
                        java.time.LocalDate.parse("2026-05-11"), java.time.LocalDate.parse("2026-06-03")),
                cal);
        org.jfree.chart.plot.CategoryPlot partPlot =
                SlaCharts.callsPerWeek(part).chart().getCategoryPlot();
        assertThat(partPlot.getDataset().getRowKeys()).containsExactly("Calls", SlaCharts.PART_WEEK);
        assertThat(partPlot.getDataset().getValue(SlaCharts.PART_WEEK, "01/06").intValue())
                .isEqualTo(14);
    }

    @Test
    void weeklyAndBacklogChartsLeaveRoomForTheirLabels() {
        org.jfree.chart.plot.CategoryPlot weekly = SECTION.weeklyChart().chart().getCategoryPlot();
        assertThat(weekly.getRangeAxis().getUpperMargin()).isEqualTo(SlaCharts.HEADROOM);
        org.jfree.chart.plot.CategoryPlot backlog =
                SECTION.backlogChart().chart().getCategoryPlot();
        assertThat(backlog.getOrientation()).isEqualTo(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        assertThat(SECTION.backlogChart().height())
                .isLessThan(SECTION.weeklyChart().height());
    }

    @Test
    void htmlShowsTheDetailAndTheSameFigures() throws Exception {
        String html = render(false);
        assertWellFormed(html);
        Document d = Jsoup.parse(html);
        assertThat(d.getElementById("sla-overall-met-pct").text()).isEqualTo("66.7%");
        assertThat(d.getElementById("sla-calls").text()).isEqualTo("7");
        assertThat(d.getElementById("sla-backlog-open").text()).isEqualTo("2");
        assertThat(d.getElementById("sla-p1-met-pct").text()).isEqualTo("50.0%");
        // P1: both responses within 60 min (A1, A2: 30 min each): 100.0%; P4's only response is pending: a dash.
        assertThat(d.getElementById("sla-p1-response-pct").text()).isEqualTo("100.0%");
        assertThat(d.getElementById("sla-p4-response-pct").text()).isEqualTo("\u2013");
        assertThat(d.select("#sla-breached-calls tbody tr")).hasSize(2);
        assertThat(d.select("#sla-candidate-problems tbody tr").text()).contains("LAP-001", "Laptop", "Library");
        assertThat(d.select("#sla-by-category tbody tr")).hasSize(4);
        assertThat(d.select("svg[id^=chart-]")).hasSize(3);
    }

    @Test
    void pdfLeavesOutTheDetailTables() throws Exception {
        String html = render(true);
        assertWellFormed(html);
        Document d = Jsoup.parse(html);
        assertThat(d.getElementById("sla-overall-met-pct").text()).isEqualTo("66.7%");
        assertThat(d.getElementById("sla-breached-calls")).isNull();
        assertThat(d.getElementById("sla-by-category")).isNull();
        assertThat(d.select("#sla-by-priority tbody tr")).hasSize(5);
        // Eleven columns fit the page at fixed widths (the last one once ran off it), which add up to 100%.
        assertThat(d.getElementById("sla-by-priority").hasClass("sla-pack")).isTrue();
        assertThat(d.select("#sla-by-priority thead th")).hasSize(11);
        // 66.7% now, 50.0% before: +16.7 points; 7 calls against 3: +4.
        assertThat(d.select("#sla-comparison tbody tr").eachText())
                .contains(
                        "Resolved within target 66.7% 50.0% +16.7 points",
                        "Calls logged 7 3 +4", "Open at the end 2 2 0");
    }

    @Test
    void anEmptyLogStillRendersAndDraws() throws Exception {
        SlaSection none = SlaSection.of(SlaAnalysis.analyse(
                IncidentLog.empty(),
                SlaAnalysisTest.MARCH,
                BankHolidayRegion.ENGLAND_AND_WALES,
                true,
                AssetRegister.empty()));
        for (boolean pdf : new boolean[] {true, false}) {
            String html = render(none, pdf);
            assertWellFormed(html);
            Document d = Jsoup.parse(html);
            // Nothing to judge: the headline says so, and no "Of the 0 incidents ... –" sentence follows it.
            assertThat(d.getElementById("sla-headline").text()).contains("No incidents or requests were logged");
            assertThat(d.getElementById("sla-calls")).isNull();
            assertThat(d.getElementById("sla-overall-met-pct")).isNull();
            assertThat(d.getElementById("sla-comparison")).isNull();
        }
        assertThat(Jsoup.parse(render(none, false)).text())
                .contains("No call breached its response or resolution target.");
        for (Chart c : none.charts()) {
            BufferedImage img = new BufferedImage(c.width(), c.height(), BufferedImage.TYPE_INT_RGB);
            c.chart().draw(img.createGraphics(), new Rectangle2D.Double(0, 0, c.width(), c.height()));
        }
    }

    static String render(boolean pdf) throws Exception {
        return render(SECTION, pdf);
    }

    /** Renders sections/sla.ftlh as the page does (see {@link uk.ictreview.report.SectionPages}). */
    static String render(SlaSection section, boolean pdf) throws Exception {
        return uk.ictreview.report.SectionPages.render(section, pdf);
    }

    private static void assertWellFormed(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }
}
