package uk.ictreview.analyse.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.analyse.standards.S.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.SchoolFacts;

/** The summary's standards status (Overall.RULE) and the per-area status the trust counts. */
class OverallTest {
    /** A register on which every device line is met: supported, in life, in warranty, a UPS. */
    static List<uk.ictreview.model.Asset> goodKit() {
        return assets(
                dev("L1", "Laptop", "2024-01-01").support("2030-06-30"),
                dev("S1", "Network switch", "2024-01-01").support("2032-01-01"),
                dev("W1", "Wireless access point", "2024-01-01").support("2030-01-01"),
                dev("V1", "Server", "2024-01-01").support("2029-01-09"),
                dev("U1", "UPS", "2024-01-01").support("2030-01-01"));
    }

    @Test
    void greenWhenEveryLineIsMet() {
        StandardsResult r = run(allMet(), goodKit(), goodSla());
        assertThat(r.lines()).allSatisfy(l -> assertThat(l.status()).as(l.id()).isEqualTo(Judgement.MET));
        assertThat(r.overall()).isEqualTo(Overall.GREEN);
        assertThat(r.lines()).hasSize(16);
        // Areas in the DfE's order, core first.
        assertThat(r.lines().get(0).area()).isEqualTo(Area.BROADBAND);
        assertThat(r.lines().get(15).area()).isEqualTo(Area.IT_SUPPORT);
    }

    @Test
    void amberWhenALineIsNotKnownOrANonCoreLineIsNotMet() {
        // Facts not given: not known, never met -> amber.
        StandardsResult unknown = run(SchoolFacts.unknown(), goodKit(), goodSla());
        assertThat(unknown.overall()).isEqualTo(Overall.AMBER);
        assertThat(unknown.status(Area.BROADBAND)).isEqualTo(Judgement.NOT_KNOWN);
        // Only IT support's service expectations (not core) not met: 2 of 4 calls within target -> amber. (A
        // device past Support ends cannot show this: it also fails cyber security's line, which is core.)
        StandardsResult sla = run(allMet(), goodKit(), sla(true, met(0), met(1), breached(2), breached(3)));
        assertThat(sla.status(Area.IT_SUPPORT)).isEqualTo(Judgement.NOT_MET);
        assertThat(sla.overall()).isEqualTo(Overall.AMBER);
        List<uk.ictreview.model.Asset> kit = new java.util.ArrayList<>(goodKit());
        kit.addAll(assets(dev("V2", "Server", "2024-01-01").support("2026-01-01")));
        assertThat(run(allMet(), kit, goodSla()).overall()).isEqualTo(Overall.RED);
    }

    @Test
    void redWhenAnyCoreLineIsNotMet() {
        // A fact: continuity-plan: no (digital leadership, core).
        SchoolFacts f = allMet();
        SchoolFacts noPlan = new SchoolFacts(
                true,
                f.phase(),
                f.digitalLead(),
                f.linkGovernor(),
                f.strategyReviewed(),
                f.filteringReviewed(),
                f.cyberTraining(),
                f.backups321(),
                f.backupOffline(),
                false,
                f.broadbandDownMbps(),
                f.broadbandUpMbps(),
                f.broadbandBackup());
        StandardsResult r = run(noPlan, goodKit(), goodSla());
        assertThat(r.overall()).isEqualTo(Overall.RED);
        // Digital leadership: 3 lines met, 1 not met -> the area is not met.
        assertThat(r.status(Area.LEADERSHIP)).isEqualTo(Judgement.NOT_MET);
        assertThat(r.count(Judgement.NOT_MET)).isEqualTo(1);
    }

    @Test
    void anAreaWithSomeLinesMetAndNoneNotMetIsPartlyMet() {
        // Roles named but backups not given: cyber security has met lines and a not-known one -> partly.
        SchoolFacts f = allMet();
        SchoolFacts noBackups = new SchoolFacts(
                true,
                f.phase(),
                f.digitalLead(),
                f.linkGovernor(),
                f.strategyReviewed(),
                f.filteringReviewed(),
                f.cyberTraining(),
                null,
                null,
                f.continuityPlan(),
                f.broadbandDownMbps(),
                f.broadbandUpMbps(),
                f.broadbandBackup());
        assertThat(run(noBackups, goodKit(), goodSla()).status(Area.CYBER_SECURITY))
                .isEqualTo(Judgement.PARTLY_MET);
    }
}
