package uk.ictreview.analyse.competence;

import java.util.List;
import java.util.Objects;
import uk.ictreview.model.StaffMember;

/**
 * One School person's gaps against the target of their role. {@code index} is their 0-based row in the Staff
 * sheet's order (the pack labels them "Staff n" by it). {@code targetSource} says where the targets came from,
 * or is null when the role has no target: then {@code gaps} is empty because none can be computed.
 */
public record PersonGaps(int index, StaffMember person, String targetSource, List<SkillGap> gaps) {
    public PersonGaps {
        Objects.requireNonNull(person, "person");
        gaps = List.copyOf(gaps);
        if (targetSource == null && !gaps.isEmpty()) {
            throw new IllegalArgumentException("gaps without a target for row " + index);
        }
    }

    public boolean hasTarget() {
        return targetSource != null;
    }

    /** Sum of the gaps in levels over every skill. */
    public int totalLevels() {
        return gaps.stream().mapToInt(SkillGap::levels).sum();
    }
}
