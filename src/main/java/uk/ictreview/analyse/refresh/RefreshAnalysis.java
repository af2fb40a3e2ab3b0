package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.Incident;
import uk.ictreview.model.LifecyclePolicy;

/** The refresh-cycle budget of SPEC 6.1. Pure: the same inputs give the same result, and nothing is read or written. */
public final class RefreshAnalysis {
    private RefreshAnalysis() {}

    /**
     * @param periodEnd the last day of the reporting period; plan year 0 is the financial year containing it
     * @param fyStart the month financial years start in
     * @param horizonYears how many financial years the plan covers (3 to 10)
     * @param incidents the incident log; calls logged against an asset's tag in the 12 months to the period end
     *     make it more incident-prone
     * @param supportFte total FTE of the school's own support staff
     */
    public static RefreshResult analyse(
            AssetRegister register,
            LocalDate periodEnd,
            Month fyStart,
            int horizonYears,
            List<Incident> incidents,
            BigDecimal supportFte) {
        Objects.requireNonNull(register, "register");
        if (horizonYears < 3 || horizonYears > 10) {
            throw new IllegalArgumentException("horizon must be 3 to 10 years, was " + horizonYears);
        }
        FinancialYear first = FinancialYear.containing(periodEnd, fyStart);
        PolicyBook policy = new PolicyBook(register.lifecycle());
        Map<String, Integer> calls = callsByTag(incidents, periodEnd);
        Builder b = new Builder(first, horizonYears, policy, calls);
        register.assets().stream().filter(a -> a.status().isPlanned()).forEach(b::add);
        List<PlanItem> items = b.items.stream().sorted(Smoother.CLAIM).toList();
        Budgets budgets = Budgets.of(register.budget(), first, horizonYears);
        List<PlanYear> years = PlanYears.of(items, first, horizonYears, budgets.amounts());
        BigDecimal total = RefreshResult.sum(years.stream().map(PlanYear::cost).toList());
        BigDecimal level = Pricing.levelAmount(total, horizonYears);
        SmoothedSchedule smoothed = PlanYears.smooth(items, first, budgets.amounts(), level);
        AssetSummary summary = AssetSummary.of(register.assets(), policy, periodEnd);
        BigDecimal perFte = perFte(summary.plannedDevices(), supportFte);
        return new RefreshResult(
                periodEnd,
                horizonYears,
                policy.isDefaults(),
                items,
                years,
                level,
                smoothed,
                b.dueAfterHorizon,
                List.copyOf(b.unknownTypes.values()),
                b.noDate,
                b.noCost,
                budgets.outside(),
                summary.bookValues(),
                summary.notValued(),
                summary.types(),
                summary.warranties(),
                summary.plannedDevices(),
                supportFte,
                perFte,
                summary.warrantiesRecorded());
    }

    /** Calls per asset tag (trimmed, case ignored) logged from periodEnd - 12 months + 1 day to periodEnd. */
    static Map<String, Integer> callsByTag(List<Incident> incidents, LocalDate periodEnd) {
        LocalDate from = periodEnd.minusYears(1).plusDays(1);
        Map<String, Integer> calls = new HashMap<>();
        for (Incident i : incidents) {
            LocalDate day = i.logged().toLocalDate();
            if (i.assetTag() != null && !i.assetTag().isBlank() && !day.isBefore(from) && !day.isAfter(periodEnd)) {
                calls.merge(tagKey(i.assetTag()), 1, Integer::sum);
            }
        }
        return calls;
    }

    static String tagKey(String tag) {
        return tag.trim().toUpperCase(Locale.ROOT);
    }

