package uk.ictreview.report.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ictreview.model.EarlierPack;
import uk.ictreview.model.PackHistory;
import uk.ictreview.model.Period;
import uk.ictreview.report.AreaInput;
import uk.ictreview.report.Format;
import uk.ictreview.report.ReportSection;
import uk.ictreview.report.Status;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;

/**
 * The figures over time (issue 13, docs/rules-report.md "Earlier packs"): one row per earlier pack of the school
 * found in the output folder whose period ended before this one began, oldest first, then this pack. Not judged:
 * it shows where each area's headline figure has been, the areas' own sections judge them. {@code history} is what
 * the build found ({@link PackHistory#NOT_SEARCHED} where it could not look); {@code current} is this pack's row.
 */
public record HistorySection(PackHistory history, EarlierPack current) implements ReportSection {
    public static final String ID = "history";

    /** One row of the table, formatted. */
    public record Row(
            String pack,
            String period,
            String slaMetPct,
            String shortfall,
            String overdue,
            String skillsCovered,
            String singlePoints,
            String standardsMet) {
        static Row of(EarlierPack p, String name) {
            return new Row(
                    name,
                    Format.date(p.period().from()) + " to "
                            + Format.date(p.period().to()),
                    Format.pct(p.slaMetPct()),
                    p.refreshShortfall() == null ? Format.NONE : Format.money(p.refreshShortfall()),
                    p.refreshOverdueUnits() == null
                            ? Format.NONE
                            : Format.whole(p.refreshOverdueUnits())
                                    + (p.refreshOverdueCost() == null
                                            ? ""
                                            : " (" + Format.money(p.refreshOverdueCost()) + ")"),
                    of(p.skillsCovered(), p.skillsTotal()),
                    p.singlePoints() == null ? Format.NONE : Format.whole(p.singlePoints()),
                    of(p.standardsMet(), p.standardsTotal()));
        }

        private static String of(Integer part, Integer whole) {
            return part == null ? Format.NONE : Format.whole(part) + " of " + Format.whole(whole);
        }
    }

    public HistorySection {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(current, "current");
    }

    /** The section of the school's earlier packs and of the sections built before it. */
    public static HistorySection build(AreaInput in, List<ReportSection> before) {
        return new HistorySection(in.earlier(), Headline.of("this pack", in.period(), before));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Over time";
    }

    @Override
    public String headline() {
        List<EarlierPack> packs = history.packs();
        if (!history.searched()) {
            return "Earlier packs could not be looked for: this report was built without an output folder.";
        }
        if (packs.isEmpty()) {
            return "No earlier pack of this school is in the output folder, so the figures over time start with this"
                    + " pack.";
        }
        return "Drawn from " + Format.count(packs.size(), "earlier pack", "earlier packs") + " in the output folder: "
                + Format.and(packs.stream().map(HistorySection::named).toList()) + ".";
    }

    /** "2025-09-01_2025-12-31 (1 September 2025 to 31 December 2025)". */
    private static String named(EarlierPack p) {
        return p.folder() + " (" + Format.longDate(p.period().from()) + " to "
                + Format.longDate(p.period().to()) + ")";
    }

    @Override
    public Status status() {
        return Status.NOT_JUDGED;
    }

    @Override
    public String statusRule() {
        return "No status: the figures over time are shown, not judged; each area's own section judges its figure.";
    }

    @Override
    public String change() {
        return "";
    }

    /** Earlier packs, oldest first, then this pack. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        history.packs().forEach(p -> rows.add(Row.of(p, p.folder())));
        rows.add(Row.of(current, "This pack"));
        return rows;
    }

    /** One sentence per earlier figures.json left out, and why. */
    public List<String> ignored() {
        return history.ignored();
    }

    @Override
    public List<Chart> charts() {
        return List.of();
    }

    @Override
    public void writeJson(JsonWriter w) {
        w.beginObject();
        w.name("searched").value(history.searched());
        w.name("packs").beginArray();
        for (EarlierPack p : history.packs()) {
            pack(w, p);
        }
        w.endArray();
        w.name("current");
        pack(w, current);
        w.name("ignored").beginArray();
        history.ignored().forEach(s -> w.value(s));
        w.endArray();
        w.endObject();
    }

    private static void pack(JsonWriter w, EarlierPack p) {
        w.beginObject();
        w.name("folder").value(p.folder());
        w.name("from").value(p.period().from().toString());
        w.name("to").value(p.period().to().toString());
        w.name("slaResolutionMetPct").value(p.slaMetPct());
        w.name("refreshShortfall").value(p.refreshShortfall());
        w.name("refreshOverdueUnits").value(number(p.refreshOverdueUnits()));
        w.name("refreshOverdueCost").value(p.refreshOverdueCost());
        w.name("skillsCovered").value(number(p.skillsCovered()));
        w.name("skillsTotal").value(number(p.skillsTotal()));
        w.name("singlePointsOfKnowledge").value(number(p.singlePoints()));
        w.name("standardsMet").value(number(p.standardsMet()));
        w.name("standardsTotal").value(number(p.standardsTotal()));
        w.endObject();
    }

    private static BigDecimal number(Integer n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }

    @Override
    public List<CsvTable> tables() {
        List<List<String>> rows = new ArrayList<>();
        List<EarlierPack> all = new ArrayList<>(history.packs());
        all.add(current);
        for (EarlierPack p : all) {
            rows.add(List.of(
                    p == current ? "This pack" : p.folder(),
                    p.period().from().toString(),
                    p.period().to().toString(),
                    Format.plain(p.slaMetPct()),
                    Format.plain(p.refreshShortfall()),
                    p.refreshOverdueUnits() == null ? "" : "" + p.refreshOverdueUnits(),
                    Format.plain(p.refreshOverdueCost()),
                    p.skillsCovered() == null ? "" : "" + p.skillsCovered(),
                    p.skillsTotal() == null ? "" : "" + p.skillsTotal(),
                    p.singlePoints() == null ? "" : "" + p.singlePoints(),
                    p.standardsMet() == null ? "" : "" + p.standardsMet(),
                    p.standardsTotal() == null ? "" : "" + p.standardsTotal()));
        }
        return List.of(new CsvTable(
                "history-packs",
                List.of(
                        "Pack",
                        "From",
                        "To",
                        "Resolved within target (%)",
                        "Refresh shortfall",
                        "Overdue replacements",
                        "Overdue cost",
                        "Skills covered",
                        "Skills",
                        "Single points of knowledge",
                        "Standards lines met",
                        "Standards lines"),
                rows));
    }

    @Override
    public List<String> methodNotes() {
        return List.of(
                "Figures over time: the build reads the figures.json of every earlier pack of this school in"
                        + " its output folder (out/<school>/<period>/) whose period ended before this one began, and shows"
                        + " their headline figures as they were written; nothing is kept anywhere else, so deleting the"
                        + " output folder deletes the history. A figures.json that cannot be read or is another school's is"
                        + " left out and named. The refresh shortfall is the cost of the years with a budget less those budgets, as the refresh section says it.");
    }

    /** For the template: this period, as the table's last row says it. */
    public Period period() {
        return current.period();
    }
}
