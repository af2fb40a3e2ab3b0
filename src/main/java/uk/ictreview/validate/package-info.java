/**
 * Problems found in a school's data: each a {@link uk.ictreview.validate.Diagnostic} with its severity, its
 * place (file, sheet, cell) and what was found and expected. Every problem of a run is collected; none stops
 * the run at the first.
 */
package uk.ictreview.validate;
