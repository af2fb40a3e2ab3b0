package uk.ictreview.model;

/** The data rows read from each main sheet: every non-blank row below the header, valid or not (SPEC 7). */
public record RowCounts(int incidents, int assets, int staff) {}
