package uk.ictreview.model;

import java.util.List;

/** Everything skills.xlsx says. A policy list is empty when its sheet is absent (defaults then apply). */
public record SkillsMatrix(List<StaffMember> staff, List<RoleTarget> targets, List<SkillNeed> needs) {
    public SkillsMatrix {
        staff = List.copyOf(staff);
        targets = List.copyOf(targets);
        needs = List.copyOf(needs);
    }

    public static SkillsMatrix empty() {
        return new SkillsMatrix(List.of(), List.of(), List.of());
    }
}
