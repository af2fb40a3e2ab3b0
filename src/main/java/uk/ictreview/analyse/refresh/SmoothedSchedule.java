package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.util.List;

/**
 * The smoothed schedule: its years, every move, each item's final year (parallel to the plan's items), and the
 * risk it carries: devices deferred past the year their life ends in, and the device-years of that deferral.
 */
public record SmoothedSchedule(List<ScheduleYear> years, List<Move> moves, List<Integer> placement) {
    public SmoothedSchedule {
        years = List.copyOf(years);
        moves = List.copyOf(moves);
        placement = List.copyOf(placement);
    }

    public BigDecimal total() {
        return years.stream().map(ScheduleYear::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int deferredUnits() {
        return (int) moves.stream().filter(Move::deferred).count();
    }

    public int broughtForwardUnits() {
        return moves.size() - deferredUnits();
    }

    /**
     * Sum over deferred devices of the financial years each runs past the year its life ends in (measured from its
     * due year, so an overdue device deferred counts the years it was already overdue too).
     */
    public int deviceYearsDeferred() {
        return moves.stream()
                .filter(Move::deferred)
                .mapToInt(Move::yearsPastLife)
                .sum();
    }

    /** The most financial years any deferred device runs past the year its life ends in. */
    public int maxYearsDeferred() {
        return moves.stream()
                .filter(Move::deferred)
                .mapToInt(Move::yearsPastLife)
                .max()
                .orElse(0);
    }

    public List<ScheduleYear> yearsOverCap() {
        return years.stream().filter(ScheduleYear::overCap).toList();
    }
}
