package uk.ictreview.analyse.sla;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.ictreview.model.Incident;

/**
 * The open calls at the period end (SPEC 5): every incident or request logged on or before {@code to} and not
 * resolved by the end of {@code to}, whatever its logged date, by age = {@code to} minus the logged date in
 * calendar days (Excel: {@code =to - INT(logged)}).
 */
public record Backlog(int open, int days0to7, int days8to30, int days31to90, int daysOver90) {
    public Backlog {
        if (days0to7 + days8to30 + days31to90 + daysOver90 != open) {
            throw new IllegalArgumentException("age bands must add up to the open calls");
        }
    }

    public static Backlog at(List<Incident> all, LocalDate to) {
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        int[] bands = new int[4];
        for (Incident c : all) {
            boolean open = c.resolved() == null || c.resolved().isAfter(end);
            if (c.type().isReactive() && !c.logged().toLocalDate().isAfter(to) && open) {
                bands[band(ChronoUnit.DAYS.between(c.logged().toLocalDate(), to))]++;
            }
        }
        return new Backlog(bands[0] + bands[1] + bands[2] + bands[3], bands[0], bands[1], bands[2], bands[3]);
    }

    private static int band(long age) {
        if (age <= 7) {
            return 0;
        }
        if (age <= 30) {
            return 1;
        }
        return age <= 90 ? 2 : 3;
    }
}
