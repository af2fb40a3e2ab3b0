package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.SchoolFacts;
import uk.ictreview.model.SchoolPhase;
import uk.ictreview.validate.Diagnostics;

/** The pack.md keys of SPEC 9 (docs/rules-standards.md, "The school's facts"). */
class PackFactsTest {
    static SchoolFacts facts(String front, Diagnostics d) {
        return PackFile.parse("---\n" + front + "---\n\nWords.\n", d).facts();
    }

    @Test
    void readsEveryFact() {
        Diagnostics d = new Diagnostics();
        SchoolFacts f = facts(
                "standards: england\nphase: secondary   # sets the broadband speeds\ndigital-lead: Deputy Head"
                        + " (Curriculum)\nlink-governor: \"Mrs A Patel\"\nstrategy-reviewed: 2025-11-04\n"
                        + "filtering-reviewed: 12/09/2025\ncyber-training: 2025-09-01\nbackups-3-2-1: yes\n"
                        + "backup-offline: No\ncontinuity-plan: true\nbroadband-down-mbps: 1 Gbps\n"
                        + "broadband-up-mbps: 500\nbroadband-backup: n\n",
                d);
        assertThat(d.all()).isEmpty();
        assertThat(f.judged()).isTrue();
        assertThat(f.phase()).isEqualTo(SchoolPhase.SECONDARY);
        assertThat(f.digitalLead()).isEqualTo("Deputy Head (Curriculum)");
        assertThat(f.linkGovernor()).isEqualTo("Mrs A Patel");
        assertThat(f.strategyReviewed()).isEqualTo(LocalDate.of(2025, 11, 4));
        assertThat(f.filteringReviewed()).isEqualTo(LocalDate.of(2025, 9, 12));
        assertThat(f.cyberTraining()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(f.backups321()).isTrue();
        assertThat(f.backupOffline()).isFalse();
        assertThat(f.continuityPlan()).isTrue();
        // 1 Gbps = 1000 Mbps
        assertThat(f.broadbandDownMbps()).isEqualByComparingTo(new BigDecimal("1000"));
        assertThat(f.broadbandUpMbps()).isEqualByComparingTo(new BigDecimal("500"));
        assertThat(f.broadbandBackup()).isFalse();
    }

    @Test
    void missingKeysAndUnknownOnPurposeAreNotKnownSilently() {
        Diagnostics d = new Diagnostics();
        SchoolFacts f = facts("school: Oak\nbackups-3-2-1: unknown\nphase: not known\n", d);
        assertThat(d.all()).isEmpty();
        assertThat(f).isEqualTo(SchoolFacts.unknown());
    }

    @Test
    void standardsNoneSwitchesTheSectionOff() {
        Diagnostics d = new Diagnostics();
        assertThat(facts("standards: none\n", d).judged()).isFalse();
        assertThat(facts("standards: England\n", d).judged()).isTrue();
        assertThat(d.all()).isEmpty();
    }

    @Test
    void badValuesAreWarningsNamingTheKeyAndTheFactIsNotKnown() {
        Diagnostics d = new Diagnostics();
        SchoolFacts f = facts(
                "standards: wales\nphase: nursery\nstrategy-reviewed: 2025-13-01\ncyber-training: 09/31/2025\n"
                        + "backups-3-2-1: mostly\nbroadband-down-mbps: fast\nbroadband-up-mbps: 0\n",
                d);
        assertThat(f.judged()).isTrue();
        assertThat(f.phase()).isNull();
        assertThat(f.strategyReviewed()).isNull();
        assertThat(f.cyberTraining()).isNull();
        assertThat(f.backups321()).isNull();
        assertThat(f.broadbandDownMbps()).isNull();
        assertThat(f.broadbandUpMbps()).isNull();
        String date = "expected a date written as 2026-04-13 or 13/04/2026; it is not known";
        String speed = "expected a speed in Mbps above 0, such as 100 (or 1 Gbps); it is not known";
        assertThat(d.all())
                .extracting(Object::toString)
                .containsExactly(
                        "pack.md: warning: standards 'wales' is not valid: expected england or none; the standards are"
                                + " judged (england)",
                        "pack.md: warning: phase 'nursery' is not valid: expected primary, secondary or all-through; it"
                                + " is not known",
                        "pack.md: warning: strategy-reviewed '2025-13-01' is not valid: " + date,
                        "pack.md: warning: cyber-training '09/31/2025' is not valid: " + date,
                        "pack.md: warning: backups-3-2-1 'mostly' is not valid: expected yes or no; it is not known",
                        "pack.md: warning: broadband-down-mbps 'fast' is not valid: " + speed,
                        "pack.md: warning: broadband-up-mbps '0' is not valid: " + speed);
    }
}
