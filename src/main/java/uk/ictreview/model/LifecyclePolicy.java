package uk.ictreview.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The refresh policy of one asset type (SPEC 4.2, sheet Lifecycle): its lifetime in years, the cost of a
 * replacement in pounds, and the annual price change in percent (e.g. 3 for +3% a year).
 */
public record LifecyclePolicy(
        String type, int lifetimeYears, BigDecimal replacementCost, BigDecimal annualPriceChangePct) {
    public LifecyclePolicy {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(replacementCost, "replacementCost");
        annualPriceChangePct = annualPriceChangePct == null ? BigDecimal.ZERO : annualPriceChangePct;
        if (lifetimeYears < 1) {
            throw new IllegalArgumentException(type + ": lifetime must be at least 1 year, was " + lifetimeYears);
        }
    }

    /** The SPEC's defaults (FITS-era refresh guidance), with no annual price change. */
    public static List<LifecyclePolicy> defaults() {
        return List.of(
                p("Desktop", 5, 650),
                p("Laptop", 4, 600),
                p("Chromebook", 4, 300),
                p("Tablet", 4, 350),
                p("Server", 4, 5000),
                p("Storage", 5, 3000),
                p("Network switch", 7, 1200),
                p("Wireless access point", 5, 350),
                p("Firewall", 5, 2500),
                p("Interactive display", 7, 2500),
                p("Projector", 6, 800),
                p("Printer", 5, 800),
                p("UPS", 5, 600));
    }

    private static LifecyclePolicy p(String type, int years, int pounds) {
        return new LifecyclePolicy(type, years, BigDecimal.valueOf(pounds).setScale(2), BigDecimal.ZERO);
    }
}
