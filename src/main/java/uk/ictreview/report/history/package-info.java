/**
 * The figures over time: the headline figures of the school's earlier packs (read from their figures.json by the
 * build) beside this pack's (docs/rules-report.md, "Earlier packs").
 */
package uk.ictreview.report.history;
