package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.CompetenceFramework;
import uk.ictreview.model.CompetenceFramework.Kind;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;

class FrameworkReaderTest {
    @Test
    void bundledFrameworkHasEverySkillLevelAndKind() {
        CompetenceFramework fw = FrameworkReader.bundled();
        for (Skill s : Skill.values()) {
            for (Level l : new Level[] {Level.A, Level.B, Level.C, Level.D}) {
                for (Kind k : Kind.values()) {
                    assertThat(fw.texts(s, l, k))
                            .as(s.label() + " " + l + " " + k.label())
                            .isNotEmpty();
                }
            }
        }
        // 373 bullets in /work/shared/framework/ict-competences.csv (374 lines with the header).
        assertThat(fw.statements()).hasSize(373);
        assertThat(fw.activities(Skill.DESKTOP_APPLICATION_SUPPORT, Level.A))
                .containsExactly(
                        "Connect up and check hardware for normal operation.",
                        "Set up a suitable desktop environment for users of a standalone PC.",
                        "Install simple software applications.");
        assertThat(fw.activities(Skill.SERVER_NETWORK_SUPPORT, Level.NONE)).isEmpty();
        assertThat(fw.descriptions()).hasSize(12);
        assertThat(fw.description(Skill.PERSONAL_ICT_COMPETENCES))
                .isEqualTo("Individual ICT skills required to perform the role.");
    }

    @Test
    void aDescriptionTwiceIsRefused() {
        String csv = "focus,skill,description\nTechnology,Health & Safety,x\nTechnology,Health and safety,y\n";
        assertThatThrownBy(() -> FrameworkReader.readDescriptions(new StringReader(csv), "d.csv"))
                .hasMessage("d.csv line 3: Health & Safety is described twice");
    }

    @Test
    void unknownSkillIsReportedWithItsLine() {
        String csv = "focus,skill,level,kind,text\nTechnology,Desktop & Application Support,A,Activities,x\n"
                + "Technology,Cooking,A,Activities,y\n";
        assertThatThrownBy(() -> FrameworkReader.read(new StringReader(csv), "f.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f.csv line 3: 'Cooking' is not one of the 12 skills");
    }

    @Test
    void badLevelAndKindAreReported() {
        String level = "focus,skill,level,kind,text\nTechnology,Health & Safety,E,Activities,x\n";
        assertThatThrownBy(() -> FrameworkReader.read(new StringReader(level), "f.csv"))
                .hasMessage("f.csv line 2: level 'E', expected A, B, C or D");
        String kind = "focus,skill,level,kind,text\nTechnology,Health & Safety,A,Hobbies,x\n";
        assertThatThrownBy(() -> FrameworkReader.read(new StringReader(kind), "f.csv"))
                .hasMessage("f.csv line 2: kind 'Hobbies', expected Activities, Knowledge or Examples");
    }

    @Test
    void aMissingLevelIsReported() {
        String csv = "focus,skill,level,kind,text\nTechnology,Health & Safety,A,Activities,x\n";
        assertThatThrownBy(() -> FrameworkReader.read(new StringReader(csv), "f.csv"))
                .hasMessage("f.csv: the framework has no activities for Desktop & Application Support at level A");
    }
}
