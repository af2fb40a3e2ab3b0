package uk.ictreview.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the asset register (SPEC 4.2). Optional fields are null when blank. {@code type} is as the school
 * wrote it, trimmed; the lifecycle policy matches it ignoring case and spacing. Money in pounds, exact. {@code
 * supportEnds} is the day the maker stops security updates for the device or its operating system.
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
        LocalDate supportEnds,
        String notes,
        RowRef source) {
    public Asset {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(type, "type");
        status = status == null ? AssetStatus.IN_USE : status;
    }

    /**
     * Past its Support ends on {@code day}: the day after the last day of updates or later (Windows 10's last
     * updates came on 14/10/2025, so it was past support from 15/10/2025).
     */
    public boolean pastSupportOn(LocalDate day) {
        return supportEnds != null && supportEnds.isBefore(day);
    }
}
