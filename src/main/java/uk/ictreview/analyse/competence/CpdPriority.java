package uk.ictreview.analyse.competence;

import java.util.List;
import java.util.Objects;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;

/**
 * One skill ranked for CPD (SPEC 6.2). The score is {@code gapLevels x (1 + 12 x demand) x (1 + escalation)}
 * where gapLevels = the team gap (need - coverage, 0 when the team reaches the need) + the sum of the School
 * staff's own gaps against their role targets; demand = {@code calls / periodCalls}, so {@code 12 x demand} is
 * the skill's calls over the average calls per skill (a skill with an even twelfth of the calls counts its gap
 * twice); escalation = {@code escalated / calls} (0 without calls). See docs/rules-skills.md for why. {@code nextLevel} and its
 * {@code nextActivities} are the first step: the level above the team's best when the team falls short of the
 * need, else the level above the lowest current level among the people with a gap.
 */
public record CpdPriority(
        int rank,
        Skill skill,
        int teamGap,
        int individualGaps,
        int peopleWithGap,
        int calls,
        int periodCalls,
        int escalated,
        SkillCoverage coverage,
        Level nextLevel,
        List<String> nextActivities) {
    public CpdPriority {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(nextLevel, "nextLevel");
        nextActivities = List.copyOf(nextActivities);
        if (rank < 1 || teamGap < 0 || individualGaps < 0 || calls < 0 || escalated > calls || calls > periodCalls) {
            throw new IllegalArgumentException("inconsistent CPD priority for " + skill.label());
        }
    }

    public int gapLevels() {
        return teamGap + individualGaps;
    }

    /** Share of the period's calls that call on this skill, 0-1 (0 when there were no calls). */
    public double demand() {
        return periodCalls == 0 ? 0 : (double) calls / periodCalls;
    }

    /** Share of this skill's calls escalated to a supplier, 0-1 (0 without calls). */
    public double escalation() {
        return calls == 0 ? 0 : (double) escalated / calls;
    }

    public double score() {
        return scoreOf(gapLevels(), calls, periodCalls, escalated);
    }

    /** How many times the average share of calls per skill a skill's share is: 12 x demand. */
    public double demandWeight() {
        return 1 + DEMAND_SCALE * demand();
    }

    /** The 12 skills: demand is measured against an even spread of the calls over them. */
    public static final int DEMAND_SCALE = Skill.values().length;

    static double scoreOf(int gapLevels, int calls, int periodCalls, int escalated) {
        double demand = periodCalls == 0 ? 0 : (double) calls / periodCalls;
        double escalation = calls == 0 ? 0 : (double) escalated / calls;
        return gapLevels * (1 + DEMAND_SCALE * demand) * (1 + escalation);
    }

    public Level need() {
        return coverage.need();
    }
}
