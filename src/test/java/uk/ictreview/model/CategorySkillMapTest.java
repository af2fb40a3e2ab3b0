package uk.ictreview.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategorySkillMapTest {
    private final CategorySkillMap builtIn = new CategorySkillMap(List.of());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hardware|DESKTOP_APPLICATION_SUPPORT",
                "Printing / copiers|DESKTOP_APPLICATION_SUPPORT",
                "Software|DESKTOP_APPLICATION_SUPPORT",
                "Classroom AV|DESKTOP_APPLICATION_SUPPORT",
                "Data projector|DESKTOP_APPLICATION_SUPPORT",
                "Network|SERVER_NETWORK_SUPPORT",
                "Wi-Fi|SERVER_NETWORK_SUPPORT",
                "WiFi|SERVER_NETWORK_SUPPORT",
                "Accounts & passwords|SERVER_NETWORK_SUPPORT",
                "Servers|SERVER_NETWORK_SUPPORT",
                "Internet filtering|SERVER_NETWORK_SUPPORT",
                "Network printer|SERVER_NETWORK_SUPPORT",
                "Backup|CONTINUITY_MAINTENANCE_SECURITY",
                "Virus|CONTINUITY_MAINTENANCE_SECURITY",
                "Security|CONTINUITY_MAINTENANCE_SECURITY",
                "Data|CONTINUITY_MAINTENANCE_SECURITY",
                "Installation|CONFIGURATION_INSTALLATION",
                "New equipment|CONFIGURATION_INSTALLATION",
                "Moves and changes|CONFIGURATION_INSTALLATION",
                "Supplier|INTERNAL_SUPPORT_EXTERNAL_CONTRACTS",
                "Contract|INTERNAL_SUPPORT_EXTERNAL_CONTRACTS",
                "Warranty repair|INTERNAL_SUPPORT_EXTERNAL_CONTRACTS",
                "Safety|HEALTH_SAFETY",
                "Health and safety|HEALTH_SAFETY",
                "Support request management|SUPPORT_REQUEST_MANAGEMENT"
            })
    void builtInTable(String category, Skill skill) {
        assertThat(builtIn.skillFor(category)).contains(skill);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // The bundled example school's categories, as its generator writes them.
                "Printing|DESKTOP_APPLICATION_SUPPORT",
                "Accounts/passwords|SERVER_NETWORK_SUPPORT",
                "Internet filtering|SERVER_NETWORK_SUPPORT",
                "Virus/security|CONTINUITY_MAINTENANCE_SECURITY",
                "MIS/data|CONTINUITY_MAINTENANCE_SECURITY",
                "Supplier/warranty|INTERNAL_SUPPORT_EXTERNAL_CONTRACTS",
                "PAT testing|HEALTH_SAFETY"
            })
    void exampleSchoolCategories(String category, Skill skill) {
        assertThat(builtIn.skillFor(category)).contains(skill);
    }

    @Test
    void shortKeywordsMustBeWholeWordsAndUnknownIsUnmapped() {
        // "av" must not match "available"; nothing else matches either.
        assertThat(builtIn.skillFor("Unavailable room")).isEmpty();
        assertThat(builtIn.skillFor("Lost property")).isEmpty();
        assertThat(builtIn.skillFor("")).isEmpty();
    }

    @Test
    void categoriesSheetOverridesIgnoringCaseAndSpacing() {
        CategorySkillMap m = new CategorySkillMap(List.of(
                new CategorySkill("Printing / copiers", Skill.INTERNAL_SUPPORT_EXTERNAL_CONTRACTS),
                new CategorySkill("Lost property", Skill.SUPPORT_REQUEST_MANAGEMENT)));
        assertThat(m.skillFor("PRINTING/copiers")).contains(Skill.INTERNAL_SUPPORT_EXTERNAL_CONTRACTS);
        assertThat(m.skillFor("lost  property")).contains(Skill.SUPPORT_REQUEST_MANAGEMENT);
        // Not exact: "Printing" alone keeps the built-in map.
        assertThat(m.skillFor("Printing")).contains(Skill.DESKTOP_APPLICATION_SUPPORT);
    }
}
