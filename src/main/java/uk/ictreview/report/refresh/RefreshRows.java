package uk.ictreview.report.refresh;

import java.util.List;
import uk.ictreview.report.Status;

/** The rows of the section's tables, formatted for display. Public so that templates can read them. */
public final class RefreshRows {
    private RefreshRows() {}

    /**
     * One financial year: the plan (with its overdue backlog), the budget and surplus or shortfall, and the
     * smoothed schedule against its cap. {@code status} is red when short, green when covered, not judged without a budget. {@code overCapBy}
     * is how far the smoothed year stays over its cap, an en dash when within it.
     */
    public record YearRow(
            String year,
            int units,
            String cost,
            int overdueUnits,
            String overdueCost,
            String budget,
            String surplus,
            Status status,
            int smoothedUnits,
            String smoothedCost,
            String cap,
            boolean overCap,
            String overCapBy) {}

    /** One asset type across the years: a cell per plan year (blank where none falls due) and the total. */
    public record TypeRow(String type, List<TypeCell> cells, TypeCell total) {
        public TypeRow {
            cells = List.copyOf(cells);
        }
    }

    /** Units and cost of one type in one year, both empty strings where none falls due. */
    public record TypeCell(String units, String cost) {
        static final TypeCell NONE = new TypeCell("", "");
    }

    /** One planned replacement: where the plan and the smoothed schedule put it. */
    public record ItemRow(
            String tag,
            String type,
            String location,
            String due,
            boolean overdue,
            String planYear,
            String planCost,
            String smoothedYear,
            String smoothedCost,
            int calls) {}

    /** One move of the smoothed schedule and why. */
    public record MoveRow(
            String tag, String type, String from, String to, String reason, String costBefore, String costAfter) {}

    /**
     * The moves of the smoothed schedule from one year to another, added up: the pack's summary of the per-asset
     * list. {@code move} says which way and how far ("deferred 2 years"); {@code types} counts the types moved,
     * largest first ("Desktop 140, Laptop 108").
     */
    public record MoveGroupRow(String from, String to, String move, int units, String cost, String types) {}

    /** Book value and age profile of one type. */
    public record TypeValueRow(
            String type, int devices, int valued, String cost, String bookValue, List<Integer> ageBands) {
        public TypeValueRow {
            ageBands = List.copyOf(ageBands);
        }
    }

    /** A warranty that ends within six months after the period end. */
    public record WarrantyRow(String tag, String type, String location, String ends) {}
}
