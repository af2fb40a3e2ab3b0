package uk.ictreview.analyse.refresh;

import java.time.LocalDate;
import java.util.Objects;

/** A planned asset whose warranty ends within six months after the period end. */
public record WarrantyEnding(String tag, String type, String location, LocalDate ends) {
    public WarrantyEnding {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ends, "ends");
    }
}
