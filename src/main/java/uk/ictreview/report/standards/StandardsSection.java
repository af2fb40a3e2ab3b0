package uk.ictreview.report.standards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.ictreview.analyse.sla.SlaAnalysis;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.analyse.standards.Area;
import uk.ictreview.analyse.standards.Judgement;
import uk.ictreview.analyse.standards.Overall;
import uk.ictreview.analyse.standards.StandardLine;
import uk.ictreview.analyse.standards.StandardsAnalysis;
import uk.ictreview.analyse.standards.StandardsInput;
import uk.ictreview.analyse.standards.StandardsResult;
import uk.ictreview.analyse.standards.SupportEnding;
import uk.ictreview.model.PackSettings;
import uk.ictreview.report.AreaInput;
import uk.ictreview.report.Format;
import uk.ictreview.report.ReportSection;
import uk.ictreview.report.Status;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;
import uk.ictreview.report.sla.SlaSection;

/**
 * The DfE digital and technology standards section (SPEC 9, docs/rules-standards.md): a table per standard area,
 * each line's judgement as a word and a symbol, its evidence, its rule in small print and what to do next; the
 * devices past or near their Support ends, by type. Left out of the report when pack.md says {@code standards:
 * none} ({@link #build} gives null).
 */
public record StandardsSection(StandardsResult result, List<AreaTable> areas, List<TypeCount> supportByType)
        implements ReportSection {
    public static final String ID = "standards";

    /** One standard area with its lines, as the section shows it. */
    public record AreaTable(String id, String title, boolean core, Judged status, List<Row> rows) {
        public AreaTable {
            rows = List.copyOf(rows);
        }
    }

    /** One line of an area's table; {@code nextStep} is empty when the line is met. */
    public record Row(String id, String check, Judged status, String evidence, String rule, String nextStep) {}

    /**
     * A judgement as the page shows it: its word and symbol (so it never rests on colour alone) and the class of the
     * report's status colours (met green, partly amber, not met red, not known the dotted grey of "not judged").
     */
    public record Judged(String key, String word, String symbol, String cssClass) {
        static Judged of(Judgement j) {
            return switch (j) {
                case MET -> new Judged(j.key(), j.label(), Status.GREEN.symbol(), Status.GREEN.cssClass());
                case PARTLY_MET -> new Judged(j.key(), j.label(), Status.AMBER.symbol(), Status.AMBER.cssClass());
                case NOT_MET -> new Judged(j.key(), j.label(), Status.RED.symbol(), Status.RED.cssClass());
                case NOT_KNOWN -> new Judged(j.key(), j.label(), "?", Status.NOT_JUDGED.cssClass());
            };
        }
    }

    /** The devices of one type past and near their Support ends. */
    public record TypeCount(String type, long past, long near, List<SupportEnding> devices) {
        public TypeCount {
            devices = List.copyOf(devices);
        }
    }

    public StandardsSection {
        Objects.requireNonNull(result, "result");
        areas = List.copyOf(areas);
        supportByType = List.copyOf(supportByType);
    }

    /**
     * The section of the school's data, or null when pack.md says {@code standards: none}. The SLA figures are the
     * service-levels section's, listed {@code before} this one: the standards read only the period's own figures,
     * which do not depend on the comparison with the previous period. Where that section is missing they are
     * computed here (without the previous period).
     */
    public static StandardsSection build(AreaInput in, List<ReportSection> before) {
        PackSettings s = in.data().settings();
        if (!s.facts().judged()) {
            return null;
        }
        SlaResult sla = before.stream()
                .filter(SlaSection.class::isInstance)
                .map(x -> ((SlaSection) x).result())
                .findFirst()
                .orElseGet(() -> SlaAnalysis.analyse(
                        in.data().incidents(),
                        in.period(),
                        s.bankHolidays(),
                        false,
                        in.data().assets()));
        return of(StandardsAnalysis.analyse(new StandardsInput(
                in.period(),
                s.facts(),
                !s.commentaryMarkdown().isBlank(),
                in.data().assets(),
                sla,
                SlaSection.DEFAULT_GOAL_PCT,
                in.earlierPacksSearched(),
                in.previousPackTo())));
    }

    public static StandardsSection of(StandardsResult r) {
        List<AreaTable> areas = new ArrayList<>();
        for (Area a : Area.values()) {
            List<Row> rows = r.lines(a).stream().map(StandardsSection::row).toList();
            if (!rows.isEmpty()) {
                areas.add(new AreaTable(a.key(), a.label(), a.core(), Judged.of(r.status(a)), rows));
            }
        }
        Map<String, List<SupportEnding>> byType = new LinkedHashMap<>();
        r.supportEndings().forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>())
                .add(e));
        List<TypeCount> counts = byType.entrySet().stream()
                .map(e -> new TypeCount(
                        e.getKey(),
                        e.getValue().stream().filter(SupportEnding::past).count(),
                        e.getValue().stream().filter(x -> !x.past()).count(),
                        e.getValue()))
                .toList();
        return new StandardsSection(r, areas, counts);
    }

    private static Row row(StandardLine l) {
        return new Row(
                l.id(),
                l.check(),
                Judged.of(l.status()),
                l.evidence(),
                l.rule(),
                l.nextStep() == null ? "" : l.nextStep());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Digital standards";
    }

    @Override
    public String headline() {
        return StandardsText.headline(result);
    }

    @Override
    public Status status() {
        return switch (result.overall()) {
            case GREEN -> Status.GREEN;
            case AMBER -> Status.AMBER;
            case RED -> Status.RED;
        };
    }

    @Override
    public String statusRule() {
        return Overall.RULE;
    }

    @Override
    public String change() {
        return NO_HISTORY;
    }

    @Override
    public List<Chart> charts() {
        return List.of();
    }

    @Override
    public void writeJson(JsonWriter w) {
        StandardsJson.write(result, w);
    }

    @Override
    public List<CsvTable> tables() {
        return StandardsTables.of(this);
    }

    @Override
    public List<String> methodNotes() {
        return StandardsText.methodNotes(result);
    }

    /** The core areas' tables first, as the DfE lists them. */
    public List<AreaTable> coreAreas() {
        return areas.stream().filter(AreaTable::core).toList();
    }

    public List<AreaTable> otherAreas() {
        return areas.stream().filter(a -> !a.core()).toList();
    }

    /** A device's Support ends as the tables write dates. */
    public String day(SupportEnding e) {
        return Format.date(e.supportEnds());
    }

    /** "22 devices are past their Support ends and 235 more reach it within 12 months": the count the pack shows. */
    public String supportCount() {
        return Format.count(result.pastSupport(), "device is", "devices are")
                + (result.pastSupport() == 1 ? " past its Support ends and " : " past their Support ends and ")
                + Format.whole(result.nearSupport()) + " more reach it within 12 months of the period end";
    }
}
