package uk.ictreview.analyse.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.Period;
import uk.ictreview.model.SchoolFacts;

/**
 * What the standards are judged from: the period, pack.md's facts and whether it holds a commentary (the review's
 * findings), the asset register, the SLA analysis and the service-level goal, and what is known of earlier packs.
 * {@code earlierPacksSearched} is false when the build cannot see its output folder's earlier packs; {@code
 * previousPackTo} is the end of the latest earlier pack's period found there (null when none).
 */
public record StandardsInput(
        Period period,
        SchoolFacts facts,
        boolean commentaryWritten,
        AssetRegister register,
        SlaResult sla,
        BigDecimal goalPct,
        boolean earlierPacksSearched,
        LocalDate previousPackTo) {
    public StandardsInput {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(goalPct, "goalPct");
        if (!earlierPacksSearched && previousPackTo != null) {
            throw new IllegalArgumentException("a previous pack cannot be found without searching for it");
        }
    }
}
