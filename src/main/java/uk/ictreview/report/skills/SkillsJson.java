package uk.ictreview.report.skills;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.ictreview.analyse.competence.CategoryDemand;
import uk.ictreview.analyse.competence.CompetenceResult;
import uk.ictreview.analyse.competence.CpdPriority;
import uk.ictreview.analyse.competence.SkillCoverage;
import uk.ictreview.report.Format;
import uk.ictreview.report.json.JsonWriter;

/**
 * The {@code skills} value of figures.json: SPEC 7's keys first, in its order, then extra keys. No staff name
 * is written here, nor anything that identifies a person (roles appear only as the roles without a target).
 */
final class SkillsJson {
    private SkillsJson() {}

    static void write(CompetenceResult r, JsonWriter w) {
        w.beginObject();
        w.name("supportFte").value(Format.fteValue(r.supportFte()));
        w.name("bySkill").beginArray();
        for (SkillCoverage c : r.bySkill()) {
            w.beginObject();
            w.name("skill").value(c.skill().label());
            w.name("coverage").value(c.coverage().letterOrNull());
            w.name("need").value(c.need().letterOrNull());
            w.name("covered").value(c.covered());
            w.name("holdersAtNeed").value(c.holdersAtNeed());
            w.name("coveredBy").value(c.provider());
            w.name("focus").value(c.skill().focus().label());
            w.name("coveredByTeam").value(c.coveredByTeam());
            w.name("singlePointOfKnowledge").value(c.singlePointOfKnowledge());
            w.name("teamGap").value(c.teamGap());
            w.endObject();
        }
        w.endArray();
        w.name("capacityAdvice").value(r.capacityAdvice());
        w.name("schoolStaff").value(r.schoolStaffCount());
        w.name("periodCalls").value(r.periodCalls());
        w.name("cpdPriorities").beginArray();
        for (CpdPriority p : r.priorities()) {
            writePriority(p, w);
        }
        w.endArray();
        w.name("unmappedCategories").beginArray();
        for (CategoryDemand d : r.unmappedCategories()) {
            w.beginObject()
                    .name("category")
                    .value(d.category())
                    .name("calls")
                    .value(d.calls())
                    .endObject();
        }
        w.endArray();
        w.endObject();
    }

    private static void writePriority(CpdPriority p, JsonWriter w) {
        w.beginObject();
        w.name("rank").value(p.rank());
        w.name("skill").value(p.skill().label());
        w.name("score").value(BigDecimal.valueOf(p.score()).setScale(2, RoundingMode.HALF_UP));
        w.name("teamGap").value(p.teamGap());
        w.name("individualGaps").value(p.individualGaps());
        w.name("calls").value(p.calls());
        w.name("callsPct").value(new BigDecimal(Format.share(p.calls(), p.periodCalls())));
        w.name("escalated").value(p.escalated());
        w.name("escalatedPct").value(new BigDecimal(Format.share(p.escalated(), p.calls())));
        w.name("nextLevel").value(p.nextLevel().name());
        w.endObject();
    }
}
