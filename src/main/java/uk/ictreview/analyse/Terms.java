package uk.ictreview.analyse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import uk.ictreview.model.Period;

/**
 * School terms, for the default period when pack.md sets none. Terms are taken as fixed spans of the calendar,
 * so the rule is the same for every school whatever its holiday dates: Autumn 1 September - 31 December, Spring
 * 1 January - 31 March, Summer 1 April - 31 August.
 */
public final class Terms {
    private Terms() {}

    /** The term that contains a day. */
    public static Period termOf(LocalDate d) {
        int y = d.getYear();
        return switch (d.getMonthValue()) {
            case 1, 2, 3 -> new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 3, 31));
            case 4, 5, 6, 7, 8 -> new Period(LocalDate.of(y, 4, 1), LocalDate.of(y, 8, 31));
            default -> new Period(LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 31));
        };
    }

    /**
     * The default period (SPEC 3): the term that contains today, up to today, when a call was logged in it;
     * otherwise the latest term that has ended by today and in which a call was logged; otherwise (no calls at
     * all) the term that contains today, up to today.
     */
    public static Period defaultPeriod(LocalDate today, Collection<LocalDateTime> logged) {
        Period current = termOf(today);
        Period soFar = new Period(current.from(), today);
        if (logged.stream().anyMatch(t -> soFar.contains(t.toLocalDate()))) {
            return soFar;
        }
        Optional<LocalDate> latest = logged.stream()
                .map(LocalDateTime::toLocalDate)
                .filter(d -> d.isBefore(current.from()))
                .max(LocalDate::compareTo);
        return latest.map(Terms::termOf).orElse(soFar);
    }

    /**
     * The {@code max} fixed terms that end before {@code period} begins, oldest first: the terms a term-by-term
     * history shows before the period itself. A period that starts inside a term leaves that term's earlier days
     * out (they belong to neither the period nor a whole earlier term).
     */
    public static List<Period> before(Period period, int max) {
        List<Period> out = new ArrayList<>();
        Period t = termOf(period.from().minusDays(1));
        if (t.to().isAfter(period.from().minusDays(1))) {
            t = termOf(t.from().minusDays(1));
        }
        for (; out.size() < max; t = termOf(t.from().minusDays(1))) {
            out.add(t);
        }
        Collections.reverse(out);
        return out;
    }

    /** "Autumn 2025", "Spring 2026", "Summer 2026": the name of the fixed term that contains a day. */
    public static String name(LocalDate d) {
        String season =
                switch (d.getMonthValue()) {
                    case 1, 2, 3 -> "Spring";
                    case 4, 5, 6, 7, 8 -> "Summer";
                    default -> "Autumn";
                };
        return season + " " + d.getYear();
    }
}
