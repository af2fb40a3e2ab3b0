package uk.ictreview.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the asset register (SPEC 4.2). Optional fields are null when blank. {@code type} is as the school
 * wrote it, trimmed; the lifecycle policy matches it ignoring case and spacing. Money in pounds, exact.
 */
public record Asset(
        String tag,
        String type,
        String make,
        String model,
        String serial,
        String location,
        LocalDate purchased,
        BigDecimal cost,
        LocalDate warrantyEnds,
        AssetStatus status,
        LocalDate replaceBy,
        BigDecimal replacementCost,
        String notes,
        RowRef source) {
    public Asset {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(type, "type");
        status = status == null ? AssetStatus.IN_USE : status;
    }
}
