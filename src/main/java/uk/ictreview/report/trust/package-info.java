/**
 * The trust-wide comparison of {@code build-all}: one line per school from its own report model, the trust's
 * totals, and the page, chart and CSV that show them.
 */
package uk.ictreview.report.trust;
