package uk.ictreview.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Period;

class TermsTest {
    @Test
    void theTermsAreFixedSpansOfTheCalendar() {
        assertThat(Terms.termOf(LocalDate.of(2026, 11, 25))).isEqualTo(p("2026-09-01", "2026-12-31"));
        assertThat(Terms.termOf(LocalDate.of(2026, 3, 31))).isEqualTo(p("2026-01-01", "2026-03-31"));
        assertThat(Terms.termOf(LocalDate.of(2026, 4, 1))).isEqualTo(p("2026-04-01", "2026-08-31"));
    }

    @Test
    void theCurrentTermUpToTodayWhenItHasCalls() {
        var logged = List.of(LocalDateTime.of(2026, 10, 1, 9, 0));
        assertThat(Terms.defaultPeriod(LocalDate.of(2026, 11, 25), logged)).isEqualTo(p("2026-09-01", "2026-11-25"));
    }

    @Test
    void otherwiseTheLatestEndedTermWithCalls() {
        var logged = List.of(LocalDateTime.of(2026, 2, 1, 9, 0), LocalDateTime.of(2026, 7, 20, 9, 0));
        assertThat(Terms.defaultPeriod(LocalDate.of(2026, 11, 25), logged)).isEqualTo(p("2026-04-01", "2026-08-31"));
    }

    @Test
    void withNoCallsAtAllTheCurrentTermUpToToday() {
        assertThat(Terms.defaultPeriod(LocalDate.of(2026, 11, 25), List.of())).isEqualTo(p("2026-09-01", "2026-11-25"));
    }

    @Test
    void theTermsBeforeAPeriodAreWholeTermsEndingBeforeItBegins() {
        // A summer period from 13 April: the summer term (from 1 April) has days before the period, so it is not
        // a whole term before it; the last one is the spring term (1 Jan - 31 Mar), then autumn and summer 2025.
        assertThat(Terms.before(p("2026-04-13", "2026-07-22"), 3))
                .containsExactly(
                        p("2025-04-01", "2025-08-31"), p("2025-09-01", "2025-12-31"), p("2026-01-01", "2026-03-31"));
        // A period that starts on a term's first day follows that term's predecessor at once.
        assertThat(Terms.before(p("2026-09-01", "2026-12-31"), 1)).containsExactly(p("2026-04-01", "2026-08-31"));
        assertThat(Terms.before(p("2026-09-01", "2026-12-31"), 0)).isEmpty();
    }

    @Test
    void aTermIsNamedBySeasonAndYear() {
        assertThat(Terms.name(LocalDate.of(2025, 9, 1))).isEqualTo("Autumn 2025");
        assertThat(Terms.name(LocalDate.of(2026, 3, 31))).isEqualTo("Spring 2026");
        assertThat(Terms.name(LocalDate.of(2026, 7, 22))).isEqualTo("Summer 2026");
    }

    private static Period p(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }
}
