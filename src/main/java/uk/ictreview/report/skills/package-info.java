/**
 * The competences section of the report (SPEC 6.2, 7, 8): {@link uk.ictreview.report.skills.SkillsSection}
 * turns a {@link uk.ictreview.analyse.competence.CompetenceResult} into what the templates show (already
 * formatted), the heat map, the CSV tables and the {@code skills} value of figures.json. Staff appear by role in
 * the governors' pack unless {@code staff-names: shown}; no staff name is ever written to figures.json or CSV.
 */
package uk.ictreview.report.skills;
