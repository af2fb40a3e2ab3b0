package uk.ictreview.analyse.sla;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import uk.ictreview.model.Period;

/**
 * Every SLA figure of one period. {@code verdicts} are the judged calls (the incidents and requests logged in
 * the period), in log order. {@code reopenRatePct} is null when the log has no Reopened column.
 */
public record PeriodFigures(
        Period period,
        SlaFigures overall,
        List<SlaFigures> byPriority,
        Backlog backlog,
        WeeklyVolume weekly,
        List<GroupFigures> byCategory,
        List<GroupFigures> byLocation,
        Escalation escalation,
        List<CandidateProblem> candidateProblems,
        WorkMix workMix,
        int reopenedCalls,
        BigDecimal reopenRatePct,
        List<Verdict> verdicts) {
    public PeriodFigures {
        Objects.requireNonNull(period, "period");
        byPriority = List.copyOf(byPriority);
        byCategory = List.copyOf(byCategory);
        byLocation = List.copyOf(byLocation);
        candidateProblems = List.copyOf(candidateProblems);
        verdicts = List.copyOf(verdicts);
        if (byPriority.size() != 4) {
            throw new IllegalArgumentException("all four priorities must be listed");
        }
    }

    /** The calls breached on resolution or response, in log order (the technician's list). */
    public List<Verdict> breached() {
        return verdicts.stream()
                .filter(v -> v.resolution() == Outcome.BREACHED || v.response() == Outcome.BREACHED)
                .toList();
    }
}
