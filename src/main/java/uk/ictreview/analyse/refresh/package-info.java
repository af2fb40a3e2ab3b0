/**
 * The refresh-cycle budget (SPEC 6.1): pure functions from the asset register to result records, no I/O.
 * {@link uk.ictreview.analyse.refresh.RefreshAnalysis#analyse} is the entry point; the rules it follows are
 * written out in {@code docs/rules-refresh.md}.
 */
package uk.ictreview.analyse.refresh;
