package uk.ictreview.analyse.competence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.ictreview.model.CompetenceFramework;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;

/**
 * Ranks skills for CPD (SPEC 6.2: gap weighted by demand and escalation). Only skills with a gap are ranked.
 * Order: score, highest first; then more calls; then the framework's order, so the ranking is stable.
 */
final class CpdRanking {
    /** The individual gaps of one skill: levels in all, people, and the lowest current level among them. */
    private record Individual(int levels, int people, Level lowest) {}

    private CpdRanking() {}

    static List<CpdPriority> rank(
            List<SkillCoverage> bySkill,
            List<PersonGaps> people,
            List<CategoryDemand> categories,
            int periodCalls,
            CompetenceFramework fw) {
        List<CpdPriority> unranked = new ArrayList<>();
        for (SkillCoverage c : bySkill) {
            Individual ind = individual(c.skill(), people);
            if (c.teamGap() + ind.levels() > 0) {
                unranked.add(priority(c, ind, categories, periodCalls, fw));
            }
        }
        unranked.sort(
                // Scores equal to 6 decimals are a tie (floating point must not decide the order).
                Comparator.comparingLong((CpdPriority p) -> Math.round(p.score() * 1e6))
                        .reversed()
                        .thenComparing(
                                Comparator.comparingInt(CpdPriority::calls).reversed())
                        .thenComparing(p -> p.skill().ordinal()));
        List<CpdPriority> ranked = new ArrayList<>();
        for (CpdPriority p : unranked) {
            ranked.add(new CpdPriority(
                    ranked.size() + 1,
                    p.skill(),
                    p.teamGap(),
                    p.individualGaps(),
                    p.peopleWithGap(),
                    p.calls(),
                    p.periodCalls(),
                    p.escalated(),
                    p.coverage(),
                    p.nextLevel(),
                    p.nextActivities()));
        }
        return ranked;
    }

    private static CpdPriority priority(
            SkillCoverage c, Individual ind, List<CategoryDemand> categories, int periodCalls, CompetenceFramework fw) {
        Skill s = c.skill();
        int calls = 0;
        int escalated = 0;
        for (CategoryDemand d : categories) {
            if (d.skill() == s) {
                calls += d.calls();
                escalated += d.escalated();
            }
        }
        // The first step: lift the team's best when it falls short of the need, else the furthest-behind person.
        Level from = c.teamGap() > 0 ? c.coverage() : ind.lowest();
        Level next = from.next().orElseThrow();
        return new CpdPriority(
                1,
                s,
                c.teamGap(),
                ind.levels(),
                ind.people(),
                calls,
                periodCalls,
                escalated,
                c,
                next,
                fw.activities(s, next));
    }

    private static Individual individual(Skill s, List<PersonGaps> people) {
        int levels = 0;
        int count = 0;
        Level lowest = null;
        for (PersonGaps p : people) {
            for (SkillGap g : p.gaps()) {
                if (g.skill() == s) {
                    levels += g.levels();
                    count++;
                    lowest = lowest == null || g.current().compareTo(lowest) < 0 ? g.current() : lowest;
                }
            }
        }
        return new Individual(levels, count, lowest);
    }
}
