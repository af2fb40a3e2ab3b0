package uk.ictreview.report;

/** The data-quality counts of SPEC 7: problems found and rows left out of the figures because of an error. */
public record DataQuality(long errors, long warnings, long notes, int rowsSkipped) {}
