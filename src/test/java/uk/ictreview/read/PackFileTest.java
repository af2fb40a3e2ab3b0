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
    void badValuesAreWarningsNamingTheKeyAndTheDefaultIsUsed() {
        String text = "---\nhorizon-years: 12\nfinancial-year-start: Apryl\nstaff-names: maybe\ncolour: blue\n---\n";
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(text, d);
        assertThat(s.horizonYears()).isEqualTo(5);
        assertThat(d.all())
                .extracting(Object::toString)
                .containsExactly(
                        "pack.md: warning: front matter key 'colour' is not known and was ignored; known keys: backup-offline,"
                                + " backups-3-2-1, bank-holidays, broadband-backup, broadband-down-mbps, broadband-up-mbps,"
                                + " continuity-plan, cyber-training, digital-lead, filtering-reviewed, financial-year-start,"
                                + " horizon-years, link-governor, period, phase, previous-period, school, staff-names,"
                                + " standards, strategy-reviewed",
                        "pack.md: warning: financial-year-start 'Apryl' is not valid: expected a month name such as April or "
                                + "September; the default is used",
                        "pack.md: warning: horizon-years '12' is not valid: expected a whole number of years from 3 to 10; the "
                                + "default is used",
                        "pack.md: warning: staff-names 'maybe' is not valid: expected hidden or shown; the default is used");
    }

    @Test
    void anUnclosedFrontMatterIsAWarningSayingWhatToAdd() {
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse("---\nschool: Oak Primary\n--\n\n# Our term\n", d);
        assertThat(s.school()).isNull();
        assertThat(d.all())
                .extracting(Object::toString)
                .singleElement()
                .asString()
                .startsWith(
                        "pack.md: warning: the settings at the top start with a line of --- but no line of --- closes them");
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
    void theTemplatesPlaceholderCommentaryIsAWarningAndIsLeftOut() {
        Diagnostics d = new Diagnostics();
        PackSettings s =
                PackFile.parse("---\nschool: Oak\n---\n\n*Replace this text with your own. It appears ...*\n", d);
        assertThat(d.all())
                .extracting(Object::toString)
                .containsExactly("pack.md: warning: the commentary is still the template's text (\"Replace this text"
                        + " with your own. It appears ...\"), so the pack has no commentary: write your own words for"
                        + " the governors below the settings, in place of the template's");
        assertThat(s.commentaryMarkdown()).isBlank();
    }

    @Test
    void theBlankPackMdUnchangedGivesNoCommentaryAndOneWarning() throws Exception {
        String template = new String(
                PackFile.class
                        .getResourceAsStream(TemplateCommentary.TEMPLATE_RESOURCE)
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(template, d);
        assertThat(s.commentaryMarkdown())
                .as("every heading of the template is left empty, so dropped")
                .isBlank();
        assertThat(d.all())
                .extracting(Object::toString)
                .containsExactly("pack.md: warning: the commentary is still the template's text (\"Replace this text"
                        + " with your own. It appears in the ...\"), so the pack has no"
                        + " commentary: write your own words for the governors below the settings, in place of the"
                        + " template's");
    }

    @Test
    void theSchoolsOwnWordsAreKeptAndTheTemplatesLeftOverGuidanceIsNot() throws Exception {
        String template = new String(
                PackFile.class
                        .getResourceAsStream(TemplateCommentary.TEMPLATE_RESOURCE)
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        // the business manager wrote one section and left the other five guidance paragraphs (and the opening one)
        String edited = template.replace(
                "One or two sentences: how ICT support went this term, and the one thing governors should know.",
                "A calm term: every P1 call was answered within the hour.");
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(edited, d);
        assertThat(s.commentaryMarkdown())
                .isEqualTo("# Commentary\n\n## Summary for governors\n\nA calm term: every P1 call was answered"
                        + " within the hour.");
        assertThat(d.all())
                .extracting(Object::toString)
                .containsExactly("pack.md: warning: the commentary still holds 5 paragraphs of the template's guidance"
                        + " (\"Replace this text with your own. It appears in the ...\"), left"
                        + " out of the pack: replace them with your own words, or delete them");
    }

    @Test
    void aGuidanceParagraphIsFoundWhateverItsEmphasisCaseAndLineBreaks() {
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(
                "# Commentary\n\nOur own words.\n\n## Next term\n\n_what will change,\nand WHAT to watch._\n", d);
        assertThat(s.commentaryMarkdown()).isEqualTo("# Commentary\n\nOur own words.");
        assertThat(d.all()).singleElement().asString().contains("1 paragraph of the template's guidance");
    }

    @Test
    void anUnclosedQuoteAndAnUnclosedBracketAreWarningsWithTheirLinesAndTheDefaultsApply() {
        // line 1 is ---, so school is line 2 and period line 3
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse("---\nschool: \"Oak\nperiod: [\nhorizon-years: 4\n---\n", d);
        assertThat(s.school()).as("not \"Oak: the folder's name is used").isNull();
        assertThat(s.period()).isNull();
        assertThat(s.horizonYears()).as("the good line still counts").isEqualTo(4);
        assertThat(d.all())
                .extracting(Object::toString)
                .containsExactly(
                        "pack.md: warning: line 2: the quote \" that opens the value \"Oak is never closed: close it"
                                + " (\"Oak\") or leave the quotes out; the school folder's name is used",
                        "pack.md: warning: line 3: the value [ opens a [ that is never closed with ]: close it, or"
                                + " write the value without brackets; the default period is used");
    }

    @Test
    void aLineWithoutAColonAndATabIndentAreWarningsWithTheirLines() {
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(
                "---\nschool: Oak\nhorizon-years 4\nperiod:\n\tfrom: 2026-09-01\n  to: 2026-12-18\n---\n", d);
        assertThat(s.school()).isEqualTo("Oak");
        assertThat(s.horizonYears()).isEqualTo(5);
        assertThat(s.period()).as("a tab under period spoils the period").isNull();
        assertThat(d.all())
                .extracting(Object::toString)
                .containsExactly(
                        "pack.md: warning: line 3: 'horizon-years 4' has no colon: write each setting as key: value,"
                                + " such as horizon-years: 5; the line is ignored",
                        "pack.md: warning: line 5: 'from: 2026-09-01' is indented with a tab: YAML allows only spaces,"
                                + " so indent it with two spaces; the default period is used");
    }

    @Test
    void quotesClosedApostrophesInWordsAndCommentsAreFine() {
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(
                "---\nschool: St Mary's C of E Primary  # the full name\nstaff-names: 'shown'\n"
                        + "# a comment line: with a colon\nbank-holidays: \"scotland\"\n---\n",
                d);
        assertThat(d.all()).isEmpty();
        assertThat(s.staffNames()).isEqualTo(StaffNames.SHOWN);
        assertThat(s.bankHolidays()).isEqualTo(BankHolidayRegion.SCOTLAND);
        assertThat(s.school()).isEqualTo("St Mary's C of E Primary");
    }

    @Test
    void aCommentAfterAValueIsNotPartOfIt() {
        // README's own example: flexmark kept "April      # September for many academies" as the value.
        Diagnostics d = new Diagnostics();
        PackSettings s = PackFile.parse(
                "---\nfinancial-year-start: September      # many academies\nhorizon-years: 4 # years\n"
                        + "school: \"Oak # Ash\"  # quoted: the # inside is kept\nstaff-names: # none given\n---\n",
                d);
        assertThat(d.all()).isEmpty();
        assertThat(s.financialYearStart()).isEqualTo(Month.SEPTEMBER);
        assertThat(s.horizonYears()).isEqualTo(4);
        assertThat(s.school()).isEqualTo("Oak # Ash");
        assertThat(s.staffNames()).isEqualTo(StaffNames.HIDDEN);
    }
}
