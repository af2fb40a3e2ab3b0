package uk.ictreview.model;

import java.util.Locale;
import java.util.Optional;

/** Whether the governors' pack names staff or shows them by role only. */
public enum StaffNames {
    HIDDEN,
    SHOWN;

    public static Optional<StaffNames> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "hidden" -> Optional.of(HIDDEN);
            case "shown" -> Optional.of(SHOWN);
            default -> Optional.empty();
        };
    }
}
