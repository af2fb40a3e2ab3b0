/**
 * The analyses: pure functions from the model to result records, no I/O. One sub-package per area of the
 * report ({@code sla}, {@code refresh}, {@code competence}).
 */
package uk.ictreview.analyse;
