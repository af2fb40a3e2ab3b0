package uk.ictreview.report.standards;

import uk.ictreview.analyse.standards.Area;
import uk.ictreview.analyse.standards.StandardLine;
import uk.ictreview.analyse.standards.StandardsResult;
import uk.ictreview.analyse.standards.SupportEnding;
import uk.ictreview.report.json.JsonWriter;

/**
 * figures.json's {@code standards} (SPEC 9; keys stable, docs/rules-standards.md): {@code overall}, {@code lines}
 * (one entry per line: {@code id}, {@code area}, {@code core}, {@code status}, {@code evidence}, {@code rule},
 * {@code nextStep}), {@code areas} ({@code area}, {@code core}, {@code status}) and {@code supportEnds} ({@code
 * past}, {@code near}, {@code devices}: {@code tag}, {@code type}, {@code supportEnds}, {@code past}).
 */
final class StandardsJson {
    private StandardsJson() {}

    static void write(StandardsResult r, JsonWriter w) {
        w.beginObject();
        w.name("overall").value(r.overall().name().toLowerCase(java.util.Locale.ROOT));
        w.name("lines").beginArray();
        for (StandardLine l : r.lines()) {
            w.beginObject();
            w.name("id").value(l.id());
            w.name("area").value(l.area().key());
            w.name("core").value(l.area().core());
            w.name("status").value(l.status().key());
            w.name("evidence").value(l.evidence());
            w.name("rule").value(l.rule());
            w.name("nextStep").value(l.nextStep());
            w.endObject();
        }
        w.endArray();
        w.name("areas").beginArray();
        for (Area a : Area.values()) {
            w.beginObject();
            w.name("area").value(a.key());
            w.name("core").value(a.core());
            w.name("status").value(r.status(a).key());
            w.endObject();
        }
        w.endArray();
        w.name("supportEnds").beginObject();
        w.name("past").value(r.pastSupport());
        w.name("near").value(r.nearSupport());
        w.name("devices").beginArray();
        for (SupportEnding e : r.supportEndings()) {
            w.beginObject();
            w.name("tag").value(e.tag());
            w.name("type").value(e.type());
            w.name("supportEnds").value(e.supportEnds().toString());
            w.name("past").value(e.past());
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.endObject();
    }
}
