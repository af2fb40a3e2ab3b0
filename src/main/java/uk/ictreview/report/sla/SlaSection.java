package uk.ictreview.report.sla;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ictreview.analyse.sla.PeriodFigures;
import uk.ictreview.analyse.sla.SlaAnalysis;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.model.PackSettings;
import uk.ictreview.model.Priority;
import uk.ictreview.model.ServiceLevel;
import uk.ictreview.report.AreaInput;
import uk.ictreview.report.Format;
import uk.ictreview.report.ReportSection;
import uk.ictreview.report.Status;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;
import uk.ictreview.report.sla.SlaRows.BreachRow;
import uk.ictreview.report.sla.SlaRows.CandidateRow;
import uk.ictreview.report.sla.SlaRows.GroupRow;
import uk.ictreview.report.sla.SlaRows.PriorityRow;
import uk.ictreview.report.sla.SlaRows.WeekRow;

/**
 * The service-levels section (SPEC 5, 7, 8): built once from the analysis, everything already formatted, so the
 * HTML, the PDF pack, figures.json and the CSV files show the same numbers. The template is
 * {@code sections/sla.ftlh}; {@code priorities} ends with the "All" row.
 */
public record SlaSection(
        SlaResult result,
        BigDecimal goalPct,
        String headline,
        List<PriorityRow> priorities,
        String previousSentence,
        String trendSentence,
        String escalationSentence,
        String workMixSentence,
        String reopenSentence,
        String candidateSentence,
        List<WeekRow> weeks,
        List<GroupRow> categories,
        List<GroupRow> locations,
        List<GroupRow> suppliers,
        List<BreachRow> breaches,
        List<CandidateRow> candidates,
        List<Chart> charts,
        List<String> methodNotes,
        SlaTerms terms)
        implements ReportSection {
    /** The share of calls the school aims to resolve within target, when it has set none: 90%. */
    public static final BigDecimal DEFAULT_GOAL_PCT = BigDecimal.valueOf(90);

    public static final String ID = "sla";

    /**
     * The web page lists at most this many breached calls and candidate problems; the rest are
     * in the CSV files beside it, which hold every one. A school's year has a few hundred breaches at most; a
     * trust's shared desk can have tens of thousands in a term, a page no browser scrolls (35,619 rows were 10 MB).
     */
    public static final int LISTED_AT_MOST = 1_000;

    static final String BREACHES_CSV = "sla-breached-calls.csv";
    static final String CANDIDATES_CSV = "sla-candidate-problems.csv";

    public SlaSection {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(goalPct, "goalPct");
        priorities = List.copyOf(priorities);
        weeks = List.copyOf(weeks);
        categories = List.copyOf(categories);
        locations = List.copyOf(locations);
        suppliers = List.copyOf(suppliers);
        breaches = List.copyOf(breaches);
        candidates = List.copyOf(candidates);
        charts = List.copyOf(charts);
        methodNotes = List.copyOf(methodNotes);
        Objects.requireNonNull(terms, "terms");
    }

    /** The section of the school's data (see {@link uk.ictreview.report.Sections}). */
    public static SlaSection build(AreaInput in) {
        PackSettings s = in.data().settings();
        return of(SlaAnalysis.analyse(
                in.data().incidents(),
                in.period(),
                s.bankHolidays(),
                s.comparePrevious(),
                in.data().assets()));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Service levels";
    }

    public static SlaSection of(SlaResult r) {
        return of(r, DEFAULT_GOAL_PCT);
    }

    public static SlaSection of(SlaResult r, BigDecimal goal) {
        PeriodFigures f = r.current();
        SlaTerms terms = SlaTerms.of(r.terms(), goal);
        List<PriorityRow> rows = new ArrayList<>();
        for (SlaFigures p : f.byPriority()) {
            rows.add(PriorityRow.of(p, target(r, Priority.valueOf(p.priority())), goal));
        }
        rows.add(PriorityRow.of(f.overall(), null, goal));
        List<Chart> charts = new ArrayList<>(SlaCharts.all(f, chartLabels(rows), goal));
        charts.add(terms.chart());
        return new SlaSection(
                r,
                goal,
                SlaText.headline(r) + SlaText.belowGoal(rows, goal),
                rows,
                previous(r),
                SlaText.trend(f.weekly()),
                SlaText.escalation(f.escalation()),
                SlaText.workMix(f.workMix()),
                SlaText.reopen(f),
                SlaText.candidates(f.candidateProblems()),
                WeekRow.of(f.weekly()),
                GroupRow.of(f.byCategory()),
                GroupRow.of(f.byLocation()),
                GroupRow.of(f.escalation().bySupplier()),
                f.breached().stream().limit(LISTED_AT_MOST).map(BreachRow::of).toList(),
                f.candidateProblems().stream()
                        .limit(LISTED_AT_MOST)
                        .map(CandidateRow::of)
                        .toList(),
                charts,
                SlaText.methodNotes(r, goal),
                terms);
    }

    /** The priorities' short names for the chart's axis: "P1 Critical", ..., and "All" for the overall row. */
    static List<String> chartLabels(List<PriorityRow> rows) {
        return rows.stream()
                .map(p -> p.responseTarget().isEmpty() ? "All" : p.label())
                .toList();
    }

    private static ServiceLevel target(SlaResult r, Priority p) {
        return r.targets().stream().filter(t -> t.priority() == p).findFirst().orElseThrow();
    }

    private static String previous(SlaResult r) {
        if (r.previous() == null) {
            return r.previousNote();
        }
        SlaFigures o = r.previous().overall();
        return "Previous period (" + Format.longDate(r.previous().period().from()) + " to "
                + Format.longDate(r.previous().period().to())
                + "): " + Format.count(o.calls(), "call", "calls") + ", " + Format.pct(o.resolutionMetPct())
                + " resolved within target, "
                + Format.count(r.previous().backlog().open(), "call", "calls")
                + " open at its end.";
    }

    /** The title of the breached-calls list, e.g. "138 calls breached their response or resolution target (…)". */
    public String breachesTitle() {
        return SlaText.breachesTitle(result.current());
    }

    /** When the page lists only the first breached calls, the sentence that says so; else empty. */
    public String breachesCut() {
        return cut(result.current().breached().size(), "breached calls, in log order,", BREACHES_CSV);
    }

    /** When the page lists only the first candidate problems, the sentence that says so; else empty. */
    public String candidatesCut() {
        return cut(result.current().candidateProblems().size(), "assets, most calls first,", CANDIDATES_CSV);
    }

    private static String cut(int all, String what, String csv) {
        if (all <= LISTED_AT_MOST) {
            return "";
        }
        return "The first " + Format.whole(LISTED_AT_MOST) + " of the " + Format.whole(all) + " " + what
                + " are listed here; " + csv + ", beside this page, holds every one.";
    }

    /** How many calls make an asset a candidate problem: 3. */
    public int candidateThreshold() {
        return uk.ictreview.analyse.sla.CandidateProblem.THRESHOLD;
    }

    /** The overall percentage met, e.g. "87.5%", or a dash. */
    public String overallMetPct() {
        return Format.pct(result.current().overall().resolutionMetPct());
    }

    /**
     * The worst of the overall share and each priority with enough judged calls (see {@link SlaStatus}), or not
     * judged when no call was.
     */
    @Override
    public Status status() {
        return slaStatus().status();
    }

    /**
     * The rule behind {@link #status()} in plain words for the badge's small print: which share set it, then the
     * rule; when nothing was judged, why there is no status.
     */
    @Override
    public String statusRule() {
        return slaStatus().rule(goalPct);
    }

    private SlaStatus slaStatus() {
        List<String> labels = priorities.stream().map(PriorityRow::label).toList();
        return SlaStatus.of(result.current(), goalPct, p -> labelOf(p.priority(), labels));
    }

    /** "P1 Critical" (the school's own name for the priority, as the table shows it). */
    private static String labelOf(String code, List<String> labels) {
        return labels.stream().filter(l -> l.startsWith(code + " ")).findFirst().orElse(code);
    }

    /** The statistic behind {@link #trendSentence()}, for small print, or "". */
    public String trendStatistic() {
        return SlaText.trendStatistic(result.current().weekly());
    }

    /** The share resolved within target against the previous period, or why there is no comparison. */
    @Override
    public String change() {
        return comparison().stream()
                .filter(row -> row.what().equals("Resolved within target"))
                .findFirst()
                .map(row -> "Previous period: " + row.before() + " resolved within target (" + row.change() + ").")
                .orElse("No previous period of equal length in the log to compare with.");
    }

    /** This period against the previous one, or empty when there is no comparison. */
    public List<SlaRows.ComparisonRow> comparison() {
        return result.previous() == null ? List.of() : SlaRows.ComparisonRow.of(result.current(), result.previous());
    }

    public uk.ictreview.analyse.sla.Backlog backlog() {
        return result.current().backlog();
    }

    public Chart metChart() {
        return charts.get(0);
    }

    public Chart weeklyChart() {
        return charts.get(1);
    }

    public Chart backlogChart() {
        return charts.get(2);
    }

    @Override
    public void writeJson(JsonWriter w) {
        SlaJson.write(w, result, goalPct);
    }

    @Override
    public List<CsvTable> tables() {
        List<CsvTable> all = new ArrayList<>(SlaTables.all(result));
        all.add(SlaTerms.table(result.terms()));
        return all;
    }
}
