package uk.ictreview.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What pack.md says about the DfE digital and technology standards (SPEC 9): whether to judge them at all
 * ({@code standards: england}, the default, or {@code none}), and the facts only the school knows. Every fact is
 * null when pack.md does not give it (or gives a value that cannot be read): not known, never met. Speeds in
 * Mbps; a yes/no fact is a {@link Boolean}.
 */
public record SchoolFacts(
        boolean judged,
        SchoolPhase phase,
        String digitalLead,
        String linkGovernor,
        LocalDate strategyReviewed,
        LocalDate filteringReviewed,
        LocalDate cyberTraining,
        Boolean backups321,
        Boolean backupOffline,
        Boolean continuityPlan,
        BigDecimal broadbandDownMbps,
        BigDecimal broadbandUpMbps,
        Boolean broadbandBackup) {

    /** Judged, and nothing known: a pack.md that gives none of the keys. */
    public static SchoolFacts unknown() {
        return new SchoolFacts(true, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
