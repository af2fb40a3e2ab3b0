package uk.ictreview.analyse.competence;

import java.util.List;
import java.util.Objects;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;

/**
 * The team's cover of one skill (SPEC 6.2). {@code coverage} is the highest current level among School staff
 * (supplier engineers excluded), NONE when nobody has it. {@code provider} is the Needs sheet's "Covered by",
 * or null. {@code holders} are the 0-based rows (in the Staff sheet's order) of the School staff at or above
 * the need. {@code nextActivities} are the framework's activities for the level above the coverage, empty when
 * the team reaches the need. {@code description} is the framework's description of the skill ("" if unknown).
 */
public record SkillCoverage(
        Skill skill,
        Level need,
        Level coverage,
        String provider,
        List<Integer> holders,
        List<String> nextActivities,
        String description) {
    public SkillCoverage {
        description = description == null ? "" : description;
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(coverage, "coverage");
        holders = List.copyOf(holders);
        nextActivities = List.copyOf(nextActivities);
    }

    /** The team itself reaches the need. */
    public boolean coveredByTeam() {
        return coverage.compareTo(need) >= 0;
    }

    /** Covered: the team reaches the need, or a provider is named for it. */
    public boolean covered() {
        return coveredByTeam() || provider != null;
    }

    public int holdersAtNeed() {
        return holders.size();
    }

    /** Exactly one School person reaches the need: one resignation away from losing it. */
    public boolean singlePointOfKnowledge() {
        return holders.size() == 1;
    }

    /** Levels between the team's best and the need; 0 when the team reaches it. */
    public int teamGap() {
        return Math.max(0, need.rank() - coverage.rank());
    }
}
