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
        LocalDate supportEnds,
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
            supportEnds,
            notes
        };
    }

    ExampleAsset with(AssetStatus s, LocalDate by, BigDecimal replacement, String note) {
        return new ExampleAsset(
                tag,
                type,
                make,
                model,
                serial,
                location,
                purchased,
                cost,
                warrantyEnds,
                s,
                by,
                replacement,
                supportEnds,
                note);
    }

    /** The same device with the day its security updates stop. */
    ExampleAsset supportEnding(LocalDate day) {
        return new ExampleAsset(
                tag,
                type,
                make,
                model,
                serial,
                location,
                purchased,
                cost,
                warrantyEnds,
                status,
                replaceBy,
                replacementCost,
                day,
                notes);
    }

    /** Another model bought on another day (a device the wave left behind), its warranty as long as before. */
    ExampleAsset bought(String otherMake, String otherModel, LocalDate day) {
        return new ExampleAsset(
                tag,
                type,
                otherMake,
                otherModel,
                serial,
                location,
                day,
                cost,
                day.plusDays(warrantyEnds.toEpochDay() - purchased.toEpochDay()),
                status,
                replaceBy,
                replacementCost,
                supportEnds,
                notes);
    }
}
