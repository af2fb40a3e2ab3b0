package uk.ictreview.report.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.ictreview.analyse.competence.CategoryDemand;
import uk.ictreview.analyse.competence.CompetenceResult;
import uk.ictreview.analyse.competence.CpdPriority;
import uk.ictreview.analyse.competence.SkillCoverage;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;
import uk.ictreview.report.Format;

/** The section's wording: plain sentences for governors, built from the analysis. */
final class SkillsText {
    private SkillsText() {}

    /**
     * The headline, leading with what is not covered, e.g. "8 of the 12 skills the school needs are not covered:
     * nobody on the school's own staff reaches the level needed and no provider is named for them (in 7 the team
     * is one level short). 3 are covered by the team and 1 by a supplier; 2 rest on one person."
     */
    static String headline(CompetenceResult r) {
        int team =
                (int) r.bySkill().stream().filter(SkillCoverage::coveredByTeam).count();
        int provider = (int) r.bySkill().stream()
                .filter(c -> c.covered() && !c.coveredByTeam())
                .count();
        List<SkillCoverage> uncovered = r.uncovered();
        int single = r.singlePointsOfKnowledge().size();
        int total = r.bySkill().size();
        StringBuilder s = new StringBuilder();
        if (!uncovered.isEmpty()) {
            int u = uncovered.size();
            long oneShort = uncovered.stream()
                    .filter(c -> c.need().rank() - c.coverage().rank() == 1)
                    .count();
            s.append(u)
                    .append(" of the ")
                    .append(total)
                    .append(" skills the school needs ")
                    .append(u == 1 ? "is" : "are")
                    .append(
                            " not covered: nobody on the school's own staff reaches the level needed and no provider is named")
                    .append(u == 1 ? " for it" : " for them");
            if (oneShort == u) {
                s.append(u == 1 ? " (the team is one level short)" : " (in each the team is one level short)");
            } else if (oneShort > 0) {
                s.append(" (in ").append(oneShort).append(" the team is one level short)");
            }
            s.append(". ").append(team).append(team == 1 ? " is" : " are").append(" covered by the team");
        } else {
            s.append(team)
                    .append(" of the ")
                    .append(total)
                    .append(" skills the school needs ")
                    .append(team == 1 ? "is" : "are")
                    .append(" covered by the team");
        }
        if (provider > 0) {
            s.append(" and ").append(provider).append(" by ").append(provider == 1 ? "a supplier" : "suppliers");
        }
        if (uncovered.isEmpty()) {
            s.append("; none is left uncovered");
        }
        if (single > 0) {
            s.append(uncovered.isEmpty() ? ", but " : "; ")
                    .append(single)
                    .append(single == 1 ? " rests" : " rest")
                    .append(" on one person");
        }
        return s.append('.').toString();
    }

    /**
     * What the coverage means for governors, in a sentence or two; empty when every skill is covered by two or
     * more people. {@code supplierAtNeed}: the uncovered skills in which a supplier's engineer on the matrix
     * reaches the need (the school may already buy that work: naming the supplier in the Needs sheet records it).
     */
    static String meaning(CompetenceResult r, List<String> supplierAtNeed) {
        List<String> parts = new ArrayList<>();
        if (!r.uncovered().isEmpty()) {
            parts.add("For the uncovered skills the school relies on its staff working above their level, or on help"
                    + " bought in when something goes wrong; training (the CPD priorities below) or a named provider would"
                    + " close each gap.");
        }
        if (!supplierAtNeed.isEmpty()) {
            parts.add("A supplier's engineer reaches the need in " + Format.and(supplierAtNeed)
                    + ": if the contract covers that work, name the supplier under Covered by in the Needs sheet.");
        }
        if (!r.singlePointsOfKnowledge().isEmpty()) {
            int n = r.singlePointsOfKnowledge().size();
            parts.add((n == 1 ? "The skill" : "The " + n + " skills") + " resting on one person would be lost if that"
                    + " person left.");
        }
        return String.join(" ", parts);
    }

    /** The plain reasons of a CPD priority, e.g. "20.0% of calls, 50.0% of them escalated to a supplier; ...". */
    static String reason(CpdPriority p) {
        List<String> parts = new ArrayList<>();
        if (p.calls() == 0) {
            parts.add("no calls in the period map to this skill");
        } else {
            String esc = p.escalated() == 0
                    ? "none escalated"
                    : Format.share(p.escalated(), p.calls()) + "% of them escalated to a supplier";
            parts.add(
                    Format.share(p.calls(), p.periodCalls()) + "% of calls (" + Format.whole(p.calls()) + "), " + esc);
        }
        if (p.teamGap() > 0) {
            SkillCoverage c = p.coverage();
            String best = c.coverage() == Level.NONE
                    ? "nobody in the team has this skill"
                    : "nobody in the team reaches level " + c.need() + " (best: " + c.coverage() + ")";
            parts.add(best + (c.provider() == null ? "" : "; " + c.provider() + " covers it meanwhile"));
        }
        if (p.individualGaps() > 0) {
            parts.add(p.peopleWithGap() + (p.peopleWithGap() == 1 ? " person is" : " people are")
                    + " below their role's target (" + p.individualGaps()
                    + (p.individualGaps() == 1 ? " level" : " levels")
                    + " in all)");
        }
        return capitalise(String.join("; ", parts)) + ".";
    }

