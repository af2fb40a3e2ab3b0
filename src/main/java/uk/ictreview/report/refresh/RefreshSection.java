package uk.ictreview.report.refresh;

import static uk.ictreview.report.Format.pounds;
import static uk.ictreview.report.Format.poundsUp;

import java.util.List;
import java.util.Objects;
import uk.ictreview.analyse.refresh.RefreshAnalysis;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.model.PackSettings;
import uk.ictreview.report.AreaInput;
import uk.ictreview.report.Format;
import uk.ictreview.report.ReportSection;
import uk.ictreview.report.Status;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;
import uk.ictreview.report.refresh.RefreshRows.ItemRow;
import uk.ictreview.report.refresh.RefreshRows.MoveGroupRow;
import uk.ictreview.report.refresh.RefreshRows.MoveRow;
import uk.ictreview.report.refresh.RefreshRows.TypeRow;
import uk.ictreview.report.refresh.RefreshRows.TypeValueRow;
import uk.ictreview.report.refresh.RefreshRows.WarrantyRow;
import uk.ictreview.report.refresh.RefreshRows.YearRow;

/**
 * The refresh-cycle budget section (SPEC 6.1, 8): what {@code sections/refresh.ftlh} shows, formatted, with the
 * raw {@link RefreshResult} for figures.json and the CSV files. Build it with {@link #of(RefreshResult)}.
 * {@code moves} (one row per asset), {@code overdue}, {@code schedule} and {@code warranties} are the HTML-only
 * detail; the pack shows {@code moveGroups}, the moves added up per from-year and to-year.
 */
public record RefreshSection(
        RefreshResult result,
        String headline,
        String decision,
        List<String> methodNotes,
        List<Chart> charts,
        List<String> yearLabels,
        List<YearRow> years,
        List<TypeRow> typeRows,
        String totalCost,
        int totalUnits,
        String totalBudget,
        boolean budgetGiven,
        String levelAnnualBudget,
        int overdueUnits,
        String overdueCost,
        String smoothedTotal,
        String risk,
        List<MoveRow> moves,
        List<MoveGroupRow> moveGroups,
        List<ItemRow> overdue,
        List<ItemRow> schedule,
        List<String> ageBands,
        List<TypeValueRow> types,
        String totalBookValue,
        List<WarrantyRow> warranties,
        int plannedDevices,
        String supportFte,
        String devicesPerSupportFte)
        implements ReportSection {
    public static final String ID = "refresh";

    public RefreshSection {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(headline, "headline");
        methodNotes = List.copyOf(methodNotes);
        charts = List.copyOf(charts);
        yearLabels = List.copyOf(yearLabels);
        years = List.copyOf(years);
        typeRows = List.copyOf(typeRows);
        moves = List.copyOf(moves);
        moveGroups = List.copyOf(moveGroups);
        overdue = List.copyOf(overdue);
        schedule = List.copyOf(schedule);
        ageBands = List.copyOf(ageBands);
        types = List.copyOf(types);
        warranties = List.copyOf(warranties);
    }

    /** The section of the school's data (see {@link uk.ictreview.report.Sections}). */
    public static RefreshSection build(AreaInput in) {
        PackSettings s = in.data().settings();
        return of(RefreshAnalysis.analyse(
                in.data().assets(),
                in.period().to(),
                s.financialYearStart(),
                s.horizonYears(),
                in.data().incidents().incidents(),
                in.supportFte()));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Refresh budget";
    }

    @Override
    public Status status() {
        return RefreshStatus.status(result);
    }

    @Override
    public String statusRule() {
        return RefreshStatus.rule(result);
    }

    @Override
    public String change() {
        return NO_HISTORY;
    }

    public static RefreshSection of(RefreshResult r) {
        List<ItemRow> schedule = SectionRows.schedule(r);
        return new RefreshSection(
                r,
                RefreshText.headline(r),
                RefreshText.decision(r),
                RefreshNotes.of(r),
                RefreshCharts.of(r),
                r.years().stream().map(y -> y.year().label()).toList(),
                SectionRows.years(r),
                SectionRows.types(r),
                pounds(r.totalCost()),
                r.totalUnits(),
                pounds(r.totalBudget()),
                r.budgetGiven(),
                poundsUp(r.levelAnnualBudget()),
                r.overdueUnits(),
                pounds(r.overdueCost()),
                pounds(r.smoothed().total()),
                SectionRows.risk(r),
                SectionRows.moves(r),
                SectionRows.moveGroups(r),
                schedule.stream().filter(ItemRow::overdue).toList(),
                schedule,
                RefreshResult.AGE_BANDS,
                SectionRows.typeValues(r),
                pounds(r.totalBookValue()),
                SectionRows.warranties(r),
                r.plannedDevices(),
                Format.fte(r.supportFte()),
                Format.oneDecimal(r.devicesPerSupportFte()));
    }

    /** Whether the cost chart and the year tables have anything to show: a cost or a budget in some year. */
    public boolean hasCosts() {
        return result.totalCost().signum() > 0
                || result.years().stream()
                        .anyMatch(y -> y.budget() != null && y.budget().signum() > 0);
    }

    /** Whether the age chart and table have a device to show. */
    public boolean hasDevices() {
        return plannedDevices > 0 && !types.isEmpty();
    }

    /** Said in place of the cost chart and tables when {@link #hasCosts()} is false. */
    public String noCostSentence() {
        return RefreshText.noCost(result);
    }

    /**
     * Whether there is a devices-per-FTE figure: the school has support staff of its own. With none (a supplier's
     * engineer only, or no Staff rows) the sentence says so instead of "– devices per school support FTE (0.0 FTE)".
     */
    public boolean hasSupportFte() {
        return result.devicesPerSupportFte() != null
                && result.supportFte() != null
                && result.supportFte().signum() > 0;
    }

    /** Said in place of the age chart and table when {@link #hasDevices()} is false. */
    public String noDevicesSentence() {
        return RefreshText.NO_DEVICES + " so there is no age profile or book value to show.";
    }

    /** Writes the value of figures.json's {@code refresh} key. */
    public void writeJson(JsonWriter w) {
        RefreshJson.write(w, result);
    }

    /** One CSV per table of figures: refresh-years, -plan, -schedule, -moves, -book-value, -types, -warranties. */
    public List<CsvTable> tables() {
        return RefreshTables.of(result);
    }
}
