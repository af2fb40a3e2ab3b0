package uk.ictreview.report.trust;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.ictreview.analyse.sla.Stats;
import uk.ictreview.analyse.standards.Area;
import uk.ictreview.analyse.standards.Judgement;
import uk.ictreview.report.Format;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;

/**
 * The trust-wide comparison that {@code build-all} writes beside the schools' own packs: one line per school
 * with the headline figures of its report, and the trust's totals. Every figure is either a school's own (the
 * same number as in its figures.json) or a sum of them; the one derived figure, the trust's share of calls
 * resolved within target, pools the schools' calls (total met / total judged), so a small school does not
 * count as much as a large one.
 */
public record TrustReport(String trust, LocalDate builtOn, String version, List<SchoolRow> rows) {

    public TrustReport {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(builtOn, "builtOn");
        rows = List.copyOf(rows);
    }

    public String builtOnLabel() {
        return Format.longDate(builtOn);
    }

    public List<SchoolRow> built() {
        return rows.stream().filter(SchoolRow::isBuilt).toList();
    }

    public List<SchoolRow> notBuilt() {
        return rows.stream().filter(r -> !r.isBuilt()).toList();
    }

    public int judged() {
        return built().stream().mapToInt(r -> r.figures().judged()).sum();
    }

    public int met() {
        return built().stream().mapToInt(r -> r.figures().met()).sum();
    }

    public int calls() {
        return built().stream().mapToInt(r -> r.figures().calls()).sum();
    }

    /** Calls resolved within target over calls judged, across every school built, to one decimal; null if none. */
    public BigDecimal metPct() {
        return Stats.pct(met(), judged());
    }

    /** The 95% Wilson interval of {@link #metPct()}, {low, high}, or null. */
    public BigDecimal[] metPctInterval() {
        return Stats.wilson(met(), judged());
    }

    public int openAtEnd() {
        return built().stream().mapToInt(r -> r.figures().openAtEnd()).sum();
    }

    public int openOver90Days() {
        return built().stream().mapToInt(r -> r.figures().openOver90Days()).sum();
    }

    /** True when the schools built plan over different numbers of years, so their plan costs are not like for like. */
    public boolean horizonsDiffer() {
        return built().stream().map(r -> r.figures().horizonYears()).distinct().count() > 1;
    }

    public int overdueUnits() {
        return built().stream().mapToInt(r -> r.figures().overdueUnits()).sum();
    }

    public BigDecimal overdueCost() {
        return sum(built().stream().map(r -> r.figures().overdueCost()).toList());
    }

    public BigDecimal planCost() {
        return sum(built().stream().map(r -> r.figures().planCost()).toList());
    }

    public int skillsUncovered() {
        return built().stream().mapToInt(r -> r.figures().skillsUncovered()).sum();
    }

    /** The distinct periods of the schools built, in order of first appearance. */
    public List<String> periods() {
        Set<String> p = new LinkedHashSet<>();
        built().forEach(r -> p.add(r.figures().periodLabel()));
        return List.copyOf(p);
    }

    /**
     * True when every school built plans over the same financial years (same start month, same first year, same
     * horizon), so a year's costs can be added up across the trust; a year like "2026-27" means different
     * months to a school whose year starts in April and one whose year starts in September.
     */
    public boolean sameYears() {
        Set<String> shapes = new LinkedHashSet<>();
        built().forEach(r -> shapes.add(
                r.figures().financialYearStart() + " " + r.figures().yearCosts().keySet()));
        return shapes.size() <= 1;
    }

    /** The plan years when {@link #sameYears()}, else empty. */
    public List<String> years() {
        if (!sameYears() || built().isEmpty()) {
            return List.of();
        }
        return List.copyOf(built().get(0).figures().yearCosts().keySet());
    }

