/**
 * The refresh-cycle budget's section of the report: {@link uk.ictreview.report.refresh.RefreshSection} holds what
 * the template {@code sections/refresh.ftlh} shows (already formatted), its charts, its figures.json value and
 * its CSV tables, all built from one {@link uk.ictreview.analyse.refresh.RefreshResult}.
 */
package uk.ictreview.report.refresh;
