/** One CSV file per table of figures, as Excel reads them. */
package uk.ictreview.report.csv;
