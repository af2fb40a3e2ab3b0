package uk.ictreview.report.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.competence.CompetenceAnalysis;
import uk.ictreview.analyse.competence.CompetenceResult;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;
import uk.ictreview.model.SkillNeed;
import uk.ictreview.model.SkillsMatrix;
import uk.ictreview.model.StaffNames;
import uk.ictreview.report.Status;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;

/** The section built from the hand-worked team of {@code CompetenceAnalysisTest} (see its table). */
class SkillsSectionTest {
    static CompetenceResult result() {
        return SectionFixtures.result();
    }

    @Test
    void headlineCountsCoverAndSinglePoints() {
        // Team reaches DAS, PIC, COM (3); SNS by Acme IT (1); 8 not covered; DAS, PIC, COM rest on Bob.
        // The uncovered lead, for governors. Team's best (Bob) against the need: H&S B/D, C&I C/D, CMS B/D, SRM C/D,
        // ISA B/D, S&P A/C, B&P A/C, EA B/C: one level short in C&I, SRM and EA (3).
        SkillsSection s = SkillsSection.of(result(), StaffNames.HIDDEN);
        assertThat(s.headline())
                .isEqualTo(
                        "8 of the 12 skills the school needs are not covered: nobody on the school's own staff reaches"
                                + " the level needed and no provider is named for them (in 3 the team is one level short). 3 are covered"
                                + " by the team and 1 by a supplier; 3 rest on one person.");
        // Carol (Acme IT) is at D in Continuity, Maintenance & Security, which the team does not cover and the Needs
        // sheet names no provider for: the school is told it may record the supplier there.
        assertThat(s.meaning())
                .startsWith("For the uncovered skills the school relies on")
                .contains(
                        "A supplier's engineer reaches the need in Continuity, Maintenance & Security: if the contract")
                .endsWith("The 3 skills resting on one person would be lost if that person left.");
    }

    @Test
    void skillListsUseSemicolonsWhenANameHoldsAComma() {
        // Four names, one of which holds commas: joined by commas they would read as six skills.
        assertThat(uk.ictreview.report.Format.and(List.of(
                        "Desktop & Application Support",
                        "Server & Network Support",
                        "Configuration & Installation",
                        "Continuity, Maintenance & Security")))
                .isEqualTo("Desktop & Application Support; Server & Network Support; Configuration & Installation;"
                        + " and Continuity, Maintenance & Security");
        assertThat(uk.ictreview.report.Format.and(
                        List.of("Desktop & Application Support", "Server & Network Support", "E-Safety")))
                .isEqualTo("Desktop & Application Support, Server & Network Support and E-Safety");
        assertThat(uk.ictreview.report.Format.and(List.of("Continuity, Maintenance & Security", "E-Safety")))
                .isEqualTo("Continuity, Maintenance & Security; and E-Safety");
        assertThat(uk.ictreview.report.Format.and(List.of("Continuity, Maintenance & Security")))
                .isEqualTo("Continuity, Maintenance & Security");
        // In the sentence: the list, then a colon.
        assertThat(SkillsText.meaning(
                        result(), List.of("Server & Network Support", "Continuity, Maintenance & Security")))
                .contains("A supplier's engineer reaches the need in Server & Network Support; and Continuity,"
                        + " Maintenance & Security: if the contract covers that work");
    }

    @Test
    void statusRuleIsOnePlainSentenceAndAnEmptyMatrixHasNoStatus() {
        SkillsSection s = SkillsSection.of(result(), StaffNames.HIDDEN);
        assertThat(s.status()).isEqualTo(Status.RED);
        assertThat(s.statusRule())
                .startsWith("Green: every skill the school needs is covered by two or more")
                .contains("; amber: ", "; red: ")
                .endsWith(".");
        CompetenceResult none = CompetenceAnalysis.analyse(
                new SkillsMatrix(List.of(), List.of(), List.of()),
                List.of(),
                SectionFixtures.TERM,
                List.of(),
                SectionFixtures.FW);
        SkillsSection empty = SkillsSection.of(none, StaffNames.HIDDEN);
        assertThat(empty.status()).isEqualTo(Status.NOT_JUDGED);
        assertThat(empty.statusRule()).isEqualTo("No status: the skills matrix lists nobody.");
    }

