package uk.ictreview.analyse.standards;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.ictreview.analyse.refresh.PolicyBook;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;

/**
 * The planned devices (In use, Spare, In repair: what the school still runs) as they stand at the period end:
 * which are past Support ends, near it (within 12 months after the period end), past their policy life
 * (Purchased + lifetime on or before the period end), or out of warranty.
 */
final class Fleet {
    private final List<Asset> planned;
    private final PolicyBook policy;
    private final LocalDate end;

    Fleet(AssetRegister register, LocalDate periodEnd) {
        this.planned =
                register.assets().stream().filter(a -> a.status().isPlanned()).toList();
        this.policy = new PolicyBook(register.lifecycle());
        this.end = periodEnd;
    }

    List<Asset> all() {
        return planned;
    }

    List<Asset> of(DeviceKind kind) {
        return planned.stream()
                .filter(a -> kind.includes(policy.name(a.type())))
                .toList();
    }

    boolean pastSupport(Asset a) {
        return a.pastSupportOn(end);
    }

    /** Support ends after the period end and no more than 12 months after it. */
    boolean nearSupport(Asset a) {
        return a.supportEnds() != null && !pastSupport(a) && !a.supportEnds().isAfter(end.plusMonths(12));
    }

    boolean pastLife(Asset a) {
        return a.purchased() != null
                && !a.purchased().plusYears(policy.lifetime(a.type())).isAfter(end);
    }

    /** Warranty ended on or before the period end; false when not recorded. */
    boolean outOfWarranty(Asset a) {
        return a.warrantyEnds() != null && !a.warrantyEnds().isAfter(end);
    }

    /** Past or near Support ends, by type then date then tag: the list the report shows. */
    List<SupportEnding> supportEndings() {
        return planned.stream()
                .filter(a -> pastSupport(a) || nearSupport(a))
                .map(a -> new SupportEnding(
                        a.tag(),
                        policy.name(a.type()),
                        a.make(),
                        a.model(),
                        a.location(),
                        a.supportEnds(),
                        pastSupport(a)))
                .sorted(Comparator.comparing(SupportEnding::type, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(SupportEnding::supportEnds)
                        .thenComparing(SupportEnding::tag))
                .toList();
    }

    static long count(List<Asset> assets, java.util.function.Predicate<Asset> p) {
        return assets.stream().filter(p).count();
    }
}