    private static BigDecimal perFte(int devices, BigDecimal fte) {
        if (fte == null || fte.signum() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(devices).divide(fte, 1, RoundingMode.HALF_UP);
    }

    /** Turns assets into plan items, remembering what could not be planned. */
    private static final class Builder {
        private final FinancialYear first;
        private final int horizon;
        private final PolicyBook policy;
        private final Map<String, Integer> calls;
        final List<PlanItem> items = new ArrayList<>();
        final Map<String, String> unknownTypes = new LinkedHashMap<>();
        final List<String> noDate = new ArrayList<>();
        final List<String> noCost = new ArrayList<>();
        int dueAfterHorizon;

        Builder(FinancialYear first, int horizon, PolicyBook policy, Map<String, Integer> calls) {
            this.first = first;
            this.horizon = horizon;
            this.policy = policy;
            this.calls = calls;
        }

        void add(Asset a) {
            Optional<LifecyclePolicy> p = policy.find(a.type());
            if (p.isEmpty()) {
                unknownTypes.putIfAbsent(PolicyBook.key(a.type()), a.type());
            }
            String type = p.map(LifecyclePolicy::type).orElse(unknownTypes.get(PolicyBook.key(a.type())));
            int life = p.map(LifecyclePolicy::lifetimeYears).orElse(PolicyBook.UNKNOWN_TYPE_LIFETIME);
            DueBy dueBy = dueBy(a, life);
            LocalDate due =
                    switch (dueBy) {
                        case REPLACE_BY -> a.replaceBy();
                        case SUPPORT_ENDS -> a.supportEnds();
                        case POLICY ->
                            a.purchased() == null ? null : a.purchased().plusYears(life);
                    };
            BigDecimal base = a.replacementCost() != null
                    ? a.replacementCost()
                    : p.map(LifecyclePolicy::replacementCost).orElse(a.cost());
            if (due == null) {
                noDate.add(a.tag());
                return;
            }
            if (base == null) {
                noCost.add(a.tag());
                return;
            }
            int dueIndex = FinancialYear.containing(due, first.startMonth()).indexFrom(first);
            if (dueIndex >= horizon) {
                dueAfterHorizon++;
                return;
            }
            BigDecimal pct = p.map(LifecyclePolicy::annualPriceChangePct).orElse(BigDecimal.ZERO);
            int n = calls.getOrDefault(tagKey(a.tag()), 0);
            Integer supportIndex = a.supportEnds() == null
                    ? null
                    : FinancialYear.containing(a.supportEnds(), first.startMonth())
                            .indexFrom(first);
            PlanItem firstReplacement = new PlanItem(
                    a.tag(), type, a.location(), due, dueIndex, base, pct, n, 1, life, dueBy, supportIndex);
            items.add(firstReplacement);
            addRepeats(firstReplacement, life);
        }

        /**
         * Replace by wins; else the earlier of the policy date and Support ends (a tie is the policy's), and Support
         * ends alone when there is no Purchased date. POLICY with no Purchased means no date at all.
         */
        private static DueBy dueBy(Asset a, int life) {
            if (a.replaceBy() != null) {
                return DueBy.REPLACE_BY;
            }
            if (a.supportEnds() == null) {
                return DueBy.POLICY;
            }
            if (a.purchased() == null || a.supportEnds().isBefore(a.purchased().plusYears(life))) {
                return DueBy.SUPPORT_ENDS;
            }
            return DueBy.POLICY;
        }

        /**
         * The device that replaces an asset falls due in turn, one policy lifetime after the replacement is planned
         * (its due date, or the first plan year's first day when overdue), and again while inside the horizon.
         * Each is counted from that start, so a 29/02 due date does not drift to the 28th for good.
         */
        private void addRepeats(PlanItem f, int life) {
            LocalDate replaced = f.overdue() ? first.start() : f.due();
            for (int cycle = 2; ; cycle++) {
                LocalDate next = replaced.plusYears((long) life * (cycle - 1));
                int nextIndex =
                        FinancialYear.containing(next, first.startMonth()).indexFrom(first);
                if (nextIndex >= horizon) {
                    return;
                }
                items.add(new PlanItem(
                        f.tag(),
                        f.type(),
                        f.location(),
                        next,
                        nextIndex,
                        f.baseCost(),
                        f.pricePct(),
                        0,
                        cycle,
                        life,
                        DueBy.POLICY,
                        null));
            }
        }
    }

    static List<Integer> indices(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
