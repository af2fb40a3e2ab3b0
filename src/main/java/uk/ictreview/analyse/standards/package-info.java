/**
 * The DfE's digital and technology standards (SPEC 9, docs/rules-standards.md): each line judged met, partly met,
 * not met or not known from the workbooks' analyses and the facts pack.md gives, with its evidence in one
 * sentence, its rule, and what to do next; and the devices past or near the day their security updates stop.
 * Pure: nothing is read or written.
 */
package uk.ictreview.analyse.standards;
