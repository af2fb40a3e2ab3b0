package uk.ictreview.analyse.competence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.ictreview.model.CallType;
import uk.ictreview.model.CategorySkill;
import uk.ictreview.model.CategorySkillMap;
import uk.ictreview.model.CompetenceFramework;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Level;
import uk.ictreview.model.Period;
import uk.ictreview.model.Skill;
import uk.ictreview.model.SkillNeed;
import uk.ictreview.model.SkillsMatrix;
import uk.ictreview.model.StaffMember;

/** Competence gaps (SPEC 6.2): the entry point of this package. */
public final class CompetenceAnalysis {
    private CompetenceAnalysis() {}

    /**
     * Analyses the skills matrix. {@code incidents} may be the whole log: the calls counted for demand are those
     * Logged within {@code period} (whole days), of every type but Problem (a problem record groups incidents
     * already counted). {@code categoryOverrides} is the Categories sheet (empty for the built-in map).
     */
    public static CompetenceResult analyse(
            SkillsMatrix m,
            List<Incident> incidents,
            Period period,
            List<CategorySkill> categoryOverrides,
            CompetenceFramework fw) {
        return analyse(m, incidents, period, categoryOverrides, fw, supportFte(m.staff()));
    }

    /**
     * As {@link #analyse(SkillsMatrix, List, Period, List, CompetenceFramework)}, with the team's FTE already
     * computed by {@link #supportFte(List)}: the report computes it once and gives the same value to every area.
     */
    public static CompetenceResult analyse(
            SkillsMatrix m,
            List<Incident> incidents,
            Period period,
            List<CategorySkill> categoryOverrides,
            CompetenceFramework fw,
            BigDecimal supportFte) {
        List<Incident> calls = incidents.stream()
                .filter(i -> i.type() != CallType.PROBLEM
                        && period.contains(i.logged().toLocalDate()))
                .toList();
        List<SkillCoverage> bySkill = coverage(m, fw);
        RoleTargets targets = new RoleTargets(m.targets());
        List<PersonGaps> people = people(m.staff(), targets, fw);
        List<CategoryDemand> categories = demand(calls, new CategorySkillMap(categoryOverrides));
        List<CpdPriority> priorities = CpdRanking.rank(bySkill, people, categories, calls.size(), fw);
        return new CompetenceResult(
                supportFte,
                bySkill,
                m.staff(),
                people,
                priorities,
                categories,
                calls.size(),
                m.needs().isEmpty(),
                m.targets().isEmpty(),
                categoryOverrides.isEmpty(),
                rolesWithoutTarget(people));
    }

    /**
     * Total FTE of the School's own staff; suppliers' engineers are not the school's capacity. The one place the
     * figure is computed: the competences section's capacity and the refresh section's devices per support FTE.
     */
    public static BigDecimal supportFte(List<StaffMember> staff) {
        return staff.stream()
                .filter(StaffMember::isSchoolStaff)
                .map(StaffMember::fte)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<SkillCoverage> coverage(SkillsMatrix m, CompetenceFramework fw) {
        Map<Skill, SkillNeed> needs = new EnumMap<>(Skill.class);
        for (SkillNeed n : m.needs()) {
            needs.putIfAbsent(n.skill(), n);
        }
        List<SkillCoverage> out = new ArrayList<>();
        for (Skill s : Skill.values()) {
            SkillNeed n = needs.get(s);
            Level need = n == null ? s.defaultNeed() : n.need();
            String provider = n == null ? null : n.coveredBy();
            out.add(coverageOf(s, need, provider, m.staff(), fw));
        }
        return out;
    }

    private static SkillCoverage coverageOf(
            Skill s, Level need, String provider, List<StaffMember> staff, CompetenceFramework fw) {
        Level best = Level.NONE;
        List<Integer> holders = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            StaffMember p = staff.get(i);
            if (!p.isSchoolStaff()) {
                continue;
            }
            best = Level.max(best, p.level(s));
            if (p.level(s).compareTo(need) >= 0) {
                holders.add(i);
            }
        }
        List<String> next = best.compareTo(need) >= 0
                ? List.of()
                : best.next().map(l -> fw.activities(s, l)).orElse(List.of());
        return new SkillCoverage(s, need, best, provider, holders, next, fw.description(s));
    }

    static List<PersonGaps> people(List<StaffMember> staff, RoleTargets targets, CompetenceFramework fw) {
        List<PersonGaps> out = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            StaffMember p = staff.get(i);
            if (!p.isSchoolStaff()) {
                continue;
            }
            Optional<RoleTargets.Target> t = targets.forRole(p.role());
            List<SkillGap> gaps = t.map(tt -> gaps(p, tt, fw)).orElse(List.of());
            out.add(new PersonGaps(i, p, t.map(RoleTargets.Target::source).orElse(null), gaps));
        }
        return out;
    }

    private static List<SkillGap> gaps(StaffMember p, RoleTargets.Target t, CompetenceFramework fw) {
        List<SkillGap> gaps = new ArrayList<>();
        for (Skill s : Skill.values()) {
            Level current = p.level(s);
            Level target = t.level(s);
            if (target.compareTo(current) > 0) {
                Level next = current.next().orElseThrow();
                gaps.add(new SkillGap(s, current, target, next, fw.activities(s, next)));
            }
        }
        return gaps;
    }

    static List<CategoryDemand> demand(List<Incident> calls, CategorySkillMap map) {
        // Categories keep the spelling of their first call; the same text in another case counts together.
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (Incident i : calls) {
            String key = i.category().trim().toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, i.category().trim());
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            c[1] += i.escalated() ? 1 : 0;
        }
        List<CategoryDemand> out = new ArrayList<>();
        counts.forEach((key, c) -> {
            String name = spelling.get(key);
            out.add(new CategoryDemand(name, map.skillFor(name).orElse(null), c[0], c[1]));
        });
        // Most calls first; equal counts alphabetically, so the order never depends on the log's row order.
        out.sort(Comparator.comparingInt(CategoryDemand::calls)
                .reversed()
                .thenComparing(CategoryDemand::category, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private static List<String> rolesWithoutTarget(List<PersonGaps> people) {
        Set<String> roles = new LinkedHashSet<>();
        for (PersonGaps p : people) {
            if (!p.hasTarget()) {
                roles.add(p.person().role());
            }
        }
        return List.copyOf(roles);
    }
}
