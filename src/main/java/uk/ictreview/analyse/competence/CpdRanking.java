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
  private CpdRanking() {}

  static List<CpdPriority> rank(
      List<SkillCoverage> bySkill,
      List<PersonGaps> people,
      List<CategoryDemand> categories,
      int periodCalls,
      CompetenceFramework fw) {
    List<CpdPriority> unranked = new ArrayList<>();
    for (SkillCoverage c : bySkill) {
      Skill s = c.skill();
      int individual = 0;
      int withGap = 0;
      Level lowest = null;
      for (PersonGaps p : people) {
        for (SkillGap g : p.gaps()) {
          if (g.skill() == s) {
            individual += g.levels();
            withGap++;
            lowest = lowest == null || g.current().compareTo(lowest) < 0 ? g.current() : lowest;
          }
        }
      }
      if (c.teamGap() + individual == 0) {
        continue;
      }
      int calls = 0;
      int escalated = 0;
      for (CategoryDemand d : categories) {
        if (d.skill() == s) {
          calls += d.calls();
          escalated += d.escalated();
        }
      }
      Level from = c.teamGap() > 0 ? c.coverage() : lowest;
      Level next = from.next().orElseThrow();
      unranked.add(
          new CpdPriority(
              1, s, c.teamGap(), individual, withGap, calls, periodCalls, escalated, c, next, fw.activities(s, next)));
    }
    unranked.sort(
        // Scores equal to 6 decimals are a tie (floating point must not decide the order).
        Comparator.comparingLong((CpdPriority p) -> Math.round(p.score() * 1e6))
            .reversed()
            .thenComparing(Comparator.comparingInt(CpdPriority::calls).reversed())
            .thenComparing(p -> p.skill().ordinal()));
    List<CpdPriority> ranked = new ArrayList<>();
    for (CpdPriority p : unranked) {
      ranked.add(
          new CpdPriority(
              ranked.size() + 1, p.skill(), p.teamGap(), p.individualGaps(), p.peopleWithGap(), p.calls(),
              p.periodCalls(), p.escalated(), p.coverage(), p.nextLevel(), p.nextActivities()));
    }
    return ranked;
  }
}
