/** The HTML report: one self-contained page rendered from the report model by the Freemarker templates. */
package uk.ictreview.report.html;
