package uk.ictreview.analyse.competence;

import java.util.List;
import java.util.Objects;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;

/**
 * One person's gap in one skill: max(0, target - current) in levels, with the framework's activities for
 * {@code nextLevel}, the level above the current one, so that a CPD step can be planned.
 */
public record SkillGap(Skill skill, Level current, Level target, Level nextLevel, List<String> nextActivities) {
    public SkillGap {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(nextLevel, "nextLevel");
        nextActivities = List.copyOf(nextActivities);
        if (target.compareTo(current) <= 0) {
            throw new IllegalArgumentException(skill.label() + ": no gap from " + current + " to target " + target);
        }
    }

    /** Levels to go, at least 1. */
    public int levels() {
        return target.rank() - current.rank();
    }
}
