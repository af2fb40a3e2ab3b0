package uk.ictreview.app;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import uk.ictreview.analyse.competence.RoleTargets;
import uk.ictreview.model.SkillsMatrix;
import uk.ictreview.model.StaffMember;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/**
 * A role in the Staff sheet that no target fits (no Targets row, no level or FITS title in its name) leaves that
 * person out of the gap tables without a word in {@code check}; usually it is a typo ("Techncian"). Said once per
 * role, at its first row, as the competence analysis would judge it (the same {@link RoleTargets}).
 */
final class RoleCheck {
    private RoleCheck() {}

    static void warnRolesWithoutTarget(SkillsMatrix skills, Diagnostics diags) {
        RoleTargets targets = new RoleTargets(skills.targets());
        Set<String> said = new HashSet<>();
        for (StaffMember p : skills.staff()) {
            // suppliers' engineers have no school targets (the analysis passes over them too)
            if (!p.isSchoolStaff() || targets.forRole(p.role()).isPresent()) {
                continue;
            }
            if (said.add(p.role().strip().toLowerCase(Locale.ROOT))) {
                diags.warning(
                        Place.row(
                                p.source().file(),
                                p.source().sheet(),
                                p.source().row()),
                        "Role '" + p.role() + "' matches no target: "
                                + (skills.targets().isEmpty()
                                        ? "there is no Targets sheet, and"
                                        : "no row of the" + " Targets sheet names it, and")
                                + " the name holds no level (Technician A to Technician D) and no FITS title (Teaching"
                                + " Assistant, ICT Technician, Senior ICT Technician, ICT Systems Manager, Network"
                                + " Manager, Service desk administrator), so the gaps of staff in this role are not"
                                + " shown: correct the role's spelling, or add it to the Targets sheet");
            }
        }
    }
}
