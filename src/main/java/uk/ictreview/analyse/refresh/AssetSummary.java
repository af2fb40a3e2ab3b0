package uk.ictreview.analyse.refresh;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ictreview.model.Asset;
import uk.ictreview.model.LifecyclePolicy;

/**
 * Figures about the planned devices (In use, Spare, In repair) as they stand at the period end: book value,
 * age profile per type, and warranties ending within six months after the period end.
 */
record AssetSummary(
        List<BookValue> bookValues,
        int notValued,
        List<TypeSummary> types,
        List<WarrantyEnding> warranties,
        int plannedDevices,
        int warrantiesRecorded) {

    static AssetSummary of(List<Asset> assets, PolicyBook policy, LocalDate periodEnd) {
        List<Asset> planned =
                assets.stream().filter(a -> a.status().isPlanned()).toList();
        List<BookValue> values = new ArrayList<>();
        Map<String, List<Asset>> byType = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Asset a : planned) {
            String type = policy.find(a.type()).map(LifecyclePolicy::type).orElse(a.type());
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(a);
            if (a.purchased() != null && a.cost() != null) {
                values.add(BookValue.of(a.tag(), type, a.purchased(), lifetime(policy, a), a.cost(), periodEnd));
            }
        }
        List<TypeSummary> types = byType.entrySet().stream()
                .map(e -> summary(e.getKey(), e.getValue(), values, periodEnd))
                .toList();
        return new AssetSummary(
                values,
                planned.size() - values.size(),
                types,
                warranties(planned, policy, periodEnd),
                planned.size(),
                (int) planned.stream().filter(a -> a.warrantyEnds() != null).count());
    }

    private static int lifetime(PolicyBook policy, Asset a) {
        return policy.find(a.type()).map(LifecyclePolicy::lifetimeYears).orElse(PolicyBook.UNKNOWN_TYPE_LIFETIME);
    }

    private static TypeSummary summary(String type, List<Asset> assets, List<BookValue> values, LocalDate at) {
        List<BookValue> mine =
                values.stream().filter(v -> v.type().equalsIgnoreCase(type)).toList();
        int[] bands = new int[RefreshResult.AGE_BANDS.size()];
        for (Asset a : assets) {
            if (a.purchased() != null) {
                bands[ageBand(a.purchased(), at)]++;
            }
        }
        return new TypeSummary(
                type,
                assets.size(),
                mine.size(),
                RefreshResult.sum(mine.stream().map(BookValue::cost).toList()),
                RefreshResult.sum(mine.stream().map(BookValue::value).toList()),
                java.util.Arrays.stream(bands).boxed().toList());
    }

    /** Whole years from purchase to the period end (a purchase after it counts as 0), the last band open. */
    static int ageBand(LocalDate purchased, LocalDate at) {
        int years = purchased.isAfter(at) ? 0 : Period.between(purchased, at).getYears();
        return Math.min(years, RefreshResult.AGE_BANDS.size() - 1);
    }

    private static List<WarrantyEnding> warranties(List<Asset> planned, PolicyBook policy, LocalDate periodEnd) {
        LocalDate until = periodEnd.plusMonths(6);
        return planned.stream()
                .filter(a -> a.warrantyEnds() != null
                        && a.warrantyEnds().isAfter(periodEnd)
                        && !a.warrantyEnds().isAfter(until))
                .map(a -> new WarrantyEnding(
                        a.tag(),
                        policy.find(a.type()).map(LifecyclePolicy::type).orElse(a.type()),
                        a.location(),
                        a.warrantyEnds()))
                .sorted(Comparator.comparing(WarrantyEnding::ends).thenComparing(WarrantyEnding::tag))
                .toList();
    }
}
