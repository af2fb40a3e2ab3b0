package uk.ictreview.report.sla;

import java.math.BigDecimal;
import java.util.List;
import uk.ictreview.analyse.sla.Backlog;
import uk.ictreview.analyse.sla.CandidateProblem;
import uk.ictreview.analyse.sla.Escalation;
import uk.ictreview.analyse.sla.GroupFigures;
import uk.ictreview.analyse.sla.PeriodFigures;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.analyse.sla.WeeklyVolume;
import uk.ictreview.analyse.sla.WorkMix;
import uk.ictreview.report.json.JsonWriter;

/**
 * The value of figures.json's {@code sla} key: first exactly the keys of SPEC 7 in its order, then extra keys
 * (response percentage, weekly volume, categories, locations, escalation, candidate problems, work mix,
 * reopen rate, the previous period and the change, the terms and their trend). No staff names.
 */
final class SlaJson {
    private SlaJson() {}

    static void write(JsonWriter w, SlaResult r, BigDecimal goal) {
        PeriodFigures f = r.current();
        w.beginObject();
        periodCore(w, f);
        w.name("goalMetPct").value(goal);
        w.name("weekly");
        weekly(w, f.weekly());
        w.name("byCategory");
        groups(w, f.byCategory());
        w.name("byLocation");
        groups(w, f.byLocation());
        w.name("escalated");
        escalation(w, f.escalation());
        w.name("candidateProblems");
        candidates(w, f.candidateProblems());
        w.name("workMix");
        workMix(w, f.workMix());
        w.name("reopenedCalls").value(f.reopenedCalls());
        w.name("reopenRatePct").value(f.reopenRatePct());
        previous(w, r);
        // Term by term (issue 13): its own keys, after every earlier one.
        SlaTerms.writeJson(w, r.terms());
        w.endObject();
    }

    private static void previous(JsonWriter w, SlaResult r) {
        w.name("previous");
        if (r.previous() == null) {
            w.value((String) null);
        } else {
            w.beginObject();
            w.name("from").value(r.previous().period().from().toString());
            w.name("to").value(r.previous().period().to().toString());
            periodCore(w, r.previous());
            w.endObject();
        }
        w.name("change").beginObject();
        w.name("resolutionMetPctPoints").value(r.metPctChange());
        w.name("calls")
                .value(
                        r.previous() == null
                                ? null
                                : BigDecimal.valueOf(
                                        (long) r.current().overall().calls()
                                                - r.previous().overall().calls()));
        w.endObject();
    }

    /** calls, byPriority, overall, backlog: the SPEC 7 keys. */
    static void periodCore(JsonWriter w, PeriodFigures f) {
        w.name("calls").value(f.overall().calls());
        w.name("byPriority").beginArray();
        for (SlaFigures p : f.byPriority()) {
            w.beginObject();
            w.name("priority").value(p.priority());
            figures(w, p);
            w.endObject();
        }
        w.endArray();
        w.name("overall").beginObject();
        figures(w, f.overall());
        w.endObject();
        w.name("backlog");
        backlog(w, f.backlog());
    }

    static void figures(JsonWriter w, SlaFigures p) {
        w.name("calls").value(p.calls());
        w.name("responseMet").value(p.responseMet());
        w.name("responseBreached").value(p.responseBreached());
        w.name("resolutionMet").value(p.resolutionMet());
        w.name("resolutionBreached").value(p.resolutionBreached());
        w.name("pending").value(p.pending());
        w.name("resolutionMetPct").value(p.resolutionMetPct());
        w.name("resolutionMetPctLow").value(p.resolutionMetPctLow());
        w.name("resolutionMetPctHigh").value(p.resolutionMetPctHigh());
        w.name("medianResolutionHours").value(p.medianResolutionHours());
        w.name("p90ResolutionHours").value(p.p90ResolutionHours());
        w.name("responseMetPct").value(p.responseMetPct());
        // Added by issue 12 (response within target per priority, as resolution): the keys above keep their meaning.
        w.name("responsePending").value(p.responsePending());
        w.name("responseMetPctLow").value(p.responseMetPctLow());
        w.name("responseMetPctHigh").value(p.responseMetPctHigh());
    }

    private static void backlog(JsonWriter w, Backlog b) {
        w.beginObject();
        w.name("open").value(b.open());
        w.name("days0to7").value(b.days0to7());
        w.name("days8to30").value(b.days8to30());
        w.name("days31to90").value(b.days31to90());
        w.name("daysOver90").value(b.daysOver90());
        w.endObject();
    }

    private static void weekly(JsonWriter w, WeeklyVolume v) {
        w.beginObject();
        w.name("weeks").beginArray();
        for (WeeklyVolume.Week wk : v.weeks()) {
            w.beginObject();
            w.name("weekStarting").value(wk.monday().toString());
            w.name("calls").value(wk.calls());
            w.name("wholeWeek").value(wk.whole());
            w.name("openDays").value(wk.openDays());
            w.name("closed").value(wk.closed());
            w.name("inTrend").value(wk.inTrend());
            w.endObject();
        }
        w.endArray();
        w.name("slopePerWeek").value(v.slopePerWeek());
        w.name("pValue").value(v.pValue() == null ? Double.NaN : v.pValue(), 4);
        w.name("significant").value(v.significant());
        w.endObject();
    }

    private static void groups(JsonWriter w, List<GroupFigures> gs) {
        w.beginArray();
        for (GroupFigures g : gs) {
            w.beginObject();
            w.name("name").value(g.name());
            w.name("calls").value(g.calls());
            w.name("resolutionMet").value(g.met());
            w.name("resolutionBreached").value(g.breached());
            w.name("pending").value(g.pending());
            w.name("resolutionMetPct").value(g.metPct());
            w.name("medianResolutionHours").value(g.medianResolutionHours());
            w.endObject();
        }
        w.endArray();
    }

    private static void escalation(JsonWriter w, Escalation e) {
        w.beginObject();
        w.name("calls").value(e.calls());
        w.name("sharePct").value(e.sharePct());
        w.name("resolutionMetPct").value(e.metPct());
        w.name("medianResolutionHours").value(e.medianResolutionHours());
        w.name("bySupplier");
        groups(w, e.bySupplier());
        w.endObject();
    }

    private static void candidates(JsonWriter w, List<CandidateProblem> cs) {
        w.beginArray();
        for (CandidateProblem c : cs) {
            w.beginObject();
            w.name("assetTag").value(c.assetTag());
            w.name("type").value(c.type());
            w.name("location").value(c.location());
            w.name("inRegister").value(c.inRegister());
            w.name("calls").value(c.calls());
            w.endObject();
        }
        w.endArray();
    }

    private static void workMix(JsonWriter w, WorkMix m) {
        w.beginObject();
        w.name("incidents").value(m.incidents());
        w.name("requests").value(m.requests());
        w.name("problems").value(m.problems());
        w.name("changes").value(m.changes());
        w.name("maintenance").value(m.maintenance());
        w.name("reactive").value(m.reactive());
        w.name("proactive").value(m.proactive());
        w.endObject();
    }
}
