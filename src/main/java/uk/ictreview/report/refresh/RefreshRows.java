package uk.ictreview.report.refresh;

import java.util.List;

/** The rows of the section's tables, formatted for display. Public so that templates can read them. */
public final class RefreshRows {
  private RefreshRows() {}

  /**
   * One financial year: the plan (with its overdue backlog), the budget and surplus or shortfall, and the
   * smoothed schedule against its cap. {@code status} is a CSS class: status-red when short or over the cap.
   */
  public record YearRow(
      String year,
      int units,
      String cost,
      int overdueUnits,
      String overdueCost,
      String budget,
      String surplus,
      String status,
      int smoothedUnits,
      String smoothedCost,
      String cap,
      boolean overCap) {}

  /** One asset type across the years: {@code cells} has "units / cost" per plan year. */
  public record TypeRow(String type, List<String> cells, int units, String cost) {
    public TypeRow {
      cells = List.copyOf(cells);
    }
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
  public record MoveRow(String tag, String type, String from, String to, String reason, String costBefore, String costAfter) {}

  /** Book value and age profile of one type. */
  public record TypeValueRow(String type, int devices, int valued, String cost, String bookValue, List<Integer> ageBands) {
    public TypeValueRow {
      ageBands = List.copyOf(ageBands);
    }
  }

  /** A warranty that ends within six months after the period end. */
  public record WarrantyRow(String tag, String type, String location, String ends) {}
}
