package uk.ictreview.analyse.sla;

import java.util.List;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Period;

/**
 * The calls logged in the period by type, in the FITS service report's terms: reactive work (incidents and
 * requests, judged against service levels), proactive work (problems and maintenance) and changes.
 */
public record WorkMix(int incidents, int requests, int problems, int changes, int maintenance) {
    public int reactive() {
        return incidents + requests;
    }

    public int proactive() {
        return problems + maintenance;
    }

    public int total() {
        return incidents + requests + problems + changes + maintenance;
    }

    public static WorkMix of(List<Incident> all, Period period) {
        int[] n = new int[CallType.values().length];
        for (Incident c : all) {
            if (period.contains(c.logged().toLocalDate())) {
                n[c.type().ordinal()]++;
            }
        }
        return new WorkMix(
                n[CallType.INCIDENT.ordinal()],
                n[CallType.REQUEST.ordinal()],
                n[CallType.PROBLEM.ordinal()],
                n[CallType.CHANGE.ordinal()],
                n[CallType.MAINTENANCE.ordinal()]);
    }
}
