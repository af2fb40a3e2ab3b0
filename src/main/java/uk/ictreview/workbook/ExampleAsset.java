package uk.ictreview.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import uk.ictreview.model.AssetStatus;

/** One row of the example school's asset register, in the column order of the Assets sheet. */
record ExampleAsset(
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
        String notes) {
    ExampleAsset {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }

    Object[] cells() {
        return new Object[] {
            tag,
            type,
            make,
            model,
            serial,
            location,
            purchased,
            cost,
            warrantyEnds,
            status.label(),
            replaceBy,
            replacementCost,
            notes
        };
    }

    ExampleAsset with(AssetStatus s, LocalDate by, BigDecimal replacement, String note) {
        return new ExampleAsset(
                tag, type, make, model, serial, location, purchased, cost, warrantyEnds, s, by, replacement, note);
    }
}
