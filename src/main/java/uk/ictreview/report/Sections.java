package uk.ictreview.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import uk.ictreview.report.history.HistorySection;
import uk.ictreview.report.refresh.RefreshSection;
import uk.ictreview.report.skills.SkillsSection;
import uk.ictreview.report.sla.SlaSection;
import uk.ictreview.report.standards.StandardsSection;

/**
 * The areas of the report, in report order: the one place an area is listed. The summary, the page (its contents,
 * bookmarks and {@code sections/<id>.ftlh}), figures.json, the CSV files, the template names and the tests that
 * render every section into every format all follow from this list (docs/adding-an-area.md).
 */
public final class Sections {
    /**
     * An area: its id (see {@link ReportSection#id()}) and how its section is built from the school's data and the
     * sections listed before it (only an area that sums up the others, such as the figures over time, reads them).
     */
    public record Area(String id, BiFunction<AreaInput, List<ReportSection>, ReportSection> build) {
        /** An area built from the school's data alone. */
        public Area(String id, Function<AreaInput, ReportSection> build) {
            this(id, (in, before) -> build.apply(in));
        }
    }

    public static final List<Area> AREAS = List.of(
            new Area(SlaSection.ID, SlaSection::build),
            new Area(RefreshSection.ID, RefreshSection::build),
            new Area(SkillsSection.ID, SkillsSection::build),
            new Area(StandardsSection.ID, StandardsSection::build),
            new Area(HistorySection.ID, HistorySection::build));

    private Sections() {}

    /** Every area's section, in report order; an area whose build gives null is left out of this report. */
    public static List<ReportSection> build(AreaInput in) {
        List<ReportSection> out = new ArrayList<>();
        for (Area a : AREAS) {
            ReportSection s = a.build().apply(in, List.copyOf(out));
            if (s == null) {
                continue; // the area leaves itself out (the standards, for a school outside England)
            }
            if (!s.id().equals(a.id())) {
                throw new IllegalStateException("area " + a.id() + " built a section with id " + s.id());
            }
            out.add(s);
        }
        return out;
    }

    /** The areas' ids, in report order. */
    public static List<String> ids() {
        return AREAS.stream().map(Area::id).toList();
    }
}
