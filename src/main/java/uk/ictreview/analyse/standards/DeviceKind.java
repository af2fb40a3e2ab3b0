package uk.ictreview.analyse.standards;

import java.util.List;
import java.util.Locale;

/**
 * The groups of asset types the standards speak of, by the policy's type names (case and spacing ignored). A
 * school's own type (an "All-in-one") belongs to none: the standards' lines cannot tell what it is.
 */
enum DeviceKind {
    END_USER("Desktop", "Laptop", "Chromebook", "Tablet"),
    SWITCH("Network switch"),
    WIRELESS("Wireless access point"),
    SERVER("Server", "Storage"),
    UPS("UPS");

    private final List<String> types;

    DeviceKind(String... types) {
        this.types = List.of(types);
    }

    boolean includes(String policyType) {
        String k = key(policyType);
        return types.stream().anyMatch(t -> key(t).equals(k));
    }

    private static String key(String type) {
        return type.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
