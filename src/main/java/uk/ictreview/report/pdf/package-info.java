/**
 * The governors' pack: the page template rendered as XHTML, laid out by Flying Saucer and written by OpenPDF, with
 * embedded fonts and charts drawn as vector graphics.
 */
package uk.ictreview.report.pdf;
