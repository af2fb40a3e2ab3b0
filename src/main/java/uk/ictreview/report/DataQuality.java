package uk.ictreview.report;

/**
 * The data-quality counts of SPEC 7: problems found and rows skipped because of an error. {@code rowsSkipped} is
 * every such row (figures.json's key); {@code dataRowsSkipped} those of the main sheets (calls, assets, staff),
 * the rows the figures lose; the rest are rows of policy sheets, whose defaults or other rows apply.
 */
public record DataQuality(long errors, long warnings, long notes, int rowsSkipped, int dataRowsSkipped) {
    /** Every skipped row counted as a data row (no policy row skipped). */
    public DataQuality(long errors, long warnings, long notes, int rowsSkipped) {
        this(errors, warnings, notes, rowsSkipped, rowsSkipped);
    }

    public DataQuality {
        if (dataRowsSkipped > rowsSkipped || dataRowsSkipped < 0) {
            throw new IllegalArgumentException(
                    "data rows skipped must be 0 to " + rowsSkipped + ": " + dataRowsSkipped);
        }
    }

    /** Rows of policy sheets skipped (their defaults or other rows apply). */
    public int policyRowsSkipped() {
        return rowsSkipped - dataRowsSkipped;
    }
}
