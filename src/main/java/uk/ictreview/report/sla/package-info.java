/**
 * The service-levels section of the report: the figures of {@code analyse.sla} formatted for the HTML report
 * and the governors' pack, its charts, its figures.json value, its CSV tables and its method notes.
 */
package uk.ictreview.report.sla;