    /** The trust's plan cost in each year of {@link #years()}. */
    public Map<String, BigDecimal> yearTotals() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (String y : years()) {
            totals.put(
                    y,
                    sum(built().stream()
                            .map(r -> r.figures().yearCosts().get(y))
                            .toList()));
        }
        return totals;
    }

    /** One headline sentence for the top of the page. */
    public String headline() {
        StringBuilder s = new StringBuilder();
        int n = rows.size();
        s.append(count(built().size(), "school")).append(" of ").append(n).append(" built");
        if (built().isEmpty()) {
            return s.append('.').toString();
        }
        BigDecimal pct = metPct();
        if (pct != null) {
            s.append("; across them ")
                    .append(pct.toPlainString())
                    .append("% of calls were resolved within target (")
                    .append(whole(met()))
                    .append(" of ")
                    .append(whole(judged()))
                    .append(" judged)");
        }
        s.append(", and replacing equipment on policy will cost ")
                .append(pounds(planCost()))
                .append(
                        horizonsDiffer()
                                ? " over the schools' plans (which cover different numbers of years)."
                                : " over the schools' plans.");
        return s.toString();
    }

    /** The chart of each school's share of calls resolved within target. */
    public Chart metChart() {
        return TrustChart.metBySchool(built());
    }

    /** comparison.csv: one row per school, figures plain (pence, one decimal), for a spreadsheet. */
    public CsvTable table() {
        List<String> headers = new ArrayList<>(List.of(
                "Folder",
                "School",
                "State",
                "From",
                "To",
                "Calls",
                "Judged",
                "Resolved within target",
                "Within target %",
                "95% low",
                "95% high",
                "Service levels status",
                "Open at period end",
                "Open over 90 days",
                "Plan cost",
                "Budget",
                "Budget set for every year",
                "Overdue devices",
                "Overdue cost",
                "Refresh status",
                "Skills needed",
                "Skills not covered",
                "Single points of knowledge",
                "Support FTE",
                "Competences status",
                "Standards status",
                "Broadband internet",
                "Network switching",
                "Wireless network",
                "Cyber security",
                "Filtering and monitoring",
                "Digital leadership and governance",
                "Data errors",
                "Data warnings",
                "Rows left out",
                "Problem"));
        List<List<String>> out = new ArrayList<>();
        for (SchoolRow r : rows) {
            List<String> row = new ArrayList<>();
            row.add(r.folder());
            row.add(r.school() == null ? "" : r.school());
            row.add(r.state());
            SchoolRow.Figures f = r.figures();
            if (f == null) {
                for (int i = 0; i < headers.size() - 4; i++) {
                    row.add("");
                }
            } else {
                row.add(f.from().toString());
                row.add(f.to().toString());
                row.add(Integer.toString(f.calls()));
                row.add(Integer.toString(f.judged()));
                row.add(Integer.toString(f.met()));
                row.add(plain(f.metPct()));
                row.add(plain(f.metPctLow()));
                row.add(plain(f.metPctHigh()));
                row.add(f.slaStatus().key());
                row.add(Integer.toString(f.openAtEnd()));
                row.add(Integer.toString(f.openOver90Days()));
                row.add(pence(f.planCost()));
                row.add(pence(f.budget()));
                row.add(f.budgetForEveryYear() ? "yes" : "no");
                row.add(Integer.toString(f.overdueUnits()));
                row.add(pence(f.overdueCost()));
                row.add(f.refreshStatus().key());
                row.add(Integer.toString(f.skillsNeeded()));
                row.add(Integer.toString(f.skillsUncovered()));
                row.add(Integer.toString(f.singlePoints()));
                row.add(plain(f.supportFte()));
                row.add(f.skillsStatus().key());
                row.add(f.standardsStatus().key());
                for (Area a : CORE) {
                    Judgement j = f.core(a.key());
                    row.add(j == null ? "" : j.key());
                }
                row.add(Long.toString(f.dataErrors()));
                row.add(Long.toString(f.dataWarnings()));
                row.add(Long.toString(f.rowsSkipped()));
            }
            row.add(r.problem() == null ? "" : r.problem());
            out.add(row);
        }
        return new CsvTable("comparison", headers, out);
    }

    /** The six core standards, in the DfE's order: the comparison's columns and the trust's counts. */
    public static final List<Area> CORE =
            java.util.Arrays.stream(Area.values()).filter(Area::core).toList();

    public List<Area> coreStandards() {
        return CORE;
    }

    /** How many built schools meet a core standard (every line of it met). */
    public long meeting(Area a) {
        return built().stream()
                .filter(r -> r.figures().core(a.key()) == Judgement.MET)
                .count();
    }

    /** How many built schools' packs judge the standards (standards: none leaves a school out). */
    public long standardsJudged() {
        return built().stream()
                .filter(r -> !r.figures().coreStandards().isEmpty())
                .count();
    }

    /**
     * A table's money: whole pounds, half-up ({@code £1,235}), or an en dash for none, as on the packs' pages; the
     * CSV keeps the pence (issue 12).
     */
    public static String money(BigDecimal amount) {
        return Format.pounds(amount);
    }

    /** Whole pounds for a sentence, half-up: {@code £641,018} (the packs' own format). */
    public static String pounds(BigDecimal amount) {
        return Format.pounds(amount);
    }

    /** {@code 1,234}. */
    public static String whole(long n) {
        return Format.whole(n);
    }

    /** {@code 90.4%}, or an en dash for none. */
    public static String pct(BigDecimal p) {
        return Format.pct(p);
    }

    private static String count(int n, String noun) {
        return Format.count(n, noun, noun + "s");
    }

    private static String plain(BigDecimal n) {
        return Format.plain(n);
    }

    private static String pence(BigDecimal n) {
        return Format.csvPence(n);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
