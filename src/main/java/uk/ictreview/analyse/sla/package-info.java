/**
 * The service-level engine (SPEC 5): a support-time calendar (support hours, closures, built-in bank
 * holidays), the judging of each call against its priority's targets as at the end of the period, and the
 * figures a governor and a technician read. Pure functions from the model to result records, no I/O.
 */
package uk.ictreview.analyse.sla;
