package uk.ictreview.analyse.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.analyse.standards.S.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.SchoolFacts;
import uk.ictreview.model.SchoolPhase;

/** The lines judged from pack.md's facts (docs/rules-standards.md). Period end 26/06/2026. */
class FactLinesTest {
    static StandardLine line(SchoolFacts f, String id) {
        return S.line(run(f, List.of(), goodSla()), id);
    }

    static SchoolFacts facts(
            SchoolPhase phase,
            String lead,
            String governor,
            LocalDate strategy,
            Boolean backups,
            Boolean offline,
            Boolean continuity,
            String down,
            String up,
            Boolean backupLine) {
        return new SchoolFacts(
                true,
                phase,
                lead,
                governor,
                strategy,
                strategy,
                strategy,
                backups,
                offline,
                continuity,
                down == null ? null : new BigDecimal(down),
                up == null ? null : new BigDecimal(up),
                backupLine);
    }

    static SchoolFacts unknown() {
        return SchoolFacts.unknown();
    }

    @Test
    void rolesEachStatus() {
        assertThat(line(allMet(), "leadership-roles").evidence())
                .isEqualTo("SLT digital lead: Deputy Head; link governor: Mr B Governor.");
        SchoolFacts one = facts(null, "Deputy Head", null, null, null, null, null, null, null, null);
        assertThat(line(one, "leadership-roles").status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(line(one, "leadership-roles").evidence())
                .isEqualTo("SLT digital lead: Deputy Head; the other is not named.");
        // Never "not met": a name not given is not known.
        assertThat(line(unknown(), "leadership-roles").status()).isEqualTo(Judgement.NOT_KNOWN);
    }

    @Test
    void aReviewDateCountsWithinTwelveMonthsOfThePeriodEnd() {
        // 26/06/2026 - 12 months = 26/06/2025: that day is met, the day before is not.
        for (String id : List.of("leadership-strategy", "filtering-monitoring-review", "cyber-staff-training")) {
            SchoolFacts on = facts(null, null, null, LocalDate.of(2025, 6, 26), null, null, null, null, null, null);
            SchoolFacts before = facts(null, null, null, LocalDate.of(2025, 6, 25), null, null, null, null, null, null);
            assertThat(line(on, id).status()).as(id).isEqualTo(Judgement.MET);
            assertThat(line(before, id).status()).as(id).isEqualTo(Judgement.NOT_MET);
            assertThat(line(unknown(), id).status()).as(id).isEqualTo(Judgement.NOT_KNOWN);
        }
        SchoolFacts old = facts(null, null, null, LocalDate.of(2024, 11, 20), null, null, null, null, null, null);
        StandardLine strategy = line(old, "leadership-strategy");
        assertThat(strategy.evidence())
                .isEqualTo("The digital technology strategy was last reviewed on 20 November 2024, more than 12 months"
                        + " before 26 June 2026.");
        assertThat(strategy.rule())
                .isEqualTo("Met: strategy-reviewed in pack.md no more than 12 months before the period end (on or after"
                        + " 26 June 2025). Not met: earlier. Not known: not given.");
        assertThat(strategy.nextStep()).contains("at least every 12 months");
        assertThat(line(unknown(), "cyber-staff-training").evidence())
                .isEqualTo("pack.md does not give cyber-training.");
    }

    @Test
    void continuityAndBackupsEachStatus() {
        assertThat(line(allMet(), "leadership-continuity").status()).isEqualTo(Judgement.MET);
        SchoolFacts no = facts(null, null, null, null, false, null, false, null, null, null);
        assertThat(line(no, "leadership-continuity").status()).isEqualTo(Judgement.NOT_MET);
        assertThat(line(unknown(), "leadership-continuity").status()).isEqualTo(Judgement.NOT_KNOWN);
        assertThat(line(allMet(), "cyber-backups").status()).isEqualTo(Judgement.MET);
        SchoolFacts noOffline = facts(null, null, null, null, true, null, null, null, null, null);
        assertThat(line(noOffline, "cyber-backups").status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(line(noOffline, "cyber-backups").evidence())
                .isEqualTo("Backups keep 3 copies on 2 kinds of media, 1 off site; an offline copy is not said"
                        + " (backup-offline).");
        assertThat(line(no, "cyber-backups").status()).isEqualTo(Judgement.NOT_MET);
        assertThat(line(unknown(), "cyber-backups").status()).isEqualTo(Judgement.NOT_KNOWN);
    }

    @Test
    void broadbandBySpeedForThePhaseAndABackupLine() {
        // Primary: 100 down / 30 up with a backup line: met.
        StandardLine met = line(allMet(), "broadband-speed");
        assertThat(met.status()).isEqualTo(Judgement.MET);
        assertThat(met.evidence())
                .isEqualTo("100 Mbps down and 30 Mbps up, against 100 Mbps and 30 Mbps for a primary school; with a"
                        + " backup connection.");
        assertThat(met.rule())
                .startsWith("Met: at least 100 Mbps down and 30 Mbps up for a primary school, 1 Gbps (1,000 Mbps) down"
                        + " and up for a secondary or all-through school, and a backup connection.");
        // Secondary on 1 Gbps both ways, no backup line: partly.
        SchoolFacts secondary = facts(SchoolPhase.SECONDARY, null, null, null, null, null, null, "1000", "1000", false);
        assertThat(line(secondary, "broadband-speed").status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(line(secondary, "broadband-speed").evidence())
                .isEqualTo("1,000 Mbps down and 1,000 Mbps up, against 1,000 Mbps and 1,000 Mbps for a secondary"
                        + " school; no backup connection.");
        // All-through on 500/500: below 1 Gbps, not met (a backup line does not help).
        SchoolFacts slow = facts(SchoolPhase.ALL_THROUGH, null, null, null, null, null, null, "500", "500", true);
        assertThat(line(slow, "broadband-speed").status()).isEqualTo(Judgement.NOT_MET);
        assertThat(line(slow, "broadband-speed").nextStep()).contains("at least 1,000 Mbps down and 1,000 Mbps up");
        // Primary on 80 down: not met.
        SchoolFacts primarySlow = facts(SchoolPhase.PRIMARY, null, null, null, null, null, null, "80", "30", true);
        assertThat(line(primarySlow, "broadband-speed").status()).isEqualTo(Judgement.NOT_MET);
        // No phase: not known, naming what is missing.
        SchoolFacts noPhase = facts(null, null, null, null, null, null, null, "1000", null, true);
        assertThat(line(noPhase, "broadband-speed").status()).isEqualTo(Judgement.NOT_KNOWN);
        assertThat(line(noPhase, "broadband-speed").evidence())
                .isEqualTo("pack.md does not give phase and broadband-up-mbps.");
    }
}
