package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The greedy smoothing of docs/rules-refresh.md. Pass 1 walks the years in order; while a year is over its cap
 * it defers the item with the least claim (latest due year, then fewest calls, then latest due date, then tag)
 * that fits, re-priced, into the headroom of a later year it may still move to (not past the last plan year,
 * nor more than two years after the year it is due in), the earliest such year. It never fills a later year
 * past its cap: a year the budget cannot cover stays over, rather than passing its load on to the next.
 * Pass 2 walks the years from the last back; while a year is still over its cap it brings forward the item
 * with the most claim whose cost, re-priced, fits the headroom of an earlier year (the latest such).
 *
 * <p>Replacements of one asset are a lifetime apart, and a move must not bring two of them closer: a replacement
 * with another of the same asset later in the plan is never moved (deferring it would leave its successor less
 * than a lifetime after it; bringing it forward would leave the device it buys in use past its life before that
 * successor), and a repeat (cycle 2, 3 ...) may be deferred but never brought forward (it would come less than a
 * lifetime after the one before). So only an asset's last replacement in the plan moves, and it is brought
 * forward only so far that the device it buys would still fall due after the plan's last year.
 */
final class Smoother {
    /** Most claim first: most overdue (earliest due year), most calls, earliest due date, then tag. */
    static final Comparator<PlanItem> CLAIM = Comparator.comparingInt(PlanItem::dueIndex)
            .thenComparing(Comparator.comparingInt(PlanItem::incidents).reversed())
            .thenComparing(PlanItem::due)
            .thenComparing(PlanItem::tag)
            .thenComparingInt(PlanItem::cycle);

    private final List<PlanItem> items;
    private final List<BigDecimal> caps;
    private final int[] at;
    private final BigDecimal[] spend;
    /** price[i][k]: item i's cost in year k, computed once because both passes ask for it many times. */
    private final BigDecimal[][] price;

    /** prev[i], next[i]: the item for the replacement before and after item i of the same asset, or -1. */
    private final int[] prev;

    private final int[] next;

    private int moves;

    private Smoother(List<PlanItem> items, List<BigDecimal> caps) {
        this.items = items;
        this.caps = caps;
        this.at = new int[items.size()];
        this.spend = new BigDecimal[caps.size()];
        this.price = new BigDecimal[items.size()][caps.size()];
        Arrays.fill(spend, BigDecimal.ZERO);
        for (int i = 0; i < items.size(); i++) {
            for (int k = 0; k < caps.size(); k++) {
                price[i][k] = items.get(i).costIn(k);
            }
            at[i] = items.get(i).planIndex();
            spend[at[i]] = spend[at[i]].add(price[i][at[i]]);
        }
        this.prev = new int[items.size()];
        this.next = new int[items.size()];
        Arrays.fill(prev, -1);
        Arrays.fill(next, -1);
        Map<String, Integer> byCycle = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byCycle.putIfAbsent(items.get(i).tag() + "\n" + items.get(i).cycle(), i);
        }
        for (int i = 0; i < items.size(); i++) {
            Integer before =
                    byCycle.get(items.get(i).tag() + "\n" + (items.get(i).cycle() - 1));
            if (items.get(i).cycle() > 1 && before != null && next[before] < 0) {
                prev[i] = before;
                next[before] = i;
            }
        }
    }

    /** The final plan year of each item, parallel to {@code items}. Every item's plan year is below caps.size(). */
    static int[] place(List<PlanItem> items, List<BigDecimal> caps) {
        Smoother s = new Smoother(items, caps);
        // Rounds of both passes until nothing moves, so room freed late in a round (a later year emptied after an
        // earlier one was passed) is offered again. Every move takes an item out of a year over its cap into
        // headroom, so the total excess over the caps falls with each move and the rounds end.
        int before;
        do {
            before = s.moves;
            s.deferPass();
            s.bringForwardPass();
        } while (s.moves != before);
        return s.at.clone();
    }

    private void deferPass() {
        for (int k = 0; k + 1 < caps.size(); k++) {
            while (over(k)) {
                int i = pick(k, Comparator.comparing(items::get, CLAIM.reversed()), j -> later(j, at[j]) >= 0);
                if (i < 0) {
                    break;
                }
                move(i, later(i, k));
            }
        }
    }

    /** The earliest year after {@code k}, within item i's two years' grace, whose headroom takes it, or -1. */
    private int later(int i, int k) {
        if (next[i] >= 0) {
            return -1;
        }
        int last = Math.min(items.get(i).latestIndex(), caps.size() - 1);
        for (int j = k + 1; j <= last; j++) {
            if (price[i][j].compareTo(caps.get(j).subtract(spend[j])) <= 0) {
                return j;
            }
        }
        return -1;
    }

    private void bringForwardPass() {
        for (int k = caps.size() - 1; k > 0; k--) {
            while (over(k)) {
                int i = pick(k, Comparator.comparing(items::get, CLAIM), j -> fits(j, at[j]) >= 0);
                if (i < 0) {
                    break;
                }
                move(i, fits(i, k));
            }
        }
    }

    /** The latest year before {@code k} whose headroom takes item i at that year's price, or -1. */
    private int fits(int i, int k) {
        if (next[i] >= 0 || prev[i] >= 0) {
            return -1;
        }
        for (int j = k - 1; j >= 0; j--) {
            if (j + items.get(i).lifetimeYears() < caps.size()) {
                // The device it would buy in year j falls due again inside the plan, and no repeat is planned for it.
                break;
            }
            BigDecimal headroom = caps.get(j).subtract(spend[j]);
            if (price[i][j].compareTo(headroom) <= 0) {
                return j;
            }
        }
        return -1;
    }

    private int pick(int k, Comparator<Integer> order, java.util.function.IntPredicate movable) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            if (at[i] == k && movable.test(i)) {
                candidates.add(i);
            }
        }
        return candidates.stream().min(order).orElse(-1);
    }

    private boolean over(int k) {
        return spend[k].compareTo(caps.get(k)) > 0;
    }

    private void move(int i, int to) {
        moves++;
        spend[at[i]] = spend[at[i]].subtract(price[i][at[i]]);
        spend[to] = spend[to].add(price[i][to]);
        at[i] = to;
    }
}
