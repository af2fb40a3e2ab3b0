package uk.ictreview.analyse.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ictreview.model.Level;
import uk.ictreview.model.RoleTarget;
import uk.ictreview.model.Skill;

class RoleTargetsTest {
    @ParameterizedTest
    @CsvSource({
        "Technician A, A",
        "technician d, D",
        "IT Technician C (0.5), C",
        "Teaching Assistant, A",
        "ICT Technician, B",
        "ict technician, B",
        "Senior ICT Technician, C",
        "SENIOR ICT TECHNICIAN (NETWORK), C",
        "ICT Systems Manager, D",
        "Network Manager, D",
        "Service desk administrator, A"
    })
    void defaultTargetsFromRoleNames(String role, Level level) {
        assertThat(RoleTargets.defaultLevel(role)).contains(level);
    }

    @Test
    void rolesWithoutADefault() {
        assertThat(RoleTargets.defaultLevel("Data Manager")).isEmpty();
        assertThat(RoleTargets.defaultLevel("Technician")).isEmpty();
        // "Technician and ..." is not "Technician A".
        assertThat(RoleTargets.defaultLevel("Technician and caretaker")).isEmpty();
    }

    @Test
    void targetsSheetWinsAndDefaultsFillTheRest() {
        RoleTargets t = new RoleTargets(
                List.of(new RoleTarget("ICT Technician", Map.of(Skill.SERVER_NETWORK_SUPPORT, Level.C))));
        RoleTargets.Target tech = t.forRole("ict  technician").orElseThrow();
        assertThat(tech.source()).isEqualTo("Targets sheet");
        assertThat(tech.level(Skill.SERVER_NETWORK_SUPPORT)).isEqualTo(Level.C);
        // Blank in the sheet: no target in that skill (not the default B).
        assertThat(tech.level(Skill.DESKTOP_APPLICATION_SUPPORT)).isEqualTo(Level.NONE);
        RoleTargets.Target senior = t.forRole("Senior ICT Technician").orElseThrow();
        assertThat(senior.level(Skill.EDUCATIONAL_AWARENESS)).isEqualTo(Level.C);
        assertThat(t.forRole("Caretaker")).isEmpty();
    }
}
