package uk.ictreview.model;

import java.util.Objects;

/** One row of the Needs sheet: the level the school needs access to, and who covers it when the team lacks it. */
public record SkillNeed(Skill skill, Level need, String coveredBy) {
    public SkillNeed {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(need, "need");
        coveredBy = coveredBy == null || coveredBy.isBlank() ? null : coveredBy.trim();
    }
}
