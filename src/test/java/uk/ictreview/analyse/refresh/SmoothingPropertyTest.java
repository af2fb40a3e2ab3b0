package uk.ictreview.analyse.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.BudgetLine;
import uk.ictreview.model.Incident;
import uk.ictreview.model.LifecyclePolicy;

/** Invariants of the plan and the smoothed schedule over seeded random registers; a failure names its seed. */
class SmoothingPropertyTest {
    static final int CASES = 300;

    @Test
    void invariantsHoldOverRandomRegisters() {
        int moves = 0;
        int overCap = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            Random rnd = new Random(seed);
            boolean withPriceChange = rnd.nextBoolean();
            int horizon = 3 + rnd.nextInt(8);
            LocalDate end = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(1500));
            Month fy = rnd.nextBoolean() ? Month.APRIL : Month.SEPTEMBER;
            AssetRegister reg = register(rnd, withPriceChange, end, fy);
            List<Incident> calls = calls(rnd, reg, end);
            RefreshResult r = RefreshAnalysis.analyse(reg, end, fy, horizon, calls, BigDecimal.ONE);
            check(r, withPriceChange, "seed " + seed);
            moves += r.smoothed().moves().size();
            overCap += r.smoothed().yearsOverCap().size();
        }
        // The cases must exercise both moving and years that cannot be brought under their cap.
        assertThat(moves).isGreaterThan(100);
        assertThat(overCap).isGreaterThan(10);
    }

    static void check(RefreshResult r, boolean priceChange, String seed) {
        SmoothedSchedule s = r.smoothed();
        int n = r.items().size();
        BigDecimal recomputed = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            PlanItem item = r.items().get(i);
            int at = s.placement().get(i);
            assertThat(at).as(seed + " in horizon").isBetween(0, r.horizonYears() - 1);
            assertThat(at)
                    .as(seed + " not deferred more than 2 years past the year due: " + item)
                    .isLessThanOrEqualTo(Math.max(item.planIndex(), item.dueIndex() + 2));
            recomputed = recomputed.add(item.costIn(at));
            if (!item.firstCycle()) {
                assertThat(item.overdue())
                        .as(seed + " a repeat is never overdue: " + item)
                        .isFalse();
                assertThat(item.incidents())
                        .as(seed + " a repeat has no calls: " + item)
                        .isZero();
            }
            for (int j = 0; j < n; j++) {
                PlanItem next = r.items().get(j);
                if (next.tag().equals(item.tag()) && next.cycle() == item.cycle() + 1) {
                    assertThat(s.placement().get(j))
                            .as(seed + " an asset's next replacement lands in a later year: " + item)
                            .isGreaterThan(at);
                    assertThat(next.dueIndex())
                            .as(seed + " repeats within the horizon")
                            .isLessThan(r.horizonYears());
                }
            }
        }
        assertThat(s.total())
                .as(seed + " smoothed total = sum of items at their year's price")
                .isEqualByComparingTo(recomputed);
        if (!priceChange) {
            assertThat(s.total()).as(seed + " same total as the plan").isEqualByComparingTo(r.totalCost());
        }
        assertThat(s.years().stream().mapToInt(ScheduleYear::units).sum())
                .as(seed + " units kept")
                .isEqualTo(n);
        assertThat(r.totalUnits()).as(seed).isEqualTo(n);
        for (PlanYear y : r.years()) {
            assertThat(RefreshResult.sum(y.byType().stream().map(TypeCost::cost).toList()))
                    .as(seed + " types add up in " + y.year())
                    .isEqualByComparingTo(y.cost());
        }
        for (ScheduleYear y : s.years()) {
            assertThat(RefreshResult.sum(y.byType().stream().map(TypeCost::cost).toList()))
                    .as(seed + " smoothed types add up")
                    .isEqualByComparingTo(y.cost());
        }
        assertThat(r.levelAnnualBudget().multiply(BigDecimal.valueOf(r.horizonYears())))
                .as(seed + " level budget funds the horizon")
                .isGreaterThanOrEqualTo(r.totalCost());
        checkCaps(r, seed);
        checkLifetimesApart(r, seed);
    }

    /**
     * An asset's replacements never come closer together than the plan put them (one lifetime apart), and one
     * brought forward never buys a device that would fall due again inside the plan (no repeat is planned for it).
     */
    static void checkLifetimesApart(RefreshResult r, String seed) {
        List<PlanItem> items = r.items();
        for (int i = 0; i < items.size(); i++) {
            PlanItem a = items.get(i);
            int placed = r.smoothed().placement().get(i);
            if (placed < a.planIndex()) {
                assertThat(placed + a.lifetimeYears())
                        .as(seed + " " + a.label() + " brought forward to year " + placed
                                + " falls due again after the plan")
                        .isGreaterThanOrEqualTo(r.horizonYears());
            }
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = 0; j < items.size(); j++) {
                PlanItem a = items.get(i);
                PlanItem b = items.get(j);
                if (a.tag().equals(b.tag()) && b.cycle() == a.cycle() + 1) {
                    int planned = b.planIndex() - a.planIndex();
                    int smoothed = r.smoothed().placement().get(j)
                            - r.smoothed().placement().get(i);
                    assertThat(smoothed)
                            .as(seed + " " + b.label() + " stays at least a lifetime after " + a.label())
                            .isGreaterThanOrEqualTo(planned);
                }
            }
        }
    }

    /**
     * Smoothing never makes a year worse than its cap: every move lands within the headroom of the year it goes
     * to, so a year over its cap in the schedule was over its cap in the plan, has received nothing (it holds only
     * items planned there) and costs no more than in the plan. And a year left over its cap could not have been
     * met by one more move: nothing in it fits, re-priced, into the headroom of any other year, later (within its
     * two years' grace) or earlier (the smoother repeats its passes until nothing moves).
     */
    static void checkCaps(RefreshResult r, String seed) {
        SmoothedSchedule s = r.smoothed();
        for (int k = 0; k < s.years().size(); k++) {
            ScheduleYear year = s.years().get(k);
            BigDecimal planCost = r.years().get(k).cost();
            assertThat(year.cost())
                    .as(seed + " year " + k + " no worse than the larger of its plan cost and its cap")
                    .isLessThanOrEqualTo(planCost.max(year.cap()));
            if (!year.overCap()) {
                continue;
            }
            assertThat(planCost)
                    .as(seed + " over-cap year " + k + " was over its cap in the plan")
                    .isGreaterThan(year.cap());
            for (int i = 0; i < r.items().size(); i++) {
                if (s.placement().get(i) == k) {
                    checkNothingFits(r, r.items().get(i), k, seed);
                }
            }
        }
    }

    private static void checkNothingFits(RefreshResult r, PlanItem item, int k, String seed) {
        SmoothedSchedule s = r.smoothed();
        assertThat(item.planIndex())
                .as(seed + " over-cap year " + k + " received " + item)
                .isEqualTo(k);
        int last = Math.min(item.latestIndex(), r.horizonYears() - 1);
        // Replacements of one asset stay a lifetime apart: one with a later replacement of the same asset in the
        // plan never moves, and a repeat may only be deferred.
        for (PlanItem other : r.items()) {
            if (other.tag().equals(item.tag()) && other.cycle() == item.cycle() + 1) {
                return;
            }
        }
        // Nor brought forward so far that the device it buys falls due again inside the plan.
        int floor = item.cycle() > 1 ? k + 1 : Math.max(0, r.horizonYears() - item.lifetimeYears());
        for (int j = floor; j <= last; j++) {
            ScheduleYear other = s.years().get(j);
            if (j != k) {
                assertThat(item.costIn(j))
                        .as(seed + " over-cap year " + k + ": " + item + " would fit year " + j)
                        .isGreaterThan(other.cap().subtract(other.cost()));
            }
        }
    }

    static AssetRegister register(Random rnd, boolean priceChange, LocalDate end, Month fy) {
        List<LifecyclePolicy> policy = new ArrayList<>();
        for (LifecyclePolicy p : LifecyclePolicy.defaults()) {
            BigDecimal pct = priceChange ? BigDecimal.valueOf(rnd.nextInt(80) - 20, 1) : BigDecimal.ZERO;
            policy.add(new LifecyclePolicy(p.type(), p.lifetimeYears(), p.replacementCost(), pct));
        }
        List<Asset> assets = new ArrayList<>();
        int count = rnd.nextInt(120);
        for (int i = 0; i < count; i++) {
            LifecyclePolicy p = policy.get(rnd.nextInt(policy.size()));
            A a = A.of("T" + i, rnd.nextInt(20) == 0 ? "Gadget" : p.type())
                    .cost(rnd.nextInt(100000) + "." + rnd.nextInt(10) + "7")
                    .bought(end.minusDays(rnd.nextInt(4000)));
            if (rnd.nextInt(8) == 0) {
                a.replacementCost(rnd.nextInt(2000) + ".99");
            }
            if (rnd.nextInt(10) == 0) {
                a.replaceBy(end.plusDays(rnd.nextInt(3000) - 1000).toString());
            }
            assets.add(a.build());
        }
        List<BudgetLine> budget = new ArrayList<>();
        int first = FinancialYear.containing(end, fy).startYear();
        for (int k = 0; k < 10; k++) {
            if (rnd.nextInt(3) == 0) {
                budget.add(new BudgetLine(
                        new FinancialYear(first + k, fy).label(), BigDecimal.valueOf(rnd.nextInt(30000))));
            }
        }
        return new AssetRegister(assets, rnd.nextBoolean() ? policy : List.of(), budget);
    }

    static List<Incident> calls(Random rnd, AssetRegister reg, LocalDate end) {
        List<Incident> calls = new ArrayList<>();
        for (int i = 0; i < reg.assets().size() / 2; i++) {
            String tag = reg.assets().get(rnd.nextInt(reg.assets().size())).tag();
            calls.add(A.call("R" + i, tag, end.minusDays(rnd.nextInt(400)).toString()));
        }
        return calls;
    }
}
