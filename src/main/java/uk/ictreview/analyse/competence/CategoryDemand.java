package uk.ictreview.analyse.competence;

import java.util.Objects;
import uk.ictreview.model.Skill;

/** The period's calls in one category (as written in the log), the skill it maps to (null: unmapped). */
public record CategoryDemand(String category, Skill skill, int calls, int escalated) {
    public CategoryDemand {
        Objects.requireNonNull(category, "category");
        if (calls < 0 || escalated < 0 || escalated > calls) {
            throw new IllegalArgumentException(category + ": calls " + calls + ", escalated " + escalated);
        }
    }

    public boolean mapped() {
        return skill != null;
    }
}
