package uk.ictreview.report.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.ictreview.analyse.sla.Backlog;
import uk.ictreview.analyse.sla.GroupFigures;
import uk.ictreview.analyse.sla.PeriodFigures;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.analyse.sla.Verdict;
import uk.ictreview.analyse.sla.WorkMix;
import uk.ictreview.model.ServiceLevel;
import uk.ictreview.report.Format;
import uk.ictreview.report.csv.CsvTable;

/** One CSV table per table of figures of the section; numbers plain (no % sign), dates ISO, blank for none. */
final class SlaTables {
    private SlaTables() {}

    static List<CsvTable> all(SlaResult r) {
        PeriodFigures f = r.current();
        List<CsvTable> out = new ArrayList<>();
        out.add(byPriority(r));
        out.add(backlog(f.backlog()));
        out.add(weekly(f));
        out.add(groups("sla-by-category", "Category", f.byCategory()));
        out.add(groups("sla-by-location", "Location", f.byLocation()));
        out.add(groups("sla-escalated-by-supplier", "Supplier", f.escalation().bySupplier()));
        out.add(calls("sla-breached-calls", f.breached()));
        out.add(calls("sla-calls", f.verdicts()));
        out.add(candidates(f));
        out.add(workMix(f.workMix()));
        return out;
    }

    static CsvTable byPriority(SlaResult r) {
        List<List<String>> rows = new ArrayList<>();
        List<SlaFigures> all = new ArrayList<>(r.current().byPriority());
        all.add(r.current().overall());
        for (SlaFigures p : all) {
            ServiceLevel t = r.targets().stream()
                    .filter(s -> s.priority().name().equals(p.priority()))
                    .findFirst()
                    .orElse(null);
            List<String> row = new ArrayList<>(List.of(
                    p.priority(),
                    t == null ? "" : Format.hours(t.responseTargetMinutes()),
                    t == null ? "" : Format.hours(t.resolutionTargetMinutes())));
            row.addAll(countCells(p));
            row.addAll(List.of(
                    Format.plain(p.medianResolutionHours()),
                    Format.plain(p.p90ResolutionHours()),
                    "" + p.responsePending(),
                    Format.plain(p.responseMetPct()),
                    Format.plain(p.responseMetPctLow()),
                    Format.plain(p.responseMetPctHigh())));
            rows.add(row);
        }
        return new CsvTable(
                "sla-by-priority",
                List.of(
                        "Priority",
                        "Response target (h)",
                        "Resolution target (h)",
                        "Calls",
                        "Response met",
                        "Response breached",
                        "Resolution met",
                        "Resolution breached",
                        "Pending",
                        "Resolution met (%)",
                        "95% low (%)",
                        "95% high (%)",
                        "Median resolution (h)",
                        "90th percentile (h)",
                        "Response pending",
                        "Response met (%)",
                        "Response 95% low (%)",
                        "Response 95% high (%)"),
                rows);
    }

    static CsvTable backlog(Backlog b) {
        return new CsvTable(
                "sla-backlog",
                List.of("Age (days)", "Open calls"),
                List.of(
                        List.of("0-7", "" + b.days0to7()),
                        List.of("8-30", "" + b.days8to30()),
                        List.of("31-90", "" + b.days31to90()),
                        List.of("Over 90", "" + b.daysOver90()),
                        List.of("All", "" + b.open())));
    }

    static CsvTable weekly(PeriodFigures f) {
        List<List<String>> rows = new ArrayList<>();
        f.weekly()
                .weeks()
                .forEach(w -> rows.add(List.of(
                        w.monday().toString(),
                        "" + w.calls(),
                        w.whole() ? "Y" : "N",
                        "" + w.openDays(),
                        w.inTrend() ? "Y" : "N")));
        return new CsvTable(
                "sla-calls-per-week", List.of("Week starting", "Calls", "Whole week", "Open days", "In trend"), rows);
    }

