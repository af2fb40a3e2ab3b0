package uk.ictreview.report.json;

import uk.ictreview.report.ReportModel;
import uk.ictreview.report.ReportSection;
import uk.ictreview.report.Sections;

/**
 * figures.json (SPEC 7): every figure the report shows, as data, with stable keys in a stable order: one key per
 * area listed in {@link Sections} (null when the report has no such section), then the counts and data quality.
 */
public final class FiguresJson {
    private FiguresJson() {}

    public static String render(ReportModel m) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.name("school").value(m.school());
        w.name("period").beginObject();
        w.name("from").value(m.period().from().toString());
        w.name("to").value(m.period().to().toString());
        w.endObject();
        for (String id : Sections.ids()) {
            section(w, id, m.section(id));
        }
        w.name("counts").beginObject();
        w.name("incidents").value(m.counts().incidents());
        w.name("assets").value(m.counts().assets());
        w.name("staff").value(m.counts().staff());
        w.endObject();
        w.name("dataQuality").beginObject();
        w.name("errors").value(m.dataQuality().errors());
        w.name("warnings").value(m.dataQuality().warnings());
        w.name("rowsSkipped").value(m.dataQuality().rowsSkipped());
        w.endObject();
        w.endObject();
        return w.toString();
    }

    private static void section(JsonWriter w, String key, ReportSection s) {
        w.name(key);
        if (s == null) {
            w.value((String) null);
        } else {
            s.writeJson(w);
        }
    }
}
