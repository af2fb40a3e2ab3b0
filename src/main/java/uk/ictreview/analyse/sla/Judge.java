package uk.ictreview.analyse.sla;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Priority;
import uk.ictreview.model.ServiceLevel;

/**
 * Judges calls against their priority's targets as at the end of the period (SPEC 5). The period ends at
 * 00:00 on the day after {@code to}: a response or resolution dated after that has not happened yet, so a
 * past period rebuilt later gives the same figures.
 */
public final class Judge {
    private final SupportCalendar calendar;
    private final Map<Priority, ServiceLevel> levels = new EnumMap<>(Priority.class);
    private final LocalDateTime periodEnd;

    /** {@code serviceLevels} empty = the SPEC's defaults; a priority missing from the sheet keeps its default. */
    public Judge(SupportCalendar calendar, List<ServiceLevel> serviceLevels, LocalDate to) {
        this.calendar = calendar;
        ServiceLevel.defaults().forEach(s -> levels.put(s.priority(), s));
        serviceLevels.forEach(s -> levels.put(s.priority(), s));
        this.periodEnd = to.plusDays(1).atStartOfDay();
    }

    public ServiceLevel target(Priority p) {
        return levels.get(p);
    }

    public LocalDateTime periodEnd() {
        return periodEnd;
    }

    /** True when the moment is known and not after the period end. */
    boolean happened(LocalDateTime t) {
        return t != null && !t.isAfter(periodEnd);
    }

    public Verdict judge(Incident c) {
        ServiceLevel t = levels.get(c.priority());
        LocalDateTime resolvedAt = happened(c.resolved()) ? c.resolved() : null;
        // Response = Responded, or Resolved where Responded is blank; a call resolved by the period end whose
        // response is dated later counts as responded at its resolution.
        LocalDateTime respondedAt = happened(c.responded()) ? c.responded() : resolvedAt;
        long respMin = calendar.minutesBetween(c.logged(), respondedAt != null ? respondedAt : periodEnd);
        Outcome resp = outcome(respondedAt != null, respMin, t.responseTargetMinutes());
        long gone = calendar.minutesBetween(c.logged(), resolvedAt != null ? resolvedAt : periodEnd);
        long resMin = Math.max(0, gone - c.onHoldMinutes());
        Outcome res = outcome(resolvedAt != null, resMin, t.resolutionTargetMinutes());
        return new Verdict(c, t, respondedAt, respMin, resp, resolvedAt, resMin, res);
    }

    static Outcome outcome(boolean done, long minutes, long target) {
        if (minutes > target) {
            return Outcome.BREACHED;
        }
        return done ? Outcome.MET : Outcome.PENDING;
    }
}
