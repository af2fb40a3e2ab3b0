package uk.ictreview.report.sla;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ictreview.analyse.Terms;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.TermFigures;
import uk.ictreview.analyse.sla.TermHistory;
import uk.ictreview.analyse.sla.TermTrend;
import uk.ictreview.report.Format;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;

/**
 * The service-levels section's term-by-term part (docs/rules-sla.md, "Term by term"): one row per term the log
 * covers, ending with the period; the chart of the share within target per term; whether the change is more than
 * chance, in plain words ({@code sentence}) and as the statistic ({@code statistic}, small print; empty when no
 * test could be made). Kept apart from the rest of the section, which it only reads.
 */
public record SlaTerms(List<TermRow> rows, String sentence, String statistic, Chart chart) {
    /** One term: its name, its dates, and the figures of the table, formatted. */
    public record TermRow(
            String term,
            String span,
            int calls,
            String metPct,
            String interval,
            String responseMetPct,
            String median,
            String p90,
            int openAtEnd) {
        static TermRow of(TermFigures t, boolean period) {
            SlaFigures f = t.overall();
            return new TermRow(
                    label(t, period),
                    Format.date(t.span().from()) + " to " + Format.date(t.span().to()),
                    f.calls(),
                    Format.pct(f.resolutionMetPct()),
                    Format.interval(f.resolutionMetPctLow(), f.resolutionMetPctHigh()),
                    Format.pct(f.responseMetPct()),
                    Format.num(f.medianResolutionHours()),
                    Format.num(f.p90ResolutionHours()),
                    t.openAtEnd());
        }
    }

    public SlaTerms {
        rows = List.copyOf(rows);
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(chart, "chart");
    }

    static SlaTerms of(TermHistory h, BigDecimal goal) {
        List<TermRow> rows = new ArrayList<>();
        for (TermFigures t : h.terms()) {
            rows.add(TermRow.of(t, t == h.current()));
        }
        return new SlaTerms(rows, sentence(h), statistic(h.trend()), SlaTermsChart.of(h, goal));
    }

    /** "Autumn 2025" for a whole term; "This period" for the period, which need not be a whole term. */
    static String label(TermFigures t, boolean period) {
        return period ? "This period" : Terms.name(t.span().from());
    }

    /** Whether the change is more than chance, in words a governor reads without the statistic. */
    static String sentence(TermHistory h) {
        if (h.terms().size() == 1) {
            return "The incident log does not reach back over a whole earlier term, so there is no earlier term to"
                    + " compare this period with.";
        }
        TermTrend t = h.trend();
        List<TermFigures> judged =
                h.terms().stream().filter(x -> x.judged() > 0).toList();
        if (t == null) {
            return judged.size() < 2
                    ? "Fewer than two terms have calls judged against their targets, so no change can be measured."
                    : "Every judged call of every term had the same outcome, so there is no change to test.";
        }
        TermFigures first = judged.get(0);
        TermFigures last = judged.get(judged.size() - 1);
        String moved = "The share of calls resolved within target went from "
                + Format.pct(first.overall().resolutionMetPct()) + " in " + label(first, first == h.current())
                + " to " + Format.pct(last.overall().resolutionMetPct()) + " in "
                + (last == h.current() ? "this period" : label(last, false)) + ".";
        String over = " Over the " + Format.words(t.terms()) + " terms, ";
        if (!t.significant()) {
            return moved + over + "the change is no more than chance would give with these numbers of calls: not yet"
                    + " a sign that service is getting better or worse.";
        }
        return moved + over + "the share " + (t.rising() ? "rises" : "falls")
                + " by more than chance would explain: service is getting " + (t.rising() ? "better." : "worse.");
    }

    /** The statistic behind {@link #sentence}, for the small print; empty when no test was made. */
    static String statistic(TermTrend t) {
        if (t == null) {
            return "";
        }
        return "Cochran-Armitage test for trend over " + t.terms() + " terms: z = " + Format.statistic(t.z()) + ", p = "
                + Format.pValue(t.pValue()) + " (more than chance when p is below 0.05).";
    }

    /** figures.json's {@code sla.terms[]} and {@code sla.termTrend}. */
    static void writeJson(JsonWriter w, TermHistory h) {
        w.name("terms").beginArray();
        for (TermFigures t : h.terms()) {
            w.beginObject();
            w.name("term").value(label(t, t == h.current()));
            w.name("from").value(t.span().from().toString());
            w.name("to").value(t.span().to().toString());
            SlaJson.figures(w, t.overall());
            w.name("openAtEnd").value(t.openAtEnd());
            w.endObject();
        }
        w.endArray();
        w.name("termTrend");
        TermTrend tt = h.trend();
        if (tt == null) {
            w.value((String) null);
        } else {
            w.beginObject();
            w.name("terms").value(tt.terms());
            w.name("z").value(tt.z(), 4);
            w.name("pValue").value(tt.pValue(), 4);
            w.name("significant").value(tt.significant());
            w.endObject();
        }
    }

    /** {@code sla-terms.csv}: the table's figures, unrounded counts beside the percentages. */
    static CsvTable table(TermHistory h) {
        List<List<String>> rows = new ArrayList<>();
        for (TermFigures t : h.terms()) {
            SlaFigures f = t.overall();
            List<String> row = new ArrayList<>(List.of(
                    label(t, t == h.current()),
                    t.span().from().toString(),
                    t.span().to().toString()));
            row.addAll(SlaTables.countCells(f));
            row.addAll(List.of(
                    Format.plain(f.responseMetPct()),
                    Format.plain(f.medianResolutionHours()),
                    Format.plain(f.p90ResolutionHours()),
                    "" + t.openAtEnd()));
            rows.add(row);
        }
        return new CsvTable(
                "sla-terms",
                List.of(
                        "Term",
                        "From",
                        "To",
                        "Calls",
                        "Response met",
                        "Response breached",
                        "Resolution met",
                        "Resolution breached",
                        "Pending",
                        "Resolution met (%)",
                        "95% low (%)",
                        "95% high (%)",
                        "Response met (%)",
                        "Median resolution (h)",
                        "90th percentile (h)",
                        "Open at end"),
                rows);
    }
}
