package uk.ictreview.analyse.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Level;
import uk.ictreview.model.Period;
import uk.ictreview.model.Skill;
import uk.ictreview.model.SkillNeed;
import uk.ictreview.model.SkillsMatrix;
import uk.ictreview.model.StaffMember;

/** Invariants over seeded random teams and logs; the seed is in every failure message. */
class CompetencePropertiesTest {
    private static final String[] ROLES = {
        "ICT Technician", "Senior ICT Technician", "Network Manager", "Teaching Assistant", "Caretaker", "Technician C"
    };
    private static final String[] CATEGORIES = {"Printing", "Network", "Backup", "Safety", "Lost property", "Moves"};
    private static final Period TERM = new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18));

    @Test
    void invariantsHoldOnRandomTeams() {
        for (long seed = 1; seed <= 300; seed++) {
            Random rnd = new Random(seed);
            SkillsMatrix m = randomTeam(rnd);
            CompetenceResult r =
                    CompetenceAnalysis.analyse(m, randomLog(rnd), TERM, List.of(), CompetenceAnalysisTest.FW);
            check(seed, m, r);
        }
    }

    private static void check(long seed, SkillsMatrix m, CompetenceResult r) {
        String at = "seed " + seed;
        assertThat(r.bySkill()).as(at).hasSize(12);
        BigDecimal fte = BigDecimal.ZERO;
        for (StaffMember p : m.staff()) {
            fte = p.isSchoolStaff() ? fte.add(p.fte()) : fte;
        }
        assertThat(r.supportFte()).as(at).isEqualByComparingTo(fte);
        for (SkillCoverage c : r.bySkill()) {
            long atNeed = m.staff().stream()
                    .filter(p -> p.isSchoolStaff() && p.level(c.skill()).compareTo(c.need()) >= 0)
                    .count();
            assertThat(c.holdersAtNeed()).as(at + " " + c.skill()).isEqualTo((int) atNeed);
            for (StaffMember p : m.staff()) {
                if (p.isSchoolStaff()) {
                    assertThat(c.coverage()).as(at).isGreaterThanOrEqualTo(p.level(c.skill()));
                }
            }
            assertThat(c.coveredByTeam()).as(at).isEqualTo(c.holdersAtNeed() > 0);
        }
        int mapped = r.categories().stream().mapToInt(CategoryDemand::calls).sum();
        assertThat(mapped).as(at).isEqualTo(r.periodCalls());
        double last = Double.MAX_VALUE;
        for (CpdPriority p : r.priorities()) {
            assertThat(p.score()).as(at).isPositive().isLessThanOrEqualTo(last + 1e-9);
            assertThat(p.nextLevel()).as(at).isNotEqualTo(Level.NONE);
            assertThat(p.nextActivities()).as(at).isNotEmpty();
            last = p.score();
        }
        for (PersonGaps p : r.people()) {
            for (SkillGap g : p.gaps()) {
                assertThat(g.nextLevel().rank()).as(at).isEqualTo(g.current().rank() + 1);
            }
        }
    }

    private static SkillsMatrix randomTeam(Random rnd) {
        List<StaffMember> staff = new ArrayList<>();
        int n = rnd.nextInt(7);
        for (int i = 0; i < n; i++) {
            StringBuilder lv = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                lv.append("-ABCD".charAt(rnd.nextInt(5)));
            }
            String employer = rnd.nextInt(4) == 0 ? "Acme IT" : "School";
            String fte = String.valueOf(rnd.nextInt(11) / 10.0);
            staff.add(Fixtures.person("P" + i, ROLES[rnd.nextInt(ROLES.length)], fte, employer, lv.toString()));
        }
        List<SkillNeed> needs = new ArrayList<>();
        for (Skill s : Skill.values()) {
            if (rnd.nextBoolean()) {
                needs.add(new SkillNeed(s, Level.values()[1 + rnd.nextInt(4)], rnd.nextBoolean() ? "LA" : null));
            }
        }
        return new SkillsMatrix(staff, List.of(), needs);
    }

    private static List<Incident> randomLog(Random rnd) {
        List<Incident> log = new ArrayList<>();
        int n = rnd.nextInt(40);
        for (int i = 0; i < n; i++) {
            String day = String.format("2026-%02d-%02dT10:00", 8 + rnd.nextInt(5), 1 + rnd.nextInt(28));
            log.add(Fixtures.call(
                    day + ":" + String.format("%02d", i % 60),
                    CATEGORIES[rnd.nextInt(CATEGORIES.length)],
                    rnd.nextInt(3) == 0 ? "Acme IT" : null));
        }
        return log;
    }
}
