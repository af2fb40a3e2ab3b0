package uk.ictreview.analyse.competence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import uk.ictreview.model.StaffMember;

/**
 * The competence analysis of one school (SPEC 6.2). {@code bySkill} has the 12 skills in the framework's
 * order; {@code staff} is the Staff sheet in its order (suppliers' engineers included, for the heat map);
 * {@code people} has one entry per School person; {@code priorities} are the skills with a gap, best first;
 * {@code categories} are the period's call categories with their skill; {@code rolesWithoutTarget} are the
 * School roles for which neither the Targets sheet nor the defaults give a target. The {@code default...} flags
 * say which policy sheets were absent (Needs, Targets, Categories), so the method notes can say so.
 */
public record CompetenceResult(
        BigDecimal supportFte,
        List<SkillCoverage> bySkill,
        List<StaffMember> staff,
        List<PersonGaps> people,
        List<CpdPriority> priorities,
        List<CategoryDemand> categories,
        int periodCalls,
        boolean defaultNeeds,
        boolean defaultTargets,
        boolean defaultCategories,
        List<String> rolesWithoutTarget) {
    /** At or below this School FTE the report advises buying in some FITS functions (SPEC 6.2). */
    public static final BigDecimal CAPACITY_THRESHOLD = BigDecimal.ONE;

    public CompetenceResult {
        Objects.requireNonNull(supportFte, "supportFte");
        bySkill = List.copyOf(bySkill);
        staff = List.copyOf(staff);
        people = List.copyOf(people);
        priorities = List.copyOf(priorities);
        categories = List.copyOf(categories);
        rolesWithoutTarget = List.copyOf(rolesWithoutTarget);
    }

    /** True when the school's own support FTE is 1.0 or less: the FITS OM capacity advice applies. */
    public boolean capacityAdvice() {
        return supportFte.compareTo(CAPACITY_THRESHOLD) <= 0;
    }

    public List<SkillCoverage> singlePointsOfKnowledge() {
        return bySkill.stream().filter(SkillCoverage::singlePointOfKnowledge).toList();
    }

    public List<SkillCoverage> uncovered() {
        return bySkill.stream().filter(c -> !c.covered()).toList();
    }

    public List<CategoryDemand> unmappedCategories() {
        return categories.stream().filter(c -> !c.mapped()).toList();
    }

    public long schoolStaffCount() {
        return staff.stream().filter(StaffMember::isSchoolStaff).count();
    }
}
