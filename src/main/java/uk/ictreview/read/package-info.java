/**
 * The intake: the only code that knows POI and CSV. Finds each sheet's header row, matches column names
 * (ignoring case, spacing, punctuation and bracketed units, with synonyms), turns cells into typed values with
 * their place, and builds the records of {@code model}, reporting every problem to a
 * {@link uk.ictreview.validate.Diagnostics}. The column definitions here ({@link Workbooks}) are the one source
 * for the reader, the blank templates that {@code init} writes and the example school's generator.
 */
package uk.ictreview.read;
