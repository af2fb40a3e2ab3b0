package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.PackSettings;
import uk.ictreview.model.StaffNames;
import uk.ictreview.validate.Diagnostics;

class PackFileTest {
    @Test
    void readsEveryKeyOfTheFrontMatterAndTheBody() {
        String text = "---\nschool: \"St Mary's C of E Primary\"\nperiod:\n  from: 2026-04-13\n  to: 2026-07-22\n"
                + "financial-year-start: September\nhorizon-years: 4\nstaff-names: shown\nprevious-period: none\n"
                + "bank-holidays: scotland\n---\n\n# Commentary\n\nA good term.\n";
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(text, d);
        assertThat(d.all()).isEmpty();
        assertThat(s.school()).isEqualTo("St Mary's C of E Primary");
        assertThat(s.period().from()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(s.period().to()).isEqualTo(LocalDate.of(2026, 7, 22));
        assertThat(s.financialYearStart()).isEqualTo(Month.SEPTEMBER);
        assertThat(s.horizonYears()).isEqualTo(4);
        assertThat(s.staffNames()).isEqualTo(StaffNames.SHOWN);
        assertThat(s.comparePrevious()).isFalse();
        assertThat(s.bankHolidays()).isEqualTo(BankHolidayRegion.SCOTLAND);
        assertThat(s.commentaryMarkdown()).isEqualTo("# Commentary\n\nA good term.\n");
    }

    @Test
    void noFrontMatterMeansDefaultsAndTheWholeTextIsCommentary() {
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse("Just words.\n", d);
        assertThat(s.period()).isNull();
        assertThat(s.horizonYears()).isEqualTo(5);
        assertThat(s.financialYearStart()).isEqualTo(Month.APRIL);
        assertThat(s.staffNames()).isEqualTo(StaffNames.HIDDEN);
        assertThat(s.commentaryMarkdown()).isEqualTo("Just words.\n");
    }

    @Test
    void badValuesAreErrorsNamingTheKeyAndTheDefaultIsUsed() {
        String text = "---\nhorizon-years: 12\nfinancial-year-start: Apryl\nstaff-names: maybe\ncolour: blue\n---\n";
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(text, d);
        assertThat(s.horizonYears()).isEqualTo(5);
        assertThat(d.all())
                .extracting(Object::toString)
                .containsExactly(
                        "pack.md: warning: front matter key 'colour' is not known and was ignored; known keys: bank-holidays, "
                                + "financial-year-start, horizon-years, period, previous-period, school, staff-names",
                        "pack.md: error: financial-year-start 'Apryl' is not valid: expected a month name such as April or "
                                + "September; the default is used",
                        "pack.md: error: horizon-years '12' is not valid: expected a whole number of years from 3 to 10; the "
                                + "default is used",
                        "pack.md: error: staff-names 'maybe' is not valid: expected hidden or shown; the default is used");
    }

    @Test
    void anUnclosedFrontMatterIsAnErrorSayingWhatToAdd() {
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse("---\nschool: Oak Primary\n--\n\n# Our term\n", d);
        assertThat(s.school()).isNull();
        assertThat(d.all())
                .extracting(Object::toString)
                .singleElement()
                .asString()
                .startsWith(
                        "pack.md: error: the settings at the top start with a line of --- but no line of --- closes them");
    }

    @Test
    void thePeriodMayBeWrittenAsUkDates() {
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse("---\nperiod:\n  from: 01/09/2026\n  to: 23/10/2026\n---\n", d);
        assertThat(d.all()).isEmpty();
        assertThat(s.period().from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(s.period().to()).isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    void theTemplatesPlaceholderCommentaryIsAWarning() {
        Diagnostics d = new Diagnostics();
        PackFile.parse("---\nschool: Oak\n---\n\n*Replace this text with your own. It appears ...*\n", d);
        assertThat(d.all())
                .extracting(Object::toString)
                .singleElement()
                .asString()
                .startsWith("pack.md: warning: the commentary still holds the template's text");
    }
}
