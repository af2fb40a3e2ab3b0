/** Charts: JFreeChart charts drawn as inline SVG for the HTML report and as vector PDF for the pack. */
package uk.ictreview.report.charts;