    static CsvTable groups(String name, String what, List<GroupFigures> gs) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupFigures g : gs) {
            rows.add(List.of(
                    g.name(),
                    "" + g.calls(),
                    "" + g.met(),
                    "" + g.breached(),
                    "" + g.pending(),
                    Format.plain(g.metPct()),
                    Format.plain(g.medianResolutionHours())));
        }
        return new CsvTable(
                name,
                List.of(
                        what,
                        "Calls",
                        "Resolution met",
                        "Resolution breached",
                        "Pending",
                        "Resolution met (%)",
                        "Median resolution (h)"),
                rows);
    }

    /** Judged calls with their support times: with every call, MEDIAN and PERCENTILE.INC can be redone in Excel. */
    static CsvTable calls(String name, List<Verdict> vs) {
        return CsvTable.of(
                name,
                List.of(
                        "Ref",
                        "Priority",
                        "Type",
                        "Category",
                        "Location",
                        "Logged",
                        "Responded",
                        "Resolved",
                        "On hold (h)",
                        "Response (support h)",
                        "Response (support min)",
                        "Response",
                        "Resolution (support h)",
                        "Resolution (support min)",
                        "Resolution",
                        "Open so far (support min)"),
                vs,
                SlaTables::callRow);
    }

    /**
     * Dates ISO; the exact minutes beside the rounded hours, so Excel gives the report's medians to the digit. A call
     * still open at the period end has no resolution time: its resolution cells stay blank (so MEDIAN over the
     * column is the report's median) and the support time gone so far is in the last column.
     */
    private static List<String> callRow(Verdict v) {
        var c = v.call();
        boolean open = v.resolvedAt() == null;
        return List.of(
                c.ref(),
                c.priority().name(),
                c.type().label(),
                c.category(),
                c.location() == null ? "" : c.location(),
                c.logged().toString(),
                v.respondedAt() == null ? "" : v.respondedAt().toString(),
                open ? "" : v.resolvedAt().toString(),
                Format.hours(c.onHoldMinutes()),
                Format.hours(v.responseMinutes()),
                "" + v.responseMinutes(),
                v.response().name().toLowerCase(Locale.ROOT),
                open ? "" : Format.hours(v.resolutionMinutes()),
                open ? "" : "" + v.resolutionMinutes(),
                v.resolution().name().toLowerCase(Locale.ROOT),
                open ? "" + v.resolutionMinutes() : "");
    }

    static CsvTable candidates(PeriodFigures f) {
        List<List<String>> rows = new ArrayList<>();
        f.candidateProblems()
                .forEach(c -> rows.add(List.of(
                        c.assetTag(),
                        c.type() == null ? "" : c.type(),
                        c.location() == null ? "" : c.location(),
                        c.inRegister() ? "Y" : "N",
                        "" + c.calls(),
                        String.join(" ", c.refs()))));
        return new CsvTable(
                "sla-candidate-problems",
                List.of("Asset tag", "Type", "Location", "In register", "Calls", "Refs"),
                rows);
    }

    static CsvTable workMix(WorkMix m) {
        return new CsvTable(
                "sla-work-mix",
                List.of("Type", "Calls"),
                List.of(
                        List.of("Incident", "" + m.incidents()),
                        List.of("Request", "" + m.requests()),
                        List.of("Problem", "" + m.problems()),
                        List.of("Change", "" + m.changes()),
                        List.of("Maintenance", "" + m.maintenance())));
    }

    /**
     * The cells every SLA CSV gives a group of calls in this order (sla-by-priority, sla-terms): calls, responses
     * met and breached, resolutions met and breached, pending, and the share resolved within target with its range.
     */
    static List<String> countCells(SlaFigures f) {
        return List.of(
                "" + f.calls(),
                "" + f.responseMet(),
                "" + f.responseBreached(),
                "" + f.resolutionMet(),
                "" + f.resolutionBreached(),
                "" + f.pending(),
                Format.plain(f.resolutionMetPct()),
                Format.plain(f.resolutionMetPctLow()),
                Format.plain(f.resolutionMetPctHigh()));
    }
}
