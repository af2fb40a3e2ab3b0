/**
 * The DfE digital and technology standards section (SPEC 9): the lines of analyse/standards as tables per area,
 * the devices past or near their Support ends by type, figures.json's {@code standards} and its CSV files.
 */
package uk.ictreview.report.standards;
