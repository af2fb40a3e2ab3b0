package uk.ictreview.model;

import java.util.Objects;

/** One row of the Categories sheet: an incident category and the skill it needs (overrides SPEC 6.3's map). */
public record CategorySkill(String category, Skill skill) {
    public CategorySkill {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(skill, "skill");
    }
}
