package uk.ictreview.analyse.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.analyse.competence.Fixtures.call;
import static uk.ictreview.analyse.competence.Fixtures.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.CallType;
import uk.ictreview.model.CompetenceFramework;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Level;
import uk.ictreview.model.Period;
import uk.ictreview.model.Skill;
import uk.ictreview.model.SkillNeed;
import uk.ictreview.model.SkillsMatrix;
import uk.ictreview.model.StaffMember;
import uk.ictreview.read.FrameworkReader;

/**
 * A small team worked by hand. Skill order: DAS, SNS, H&amp;S, C&amp;I, CMS, SRM, ISEC, S&amp;P, B&amp;PM, PIC,
 * COM, EDU.
 *
 * <pre>
 *                         DAS SNS HS CI CMS SRM ISEC SP BPM PIC COM EDU
 * Alice  ICT Technician    C   B   A  B  A   B   A    -  -   B   B   A    School 1.0 (target B)
 * Bob    Senior ICT Tech   D   C   B  C  B   C   B    A  A   C   C   B    School 0.5 (target C)
 * Carol  Network Engineer  -   D   -  -  D   -   -    -  -   -   -   -    Acme IT 0.2 (supplier)
 * need (default, SNS D covered by Acme IT)
 *                          D   D   D  D  D   D   D    C  C   C   C   C
 * </pre>
 */
