package uk.ictreview.analyse.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;

/**
 * The CPD ranking on the hand-worked team and log of {@link CompetenceAnalysisTest}.
 *
 * <pre>
 * gap levels = team gap (need - best School level) + Alice's gaps (target B) + Bob's gaps (target C)
 *   SNS  1 + 0 + 0 = 1   CI   1 + 0 + 0 = 1   SRM 1 + 0 + 0 = 1
 *   H&amp;S  2 + 1 + 1 = 4   CMS  2 + 1 + 1 = 4   ISEC 2 + 1 + 1 = 4
 *   S&amp;P  2 + 2 + 2 = 6   B&amp;PM 2 + 2 + 2 = 6   EDU 1 + 1 + 1 = 3    DAS, PIC, COM 0: not ranked
 * calls (10 in the term): DAS 4 (0 escalated), SNS 3 (2 escalated), CMS 2 (1 escalated), unmapped 1
 * score = gap x (1 + 12 x calls/10) x (1 + escalated/calls)
 *   CMS  4 x (1 + 12 x 0.2 = 3.4) x 1.5         = 20.4
 *   SNS  1 x (1 + 12 x 0.3 = 4.6) x (1 + 2/3)   = 7.6667
 *   S&amp;P  6 x 1 x 1 = 6     B&amp;PM 6 (tie: no calls either: framework order, S&amp;P first)
 *   H&amp;S  4, ISEC 4 (tie: framework order)
 *   EDU  3
 *   CI   1, SRM 1
 * </pre>
 */
class CpdRankingTest {
    @Test
    void ranksGapWeightedByDemandAndEscalation() {
        List<CpdPriority> p = CompetenceAnalysisTest.result().priorities();
        assertThat(p)
                .extracting(CpdPriority::skill)
                .containsExactly(
                        Skill.CONTINUITY_MAINTENANCE_SECURITY,
                        Skill.SERVER_NETWORK_SUPPORT,
                        Skill.STRATEGY_PLANNING,
                        Skill.BUDGET_PEOPLE_MANAGEMENT,
                        Skill.HEALTH_SAFETY,
                        Skill.INTERNAL_SUPPORT_EXTERNAL_CONTRACTS,
                        Skill.EDUCATIONAL_AWARENESS,
                        Skill.CONFIGURATION_INSTALLATION,
                        Skill.SUPPORT_REQUEST_MANAGEMENT);
        assertThat(p).extracting(CpdPriority::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        CpdPriority cms = p.get(0);
        assertThat(cms.teamGap()).isEqualTo(2);
        assertThat(cms.individualGaps()).isEqualTo(2);
        assertThat(cms.peopleWithGap()).isEqualTo(2);
        assertThat(cms.calls()).isEqualTo(2);
        assertThat(cms.escalated()).isEqualTo(1);
        assertThat(cms.demand()).isEqualTo(0.2);
        assertThat(cms.escalation()).isEqualTo(0.5);
        assertThat(cms.demandWeight()).isCloseTo(3.4, within(1e-9));
        assertThat(cms.score()).isCloseTo(20.4, within(1e-9));
        // The team's best is B: the first step is level C.
        assertThat(cms.nextLevel()).isEqualTo(Level.C);
        assertThat(p.get(1).score()).isCloseTo(1 * 4.6 * (1 + 2.0 / 3), within(1e-9));
    }

    @Test
    void whenTheTeamReachesTheNeedTheFirstStepIsForTheLowestPerson() {
        // DAS need D: A at D; B (target B) at none: team gap 0, B's gap 2; first step none -> A.
        var m = new uk.ictreview.model.SkillsMatrix(
                List.of(
                        Fixtures.person("A", "Network Manager", "1", "School", "DDDDDDDDDDDD"),
                        Fixtures.person("B", "ICT Technician", "1", "School", "-BBBBBBBBBBB")),
                List.of(),
                List.of());
        var r = CompetenceAnalysis.analyse(
                m, List.of(), CompetenceAnalysisTest.TERM, List.of(), CompetenceAnalysisTest.FW);
        assertThat(r.priorities()).hasSize(1);
        CpdPriority das = r.priorities().get(0);
        assertThat(das.teamGap()).isZero();
        assertThat(das.individualGaps()).isEqualTo(2);
        assertThat(das.nextLevel()).isEqualTo(Level.A);
        // No calls at all: demand and escalation are 0, the score is the gap.
        assertThat(das.score()).isEqualTo(2.0);
    }

    @Test
    void noGapNoPriority() {
        var m = new uk.ictreview.model.SkillsMatrix(
                List.of(Fixtures.person("A", "ICT Systems Manager", "1", "School", "DDDDDDDDDDDD")),
                List.of(),
                List.of());
        var r = CompetenceAnalysis.analyse(
                m, List.of(), CompetenceAnalysisTest.TERM, List.of(), CompetenceAnalysisTest.FW);
        assertThat(r.priorities()).isEmpty();
    }
}
