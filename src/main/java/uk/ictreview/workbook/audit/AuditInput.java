package uk.ictreview.workbook.audit;

import java.util.Objects;
import uk.ictreview.analyse.competence.CompetenceResult;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.model.Period;
import uk.ictreview.model.StaffNames;

/**
 * What the audit workbook is made from: the analyses of one school and period. An analysis is null where its
 * workbook could not be used; its sheets are then left out and the About sheet says so.
 */
public record AuditInput(
        String school,
        Period period,
        StaffNames staffNames,
        SlaResult sla,
        RefreshResult refresh,
        CompetenceResult skills) {
    public AuditInput {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(staffNames, "staffNames");
    }
}
