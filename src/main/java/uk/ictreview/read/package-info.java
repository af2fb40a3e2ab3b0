/**
 * The intake: the only code that knows POI and CSV. {@link uk.ictreview.read.SchoolReader#read} finds each
 * workbook ({@link uk.ictreview.read.WorkbookLocator}: .xlsx streamed with SAX, .xls, or a folder of CSV, all
 * read-only), finds each sheet's header row, matches column names (ignoring case, spacing, punctuation and
 * bracketed units, with synonyms), turns cells into typed values with their place, and builds the records of
 * {@code model}, reporting every problem to a {@link uk.ictreview.validate.Diagnostics}. The column definitions
 * here ({@link uk.ictreview.read.Workbooks}) are the one source for the reader, the blank templates that
 * {@code init} writes and the example school's generator. The rules are in docs/rules-intake.md.
 */
package uk.ictreview.read;
