/**
 * The reports: one {@link uk.ictreview.report.ReportModel} built from the analysis results, rendered to HTML
 * (Freemarker), PDF (Freemarker XHTML through Flying Saucer and OpenPDF), figures.json and CSV. All renderers
 * take the same model, so a figure cannot differ between them.
 */
package uk.ictreview.report;