    /** The FTE sentence, with SPEC 6.2's capacity advice when it applies. */
    static String capacity(CompetenceResult r) {
        String base = "The school's own ICT support staff come to " + Format.fte(r.supportFte()) + " FTE.";
        String advice = capacityAdvice(r);
        return advice.isEmpty() ? base : base + " " + advice;
    }

    /** SPEC 6.2's advice at 1.0 FTE or less, else empty. */
    static String capacityAdvice(CompetenceResult r) {
        if (!r.capacityAdvice()) {
            return "";
        }
        return "At 1.0 FTE or less a school is unlikely to carry all the FITS functions in house and should"
                + " look at a supplier for some of them (FITS OM guidance).";
    }

    static List<String> methodNotes(CompetenceResult r) {
        List<String> notes = new ArrayList<>();
        notes.add("Competences: levels run none < A < B < C < D (ICT Competences Framework). A person's gap is their"
                + " role's target minus their current level, never below 0. Team coverage is the highest level among the"
                + " school's own staff; suppliers' engineers are shown but not counted. A skill is covered when that"
                + " reaches the need, or when the Needs sheet names a provider. A single point of knowledge is a skill"
                + " in which exactly one of the school's staff reaches the need.");
        notes.add(
                r.defaultNeeds()
                        ? "Competences: the skills workbook has no Needs sheet, so the default needs apply: level D for the Technology and"
                                + " Support skills, C for the others, with no outside provider."
                        : "Competences: needs and providers come from the Needs sheet; skills it does not list need level D"
                                + " (Technology and Support) or C (the others).");
        notes.add(
                r.defaultTargets()
                        ? "Competences: the skills workbook has no Targets sheet, so each role's target comes from its name: Technician"
                                + " A-D that letter; Teaching Assistant and Service desk administrator A; ICT Technician B; Senior ICT"
                                + " Technician C; ICT Systems Manager and Network Manager D."
                        : "Competences: targets come from the Targets sheet; a role it does not list takes the default for its name.");
        if (!r.rolesWithoutTarget().isEmpty()) {
            notes.add("Competences: no target could be found for the role"
                    + (r.rolesWithoutTarget().size() == 1 ? " " : "s ") + String.join(", ", r.rolesWithoutTarget())
                    + ", so no gaps are shown for it. Add it to a Targets sheet.");
        }
        notes.add("Competences: CPD priority score = gap in levels (the team's shortfall against the need plus each"
                + " person's shortfall against their target) x (1 + 12 x the share of the period's calls in that skill, so a"
                + " skill with an even twelfth of the calls counts double) x (1 + the share of those calls escalated to a"
                + " supplier). The calls are those logged in the period, of every type but Problem.");
        notes.add(
                r.defaultCategories()
                        ? "Competences: the incidents workbook's Categories sheet lists no categories (it is empty, or there is none),"
                                + " so each call's category maps to a skill by the"
                                + " built-in keywords of the ICT Competences Framework's areas (e.g. printing and hardware to Desktop &"
                                + " Application Support, network and accounts to Server & Network Support)."
                        : "Competences: call categories map to skills by the Categories sheet of the incidents workbook, and by the"
                                + " built-in keywords for categories it does not list.");
        List<CategoryDemand> unmapped = r.unmappedCategories();
        if (!unmapped.isEmpty()) {
            int calls = unmapped.stream().mapToInt(CategoryDemand::calls).sum();
            notes.add("Competences: " + Format.whole(calls) + (calls == 1 ? " call is" : " calls are")
                    + " in categories that map to no skill, so " + (calls == 1 ? "it counts" : "they count")
                    + " in no skill's demand: "
                    + unmapped.stream()
                            .map(c -> c.category() + " (" + Format.whole(c.calls()) + ")")
                            .collect(Collectors.joining(", "))
                    + ". A Categories sheet in the incidents workbook can map them.");
        }
        return notes;
    }

    static String levelOrNone(Level l) {
        return l == Level.NONE ? "none" : l.name();
    }

    static String skillName(Skill s) {
        return s.label();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
