package uk.ictreview.model;

import java.util.Locale;
import java.util.Optional;

/** An asset's status. Retired and disposed assets are left out of refresh planning. */
public enum AssetStatus {
    IN_USE("In use"),
    SPARE("Spare"),
    IN_REPAIR("In repair"),
    RETIRED("Retired"),
    DISPOSED("Disposed");

    private final String label;

    AssetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPlanned() {
        return this != RETIRED && this != DISPOSED;
    }

    public static Optional<AssetStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (AssetStatus s : values()) {
            if (s.label.toLowerCase(Locale.ROOT).replace(" ", "").equals(t)) {
                return Optional.of(s);
            }
        }
        return switch (t) {
            case "active", "live", "inservice" -> Optional.of(IN_USE);
            case "disposedof", "scrapped", "sold" -> Optional.of(DISPOSED);
            case "repair", "broken", "faulty" -> Optional.of(IN_REPAIR);
            case "instock", "stock", "storage" -> Optional.of(SPARE);
            default -> Optional.empty();
        };
    }
}
