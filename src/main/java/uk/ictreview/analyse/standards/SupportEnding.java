package uk.ictreview.analyse.standards;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A planned device (In use, Spare, In repair) past the day its security updates stop, or reaching it within 12
 * months after the period end. {@code type} is the policy's spelling; {@code past} is true when it was already
 * unsupported on the period end.
 */
public record SupportEnding(
        String tag, String type, String make, String model, String location, LocalDate supportEnds, boolean past) {
    public SupportEnding {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(supportEnds, "supportEnds");
    }
}
