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

    private static Period p(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }
}
