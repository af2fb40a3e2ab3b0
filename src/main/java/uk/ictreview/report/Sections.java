package uk.ictreview.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    public record Area(String id, BiFunction<AreaInput, List<ReportSection>, ReportSection> build, boolean alone) {
        /** An area that reads the sections before it. */
        public Area(String id, BiFunction<AreaInput, List<ReportSection>, ReportSection> build) {
            this(id, build, false);
        }

        /** An area built from the school's data alone: it may be built beside the others. */
        public Area(String id, Function<AreaInput, ReportSection> build) {
            this(id, (in, before) -> build.apply(in), true);
        }
    }

    /**
     * Threads for the areas built beside the first (daemon, so a failed build does not wait for them); made as
     * needed and kept a minute, so build-all's schools share them.
     */
    private static final ExecutorService BESIDE = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ictreview-section");
        t.setDaemon(true);
        return t;
    });

    public static final List<Area> AREAS = List.of(
            new Area(SlaSection.ID, SlaSection::build),
            new Area(RefreshSection.ID, RefreshSection::build),
            new Area(SkillsSection.ID, SkillsSection::build),
            new Area(StandardsSection.ID, StandardsSection::build),
            new Area(HistorySection.ID, HistorySection::build));

    private Sections() {}

    /**
     * Every area's section, in report order; an area whose build gives null is left out of this report. The areas
     * built from the data alone, after the first, are built on other threads while this one builds the first (a
     * school's build has a second core, see docs/performance.md); each reads only the school's data, which nothing
     * changes once read, so the sections are the same as when built one after another.
     */
    public static List<ReportSection> build(AreaInput in) {
        Map<String, Future<ReportSection>> beside = new HashMap<>();
        for (Area a : AREAS.subList(1, AREAS.size())) {
            if (a.alone()) {
                beside.put(a.id(), BESIDE.submit(() -> a.build().apply(in, List.of())));
            }
        }
        List<ReportSection> out = new ArrayList<>();
        for (Area a : AREAS) {
            Future<ReportSection> built = beside.get(a.id());
            ReportSection s = built != null ? finished(built) : a.build().apply(in, List.copyOf(out));
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

    /** A section built on another thread, or what stopped it, thrown as it was thrown there. */
    private static ReportSection finished(Future<ReportSection> built) {
        try {
            return built.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a section was built", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The areas' ids, in report order. */
    public static List<String> ids() {
        return AREAS.stream().map(Area::id).toList();
    }
}