class CompetenceAnalysisTest {
    static final CompetenceFramework FW = FrameworkReader.bundled();
    static final Period TERM = new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18));

    static final StaffMember ALICE = person("Alice", "ICT Technician", "1.0", "School", "CBABABA--BBA");
    static final StaffMember BOB = person("Bob", "Senior ICT Technician", "0.5", "", "DCBCBCBAACCB");
    static final StaffMember CAROL = person("Carol", "Network Engineer", "0.2", "Acme IT", "-D--D-------");

    static final SkillsMatrix TEAM = new SkillsMatrix(
            List.of(ALICE, BOB, CAROL),
            List.of(),
            List.of(new SkillNeed(Skill.SERVER_NETWORK_SUPPORT, Level.D, "Acme IT")));

    /** 10 calls in the term, plus one before it and one Problem, both left out. */
    static final List<Incident> LOG = List.of(
            call("2026-09-02T09:00", "Printing / copiers", null),
            call("2026-09-03T09:00", "Printing / copiers", null),
            call("2026-09-04T09:00", "printing / copiers", null),
            call("2026-10-01T09:00", "Printer", null),
            call("2026-10-02T09:00", "Network", "Acme IT"),
            call("2026-10-03T09:00", "Network", "Acme IT"),
            call("2026-10-05T09:00", "Wi-Fi", null),
            call("2026-11-02T09:00", "Backup", "Acme IT"),
            call("2026-11-03T09:00", "Backup", null),
            call("2026-12-18T16:00", "Lost property", null),
            call("2026-08-31T09:00", "Network", "Acme IT"),
            call("2026-10-10T09:00", "Network", CallType.PROBLEM, null));

    static CompetenceResult result() {
        return CompetenceAnalysis.analyse(TEAM, LOG, TERM, List.of(), FW);
    }

    static SkillCoverage cov(CompetenceResult r, Skill s) {
        return r.bySkill().get(s.ordinal());
    }

    @Test
    void personalGapsAgainstDefaultRoleTargets() {
        CompetenceResult r = result();
        // Only School staff get gaps: Alice (row 0) and Bob (row 1); Carol works for Acme IT.
        assertThat(r.people()).extracting(PersonGaps::index).containsExactly(0, 1);
        PersonGaps alice = r.people().get(0);
        // Target B everywhere. Gaps: H&S A->B 1, CMS A->B 1, ISEC A->B 1, S&P none->B 2, B&PM none->B 2,
        // EDU A->B 1 = 8 levels in 6 skills.
        assertThat(alice.targetSource()).contains("level B");
        assertThat(alice.gaps())
                .extracting(SkillGap::skill)
                .containsExactly(
                        Skill.HEALTH_SAFETY,
                        Skill.CONTINUITY_MAINTENANCE_SECURITY,
                        Skill.INTERNAL_SUPPORT_EXTERNAL_CONTRACTS,
                        Skill.STRATEGY_PLANNING,
                        Skill.BUDGET_PEOPLE_MANAGEMENT,
                        Skill.EDUCATIONAL_AWARENESS);
        assertThat(alice.totalLevels()).isEqualTo(8);
        SkillGap sp = alice.gaps().get(3);
        // From none the next level is A: the framework's level A activities for Strategy & Planning.
        assertThat(sp.nextLevel()).isEqualTo(Level.A);
        assertThat(sp.nextActivities())
                .isEqualTo(FW.activities(Skill.STRATEGY_PLANNING, Level.A))
                .isNotEmpty();
        // Bob, target C: H&S 1, CMS 1, ISEC 1, S&P A->C 2, B&PM A->C 2, EDU 1 = 8.
        assertThat(r.people().get(1).totalLevels()).isEqualTo(8);
    }

    @Test
    void coverageCountsSchoolStaffOnly() {
        CompetenceResult r = result();
        // CMS: Alice A, Bob B; Carol's D is a supplier's and does not count. Need D: gap 2, not covered.
        SkillCoverage cms = cov(r, Skill.CONTINUITY_MAINTENANCE_SECURITY);
        assertThat(cms.coverage()).isEqualTo(Level.B);
        assertThat(cms.teamGap()).isEqualTo(2);
        assertThat(cms.covered()).isFalse();
        assertThat(cms.provider()).isNull();
        assertThat(cms.holdersAtNeed()).isZero();
        // The team's best is B, so the next step is level C.
        assertThat(cms.nextActivities()).isEqualTo(FW.activities(Skill.CONTINUITY_MAINTENANCE_SECURITY, Level.C));
    }

    @Test
    void supplierCoverMakesASkillCoveredWithoutTheTeamReachingIt() {
        CompetenceResult r = result();
        // SNS: team best C (Bob) < need D, but the Needs sheet names Acme IT: covered, by Acme IT.
        SkillCoverage sns = cov(r, Skill.SERVER_NETWORK_SUPPORT);
        assertThat(sns.coverage()).isEqualTo(Level.C);
        assertThat(sns.coveredByTeam()).isFalse();
        assertThat(sns.covered()).isTrue();
        assertThat(sns.provider()).isEqualTo("Acme IT");
        assertThat(sns.teamGap()).isEqualTo(1);
        // DAS: Bob D = need D: covered by the team, no provider.
        SkillCoverage das = cov(r, Skill.DESKTOP_APPLICATION_SUPPORT);
        assertThat(das.covered()).isTrue();
        assertThat(das.coveredByTeam()).isTrue();
        assertThat(das.provider()).isNull();
        assertThat(das.nextActivities()).isEmpty();
        assertThat(r.uncovered())
                .extracting(SkillCoverage::skill)
                .containsExactly(
                        Skill.HEALTH_SAFETY,
                        Skill.CONFIGURATION_INSTALLATION,
                        Skill.CONTINUITY_MAINTENANCE_SECURITY,
                        Skill.SUPPORT_REQUEST_MANAGEMENT,
                        Skill.INTERNAL_SUPPORT_EXTERNAL_CONTRACTS,
                        Skill.STRATEGY_PLANNING,
                        Skill.BUDGET_PEOPLE_MANAGEMENT,
                        Skill.EDUCATIONAL_AWARENESS);
    }

    @Test
    void singlePointsOfKnowledge() {
        CompetenceResult r = result();
        // DAS (need D): only Bob is D. PIC and COM (need C): only Bob is C. Nobody reaches the need elsewhere.
        assertThat(r.singlePointsOfKnowledge())
                .extracting(SkillCoverage::skill)
                .containsExactly(
                        Skill.DESKTOP_APPLICATION_SUPPORT, Skill.PERSONAL_ICT_COMPETENCES, Skill.COMMUNICATION_SKILLS);
        assertThat(cov(r, Skill.DESKTOP_APPLICATION_SUPPORT).holders()).containsExactly(1);
    }

    @Test
    void singlePointNeedsExactlyOneHolder() {
        // Two people at D in DAS: not a single point; need C in PIC with Alice C and Bob D: two holders.
        SkillsMatrix m = new SkillsMatrix(
                List.of(
                        person("A", "ICT Technician", "1", "School", "D--------C--"),
                        person("B", "ICT Technician", "1", "School", "D--------D--")),
                List.of(),
                List.of());
        CompetenceResult r = CompetenceAnalysis.analyse(m, List.of(), TERM, List.of(), FW);
        assertThat(cov(r, Skill.DESKTOP_APPLICATION_SUPPORT).holdersAtNeed()).isEqualTo(2);
        assertThat(cov(r, Skill.PERSONAL_ICT_COMPETENCES).holdersAtNeed()).isEqualTo(2);
        assertThat(r.singlePointsOfKnowledge()).isEmpty();
        assertThat(r.defaultNeeds()).isTrue();
    }

    @Test
    void supportFteIsSchoolStaffOnlyAndCapacityAdviceAtOneOrLess() {
        // 1.0 + 0.5 = 1.5; Carol's 0.2 is Acme IT's.
        assertThat(result().supportFte()).isEqualByComparingTo("1.5");
        assertThat(result().capacityAdvice()).isFalse();
        // 0.8 + 0.2 = 1.0 exactly: the advice applies (1.0 or less).
        SkillsMatrix small = new SkillsMatrix(
                List.of(
                        person("A", "ICT Technician", "0.8", "School", "------------"),
                        person("B", "Teaching Assistant", "0.2", "School", "------------"),
                        person("C", "Engineer", "3", "LA Traded Services", "------------")),
                List.of(),
                List.of());
        CompetenceResult r = CompetenceAnalysis.analyse(small, List.of(), TERM, List.of(), FW);
        assertThat(r.supportFte()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(r.capacityAdvice()).isTrue();
    }

    @Test
    void roleWithoutTargetGetsNoGapsAndIsListed() {
        SkillsMatrix m = new SkillsMatrix(
                List.of(
                        person("A", "Data Manager", "1", "School", "------------"),
                        person("B", "ICT Technician", "1", "School", "BBBBBBBBBBBB")),
                List.of(),
                List.of());
        CompetenceResult r = CompetenceAnalysis.analyse(m, List.of(), TERM, List.of(), FW);
        assertThat(r.people().get(0).hasTarget()).isFalse();
        assertThat(r.people().get(0).gaps()).isEmpty();
        assertThat(r.people().get(1).gaps()).isEmpty();
        assertThat(r.rolesWithoutTarget()).containsExactly("Data Manager");
    }

    @Test
    void changesAndMaintenanceCountAsDemandButProblemsDoNot() {
        List<Incident> log = List.of(
                call("2026-09-02T09:00", "New equipment", CallType.CHANGE, null),
                call("2026-09-03T09:00", "Backup", CallType.MAINTENANCE, null),
                call("2026-09-04T09:00", "Backup", CallType.PROBLEM, null),
                call("2026-09-05T09:00", "Backup", CallType.REQUEST, "Acme IT"));
        CompetenceResult r = CompetenceAnalysis.analyse(TEAM, log, TERM, List.of(), FW);
        assertThat(r.periodCalls()).isEqualTo(3);
        assertThat(r.categories())
                .extracting(CategoryDemand::category, CategoryDemand::calls, CategoryDemand::escalated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Backup", 2, 1),
                        org.assertj.core.groups.Tuple.tuple("New equipment", 1, 0));
    }

    @Test
    void categoriesSheetOverridesTheBuiltInMap() {
        List<uk.ictreview.model.CategorySkill> sheet =
                List.of(new uk.ictreview.model.CategorySkill("lost property", Skill.SUPPORT_REQUEST_MANAGEMENT));
        CompetenceResult r = CompetenceAnalysis.analyse(TEAM, LOG, TERM, sheet, FW);
        assertThat(r.unmappedCategories()).isEmpty();
        assertThat(r.categories())
                .filteredOn(c -> c.category().equals("Lost property"))
                .extracting(CategoryDemand::skill)
                .containsExactly(Skill.SUPPORT_REQUEST_MANAGEMENT);
    }

    @Test
    void demandCountsThePeriodsCallsPerCategory() {
        CompetenceResult r = result();
        // 10 calls: the one of 31/08 is before the term and the Problem is left out.
        assertThat(r.periodCalls()).isEqualTo(10);
        // "printing / copiers" counts with "Printing / copiers" (case ignored), keeping the first spelling.
        assertThat(r.categories())
                .extracting(
                        CategoryDemand::category,
                        CategoryDemand::skill,
                        CategoryDemand::calls,
                        CategoryDemand::escalated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Printing / copiers", Skill.DESKTOP_APPLICATION_SUPPORT, 3, 0),
                        org.assertj.core.groups.Tuple.tuple("Backup", Skill.CONTINUITY_MAINTENANCE_SECURITY, 2, 1),
                        org.assertj.core.groups.Tuple.tuple("Network", Skill.SERVER_NETWORK_SUPPORT, 2, 2),
                        org.assertj.core.groups.Tuple.tuple("Lost property", null, 1, 0),
                        org.assertj.core.groups.Tuple.tuple("Printer", Skill.DESKTOP_APPLICATION_SUPPORT, 1, 0),
                        org.assertj.core.groups.Tuple.tuple("Wi-Fi", Skill.SERVER_NETWORK_SUPPORT, 1, 0));
        assertThat(r.unmappedCategories()).extracting(CategoryDemand::category).containsExactly("Lost property");
    }
}