    @Test
    void heatMapColumnsAreShortWithAKeyOfRoles() {
        SkillsSection s = SkillsSection.of(result(), StaffNames.HIDDEN);
        assertThat(s.heatMapKey(true))
                .containsExactly(
                        "Staff 1: ICT Technician",
                        "Staff 2: Senior ICT Technician",
                        "Staff 3: Network Engineer, Acme IT");
        assertThat(s.heatMapKey(false))
                .containsExactly(
                        "Alice: ICT Technician", "Bob: Senior ICT Technician", "Carol: Network Engineer, Acme IT");
        // "Staff 1" fits across a column; the chart is then no taller than the fixed height.
        assertThat(HeatMapChart.fitsAcross(List.of("Staff 1", "Staff 2", "Staff 3")))
                .isTrue();
        assertThat(s.heatMapPack().height()).isEqualTo(HeatMapChart.HEIGHT_ACROSS);
        // Eight long labels do not fit: written upwards, and the chart grows to hold them.
        List<String> longOnes = java.util.Collections.nCopies(8, "Staff 5 (ICT Technician, Northgate IT Services)");
        assertThat(HeatMapChart.fitsAcross(longOnes)).isFalse();
    }

    @Test
    void packLabelsByRoleAndNamesOnlyWhereAllowed() {
        SkillsSection hidden = SkillsSection.of(result(), StaffNames.HIDDEN);
        assertThat(hidden.staffLabelsFor(true))
                .containsExactly(
                        "Staff 1 (ICT Technician)",
                        "Staff 2 (Senior ICT Technician)",
                        "Staff 3 (Network Engineer, Acme IT)");
        assertThat(hidden.staffLabelsFor(false)).containsExactly("Alice", "Bob", "Carol");
        assertThat(hidden.heatMap(true)).isSameAs(hidden.heatMapPack());
        assertThat(hidden.heatMap(false)).isSameAs(hidden.heatMapNamed());
        SkillsSection shown = SkillsSection.of(result(), StaffNames.SHOWN);
        assertThat(shown.staffLabelsFor(true)).containsExactly("Alice", "Bob", "Carol");
        assertThat(shown.singlePoints()).extracting(c -> c.holders(true)).containsOnly(List.of("Bob"));
        assertThat(hidden.singlePoints())
                .extracting(c -> c.holders(false))
                .containsOnly(List.of("Staff 2 (Senior ICT Technician)"));
    }

    @Test
    void coverageRowsAndStatus() {
        List<CoverageRow> rows = SkillsSection.of(result(), StaffNames.HIDDEN).coverage();
        CoverageRow das = rows.get(Skill.DESKTOP_APPLICATION_SUPPORT.ordinal());
        assertThat(das.status()).isEqualTo("Covered by one person only");
        assertThat(das.rating()).isEqualTo(Status.AMBER); // only Bob reaches D
        assertThat(das.holdersBrief(false)).containsExactly("Staff 2");
        assertThat(das.holdersBrief(true)).containsExactly("Bob");
        CoverageRow sns = rows.get(Skill.SERVER_NETWORK_SUPPORT.ordinal());
        assertThat(sns.status()).isEqualTo("Covered by Acme IT");
        assertThat(sns.coverage()).isEqualTo("C");
        CoverageRow sp = rows.get(Skill.STRATEGY_PLANNING.ordinal());
        assertThat(sp.status()).isEqualTo("Not covered");
        assertThat(sp.rating()).isEqualTo(Status.RED);
        assertThat(sp.coverage()).isEqualTo("A");
    }

    @Test
    void greenNeedsTwoPeopleAndAmberSaysWhyInWords() {
        // DAS need D: both at D (green). SNS need D covered by LA: only A at D (amber, with the provider).
        SkillsMatrix m = new SkillsMatrix(
                List.of(
                        SectionFixtures.person("A", "ICT Technician", "1", "School", "DD----------"),
                        SectionFixtures.person("B", "ICT Technician", "1", "School", "DC----------")),
                List.of(),
                List.of(new SkillNeed(Skill.SERVER_NETWORK_SUPPORT, Level.D, "LA")));
        CompetenceResult r =
                CompetenceAnalysis.analyse(m, List.of(), SectionFixtures.TERM, List.of(), SectionFixtures.FW);
        List<CoverageRow> rows = SkillsSection.of(r, StaffNames.HIDDEN).coverage();
        assertThat(rows.get(0).status()).isEqualTo("Covered by the team");
        assertThat(rows.get(0).rating()).isEqualTo(Status.GREEN);
        assertThat(rows.get(0).holdersBrief(false)).containsExactly("Staff 1", "Staff 2");
        assertThat(rows.get(1).status()).isEqualTo("Covered by one person and LA");
        assertThat(rows.get(1).rating()).isEqualTo(Status.AMBER);
        // The other 10 skills have nobody at their need: red overall.
        assertThat(SkillsSection.of(r, StaffNames.HIDDEN).status()).isEqualTo(Status.RED);
    }

