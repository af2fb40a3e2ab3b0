package uk.ictreview.analyse.sla;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Period;

/**
 * Calls logged per ISO week (Monday to Sunday) over the weeks that touch the period, and the least-squares
 * trend. Partial first and last weeks (some working day of the week outside the period) are shown but left
 * out of the trend, so a period starting on a Thursday does not look like a rising trend. A closed week (no support hours on any of its days in the
 * period: half term, a holiday) is shown as closed and also left out; a week partly closed (a bank holiday
 * Monday) stays in the trend at its actual count (docs/rules-sla.md says why). The trend needs 3 or more
 * weeks in it: x = the week's number (0 = the first week shown, closed weeks keep their place), y = its
 * calls; Excel: {@code =SLOPE(calls, week)} over those weeks; significant when the slope's two-sided p-value
 * is below 0.05.
 */
public record WeeklyVolume(List<Week> weeks, BigDecimal slopePerWeek, Double pValue, boolean significant) {
    public WeeklyVolume {
        weeks = List.copyOf(weeks);
    }

    /**
     * One ISO week: its Monday, the calls logged in it within the period, whether it lies wholly inside, and
     * how many of its days in the period have support hours (0 = closed all week).
     */
    public record Week(LocalDate monday, int calls, boolean whole, int openDays) {
        /** No support hours on any of its days in the period. */
        public boolean closed() {
            return openDays == 0;
        }

        /** Counted in the trend: a whole week that is not closed. */
        public boolean inTrend() {
            return whole && !closed();
        }
    }

    public boolean hasTrend() {
        return slopePerWeek != null;
    }

    /** Trend value at week number x (for drawing the line), or NaN without a trend. */
    public double trendAt(int x) {
        SimpleRegression reg = regression(weeks);
        return hasTrend() ? reg.predict(x) : Double.NaN;
    }

    private static SimpleRegression regression(List<Week> weeks) {
        SimpleRegression reg = new SimpleRegression();
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i).inTrend()) {
                reg.addData(i, weeks.get(i).calls());
            }
        }
        return reg;
    }

    /**
     * A week is whole when none of its days outside the period has support hours: a period ending on a Friday
     * (the desk shut at weekends), or starting on the Tuesday after a bank holiday Monday, keeps that week whole
     * and in the trend. Only a week that loses working days to the period's edge is a part week.
     */
    static boolean whole(LocalDate monday, Period period, SupportCalendar cal) {
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            if (!period.contains(day) && cal.minutesOn(day) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The weeks of the period, with the support hours of each day from {@code cal}. */
    public static WeeklyVolume of(List<Incident> population, Period period, SupportCalendar cal) {
        LocalDate first = period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int[] counts = new int[(int) (ChronoUnit.DAYS.between(first, period.to()) / 7 + 1)];
        for (Incident c : population) {
            LocalDate d = c.logged().toLocalDate();
            if (period.contains(d)) {
                counts[(int) (ChronoUnit.DAYS.between(first, d) / 7)]++;
            }
        }
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            LocalDate monday = first.plusWeeks(i);
            boolean whole = whole(monday, period, cal);
            weeks.add(new Week(monday, counts[i], whole, openDays(monday, period, cal)));
        }
        SimpleRegression reg = regression(weeks);
        if (reg.getN() < 3) {
            return new WeeklyVolume(weeks, null, null, false);
        }
        double p = reg.getSignificance();
        Double pv = Double.isNaN(p) ? null : p;
        BigDecimal slope = Stats.round(reg.getSlope(), 2);
        return new WeeklyVolume(weeks, slope, pv, pv != null && pv < 0.05);
    }

    /** The days of the week starting {@code monday}, within the period, that have support minutes. */
    private static int openDays(LocalDate monday, Period period, SupportCalendar cal) {
        int open = 0;
        for (LocalDate d = monday; d.isBefore(monday.plusDays(7)); d = d.plusDays(1)) {
            if (period.contains(d) && cal.minutesOn(d) > 0) {
                open++;
            }
        }
        return open;
    }
}
