package uk.ictreview.report;

import java.math.BigDecimal;
import java.util.Objects;
import uk.ictreview.model.CompetenceFramework;
import uk.ictreview.model.Period;
import uk.ictreview.model.SchoolData;
import uk.ictreview.model.StaffNames;

/**
 * What every area is built from: the school's data, the period, how staff are named in the pack, the competence
 * framework and the figures computed once for all areas ({@code supportFte}: the school's own support staff's FTE,
 * used by the refresh and the competences sections alike, so both say the same number).
 */
public record AreaInput(
        SchoolData data, Period period, StaffNames staffNames, CompetenceFramework framework, BigDecimal supportFte) {
    public AreaInput {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(staffNames, "staffNames");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(supportFte, "supportFte");
    }
}