    @Test
    void statusGreenOnlyWhenEverySkillHasTwoHoldersAndFteAboveOne() {
        SkillsMatrix strong = new SkillsMatrix(
                List.of(
                        SectionFixtures.person("A", "Network Manager", "1", "School", "DDDDDDDDDDDD"),
                        SectionFixtures.person("B", "Network Manager", "0.5", "School", "DDDDDDDDDDDD")),
                List.of(),
                List.of());
        CompetenceResult r =
                CompetenceAnalysis.analyse(strong, List.of(), SectionFixtures.TERM, List.of(), SectionFixtures.FW);
        assertThat(SkillsSection.of(r, StaffNames.HIDDEN).status()).isEqualTo(Status.GREEN);
        assertThat(SkillsSection.of(r, StaffNames.HIDDEN).headline())
                .isEqualTo("12 of the 12 skills the school needs are covered by the team; none is left uncovered.");
        SkillsMatrix oneFte = new SkillsMatrix(
                List.of(
                        SectionFixtures.person("A", "Network Manager", "0.5", "School", "DDDDDDDDDDDD"),
                        SectionFixtures.person("B", "Network Manager", "0.5", "School", "DDDDDDDDDDDD")),
                List.of(),
                List.of());
        CompetenceResult r1 =
                CompetenceAnalysis.analyse(oneFte, List.of(), SectionFixtures.TERM, List.of(), SectionFixtures.FW);
        // 0.5 + 0.5 = 1.0 FTE: the capacity advice makes it amber.
        assertThat(SkillsSection.of(r1, StaffNames.HIDDEN).status()).isEqualTo(Status.AMBER);
    }

    @Test
    void prioritiesWithPlainReasons() {
        SkillsSection s = SkillsSection.of(result(), StaffNames.HIDDEN);
        assertThat(s.topPriorities()).hasSize(5);
        PriorityRow cms = s.priorities().get(0);
        assertThat(cms.skill()).isEqualTo("Continuity, Maintenance & Security");
        assertThat(cms.score()).isEqualTo("20.40");
        // 2 of 10 calls = 20.0%; 1 of 2 escalated = 50.0%; team best B against need D; Alice and Bob 1 level each.
        assertThat(cms.reason())
                .isEqualTo("20.0% of calls (2), 50.0% of them escalated to a supplier; nobody in the team reaches"
                        + " level D (best: B); 2 people are below their role's target (2 levels in all).");
        assertThat(cms.nextLevel()).isEqualTo("C");
        assertThat(cms.activities()).isNotEmpty();
        PriorityRow sns = s.priorities().get(1);
        // 3 of 10 calls; 2 of 3 escalated = 66.7%; SNS covered by Acme IT.
        assertThat(sns.reason())
                .isEqualTo("30.0% of calls (3), 66.7% of them escalated to a supplier; nobody in the team reaches"
                        + " level D (best: C); Acme IT covers it meanwhile.");
        assertThat(s.priorities().get(2).reason())
                .isEqualTo("No calls in the period map to this skill; nobody in the team reaches level C (best: A);"
                        + " 2 people are below their role's target (4 levels in all).");
    }

    @Test
    void methodNotesSayWhichDefaultsAppliedAndListUnmappedCategories() {
        // The team has a Needs sheet but no Targets or Categories sheet; "Lost property" (1 call) maps to nothing.
        List<String> notes = SkillsSection.of(result(), StaffNames.HIDDEN).methodNotes();
        assertThat(notes).anyMatch(n -> n.startsWith("Competences: needs and providers come from the Needs sheet"));
        assertThat(notes).anyMatch(n -> n.startsWith("Competences: the skills workbook has no Targets sheet"));
        // An empty Categories sheet and no sheet read alike (issue 12 point 6): the note is true of both.
        assertThat(notes)
                .anyMatch(n ->
                        n.startsWith("Competences: the incidents workbook's Categories sheet lists no categories (it is"
                                + " empty, or there is none)"));
        assertThat(notes)
                .anyMatch(n ->
                        n.contains("1 call is in categories that map to no skill") && n.contains("Lost property (1)"));
        assertThat(String.join(" ", notes)).doesNotContain("Alice", "Bob", "Carol");
    }

