package uk.ictreview.analyse.sla;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.Incident;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.Period;
import uk.ictreview.model.Priority;
import uk.ictreview.model.ServiceLevel;
import uk.ictreview.model.SupportDay;

/** The entry point of the SLA engine (SPEC 5). */
public final class SlaAnalysis {
    /**
     * The previous period is compared only when the log reaches back to it: its earliest call is logged no
     * later than this many days after the previous period's first day (a log usually starts on the first
     * working day of a term, not on the calendar date a period of equal length happens to start).
     */
    public static final int COVER_SLACK_DAYS = 14;

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SlaAnalysis() {}

    public static SlaResult analyse(
            IncidentLog log, Period period, BankHolidayRegion region, boolean comparePrevious, AssetRegister assets) {
        SupportCalendar cal = SupportCalendar.of(log.supportHours(), log.closures(), region);
        PeriodFigures current = figures(log, period, cal, assets);
        Period prev = period.previous();
        PeriodFigures previous = null;
        String note;
        if (!comparePrevious) {
            note = "Comparison with the previous period is turned off.";
        } else if (covers(log, prev)) {
            previous = figures(log, prev, cal, assets);
            note = "Compared with the previous period of equal length, "
                    + prev.from().format(UK) + " to " + prev.to().format(UK) + ".";
        } else {
            note = "No comparison: the incident log does not reach back to the previous period ("
                    + prev.from().format(UK) + " to " + prev.to().format(UK) + ").";
        }
        Judge judge = new Judge(cal, log.serviceLevels(), period.to());
        List<ServiceLevel> targets = new ArrayList<>();
        for (Priority p : Priority.values()) {
            targets.add(judge.target(p));
        }
        List<SupportDay> hours = log.supportHours().isEmpty() ? SupportDay.defaults() : log.supportHours();
        return new SlaResult(
                current,
                previous,
                note,
                targets,
                hours,
                log.closures(),
                region,
                log.serviceLevels().isEmpty(),
                log.supportHours().isEmpty(),
                log.closures().isEmpty(),
                TermHistory.of(log, current, cal, assets));
    }

    static boolean covers(IncidentLog log, Period prev) {
        Optional<LocalDate> earliest =
                log.incidents().stream().map(c -> c.logged().toLocalDate()).min(Comparator.naturalOrder());
        return earliest.isPresent() && !earliest.get().isAfter(prev.from().plusDays(COVER_SLACK_DAYS - 1));
    }

    /** Every figure of one period, from the same calendar and targets. */
    public static PeriodFigures figures(IncidentLog log, Period period, SupportCalendar cal, AssetRegister assets) {
        Judge judge = new Judge(cal, log.serviceLevels(), period.to());
        List<Incident> population = log.incidents().stream()
                .filter(c -> c.type().isReactive() && period.contains(c.logged().toLocalDate()))
                .toList();
        List<Verdict> verdicts = population.stream().map(judge::judge).toList();
        List<SlaFigures> byPriority = new ArrayList<>();
        for (Priority p : Priority.values()) {
            byPriority.add(SlaFigures.of(
                    p.name(),
                    verdicts.stream().filter(v -> v.call().priority() == p).toList()));
        }
        int reopened = (int) population.stream()
                .filter(c -> c.reopened() != null && c.reopened() > 0)
                .count();
        return new PeriodFigures(
                period,
                SlaFigures.of("All", verdicts),
                byPriority,
                Backlog.at(log.incidents(), period.to()),
                WeeklyVolume.of(population, period, cal),
                GroupFigures.by(verdicts, v -> v.call().category()),
                GroupFigures.by(verdicts, v -> v.call().location()),
                Escalation.of(verdicts),
                CandidateProblem.find(population, assets),
                WorkMix.of(log.incidents(), period),
                reopened,
                log.hasReopenedColumn() ? Stats.pct(reopened, population.size()) : null,
                verdicts);
    }
}
