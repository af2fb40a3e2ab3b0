package uk.ictreview.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the pack may not break a line: inside a date, between a date and its time, between a sheet and its cell. */
class KeepNumbersWholeTest {
    @Test
    void aDateACellReferenceAndADateTimeStayWhole() {
        String s = "Logged (22/07/2026 14:35) in incidents/Incidents.csv 'Incidents'!D170";
        // "22/07/2026": no break before either slash nor after it.
        int slash = s.indexOf("/07");
        assertThat(KeepNumbersWhole.inNumber(s, slash)).isTrue();
        assertThat(KeepNumbersWhole.inNumber(s, slash + 1)).isTrue();
        assertThat(KeepNumbersWhole.inNumber(s, s.indexOf("/2026"))).isTrue();
        // "22/07/2026" / "14:35": the space between date and time is not a break.
        assertThat(KeepNumbersWhole.inNumber(s, s.indexOf("14:35"))).isTrue();
        // "'Incidents'!" / "D170": kept together.
        assertThat(KeepNumbersWhole.inNumber(s, s.indexOf("D170"))).isTrue();
        // A path may still break after its slash (letters either side), and ordinary spaces still break.
        assertThat(KeepNumbersWhole.inNumber(s, s.indexOf("Incidents.csv"))).isFalse();
        assertThat(KeepNumbersWhole.inNumber(s, s.indexOf("in incidents"))).isFalse();
        assertThat(KeepNumbersWhole.inNumber(s, s.indexOf("'Incidents'"))).isFalse();
        // The ends of the text are never refused.
        assertThat(KeepNumbersWhole.inNumber(s, 0)).isFalse();
        assertThat(KeepNumbersWhole.inNumber(s, s.length())).isFalse();
    }
}