    @Test
    void capacityAdviceAtOneFteOrLess() {
        assertThat(SkillsSection.of(result(), StaffNames.HIDDEN).capacityText())
                .isEqualTo("The school's own ICT support staff come to 1.5 FTE.");
        SkillsMatrix one = new SkillsMatrix(
                List.of(SectionFixtures.person("Dee", "ICT Technician", "1", "School", "BBBBBBBBBBBB")),
                List.of(),
                List.of());
        CompetenceResult r =
                CompetenceAnalysis.analyse(one, List.of(), SectionFixtures.TERM, List.of(), SectionFixtures.FW);
        SkillsSection s = SkillsSection.of(r, StaffNames.HIDDEN);
        assertThat(s.capacityAdvice()).isTrue();
        assertThat(s.capacityText())
                .startsWith("The school's own ICT support staff come to 1.0 FTE. At 1.0 FTE or less")
                .contains("look at a supplier for some of them");
    }

    @Test
    void figuresJsonHasSpecKeysFirstAndNoNames() {
        JsonWriter w = new JsonWriter();
        SkillsSection.of(result(), StaffNames.SHOWN).writeJson(w);
        String json = w.toString();
        assertThat(json)
                .startsWith("{\n  \"supportFte\": 1.5,\n  \"bySkill\": [\n    {\n"
                        + "      \"skill\": \"Desktop & Application Support\",\n      \"coverage\": \"D\",\n      \"need\": \"D\",\n"
                        + "      \"covered\": true,\n      \"holdersAtNeed\": 1,\n      \"coveredBy\": null,\n");
        assertThat(json)
                .contains(
                        "\"skill\": \"Server & Network Support\",\n      \"coverage\": \"C\",\n"
                                + "      \"need\": \"D\",\n      \"covered\": true,\n      \"holdersAtNeed\": 0,\n      \"coveredBy\": \"Acme IT\",");
        assertThat(json)
                .contains("\"skill\": \"Strategy & Planning\",\n      \"coverage\": \"A\",\n"
                        + "      \"need\": \"C\",\n      \"covered\": false,");
        assertThat(json.split("\"holdersAtNeed\"", -1)).hasSize(13);
        assertThat(json).doesNotContain("Alice", "Bob", "Carol");
        assertThat(json)
                .contains(
                        "\"unmappedCategories\": [\n    {\n      \"category\": \"Lost property\",\n      \"calls\": 1");
    }

    @Test
    void nobodyInTheTeamGivesNullCoverage() {
        SkillsMatrix none = new SkillsMatrix(
                List.of(), List.of(), List.of(new SkillNeed(Skill.HEALTH_SAFETY, Level.B, "LA service")));
        CompetenceResult r =
                CompetenceAnalysis.analyse(none, List.of(), SectionFixtures.TERM, List.of(), SectionFixtures.FW);
        JsonWriter w = new JsonWriter();
        SkillsSection.of(r, StaffNames.HIDDEN).writeJson(w);
        assertThat(w.toString())
                .startsWith("{\n  \"supportFte\": 0.0,")
                .contains("\"skill\": \"Health & Safety\",\n      \"coverage\": null,\n      \"need\": \"B\",\n"
                        + "      \"covered\": true,\n      \"holdersAtNeed\": 0,\n      \"coveredBy\": \"LA service\"");
    }

    @Test
    void csvTablesNeverNameStaff() {
        List<CsvTable> tables = SkillsSection.of(result(), StaffNames.SHOWN).tables();
        assertThat(tables)
                .extracting(CsvTable::name)
                .containsExactly("skills-coverage", "skills-matrix", "skills-cpd-priorities", "skills-gaps");
        String all = tables.toString();
        assertThat(all).doesNotContain("Alice", "Bob", "Carol").contains("Staff 1 (ICT Technician)");
        CsvTable matrix = tables.get(1);
        assertThat(matrix.rows().get(2))
                .containsExactly(
                        "Staff 3 (Network Engineer, Acme IT)",
                        "0.2",
                        "Acme IT",
                        "-",
                        "D",
                        "-",
                        "-",
                        "D",
                        "-",
                        "-",
                        "-",
                        "-",
                        "-",
                        "-",
                        "-");
    }
}
