/** figures.json: a small streaming JSON writer and the document SPEC 7 defines. */
package uk.ictreview.report.json;
