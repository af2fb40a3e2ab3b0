/**
 * Competence gaps (SPEC 6.2, 6.3): the skills matrix against the ICT Competences Framework. Pure functions
 * from the model to result records, no I/O. {@link uk.ictreview.analyse.competence.CompetenceAnalysis} is the
 * entry point; the rules it applies where the SPEC is silent are written in {@code docs/rules-skills.md}.
 */
package uk.ictreview.analyse.competence;
