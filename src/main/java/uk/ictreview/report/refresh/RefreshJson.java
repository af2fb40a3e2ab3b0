package uk.ictreview.report.refresh;

import static uk.ictreview.report.Format.pence;

import java.util.List;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.refresh.ScheduleYear;
import uk.ictreview.analyse.refresh.SmoothedSchedule;
import uk.ictreview.analyse.refresh.TypeCost;
import uk.ictreview.analyse.refresh.TypeSummary;
import uk.ictreview.report.Format;
import uk.ictreview.report.json.JsonWriter;

/** The value of figures.json's {@code refresh} key: SPEC 7's keys first, in its order, then extra keys. */
final class RefreshJson {
    private RefreshJson() {}

    static void write(JsonWriter w, RefreshResult r) {
        w.beginObject();
        w.name("years").beginArray();
        r.years().forEach(y -> year(w, y));
        w.endArray();
        w.name("overdueUnits").value(r.overdueUnits());
        w.name("overdueCost").value(pence(r.overdueCost()));
        w.name("levelAnnualBudget").value(pence(r.levelAnnualBudget()));
        w.name("horizonYears").value(r.horizonYears());
        w.name("totalUnits").value(r.totalUnits());
        w.name("totalCost").value(pence(r.totalCost()));
        w.name("totalBudget").value(pence(r.totalBudget()));
        smoothed(w, r.smoothed());
        bookValue(w, r);
        w.name("warrantiesEnding").value(r.warrantiesEnding().size());
        w.name("plannedDevices").value(r.plannedDevices());
        w.name("supportFte").value(Format.fteValue(r.supportFte()));
        w.name("devicesPerSupportFte").value(r.devicesPerSupportFte());
        w.name("dueAfterHorizon").value(r.dueAfterHorizon());
        w.name("notPlannedNoDate").value(r.notPlannedNoDate().size());
        w.name("notPlannedNoCost").value(r.notPlannedNoCost().size());
        strings(w, "unknownTypes", r.unknownTypes());
        w.endObject();
    }

    /** SPEC 7's four keys of a year, then its surplus, backlog and types. */
    private static void year(JsonWriter w, PlanYear y) {
        w.beginObject();
        w.name("year").value(y.year().label());
        w.name("units").value(y.units());
        w.name("cost").value(pence(y.cost()));
        w.name("budget").value(pence(y.budget()));
        w.name("surplus").value(pence(y.surplus()));
        w.name("overdueUnits").value(y.overdueUnits());
        w.name("overdueCost").value(pence(y.overdueCost()));
        typeCosts(w, y.byType());
        w.endObject();
    }

    private static void smoothed(JsonWriter w, SmoothedSchedule s) {
        w.name("smoothed").beginObject();
        w.name("years").beginArray();
        for (ScheduleYear y : s.years()) {
            w.beginObject();
            w.name("year").value(y.year().label());
            w.name("units").value(y.units());
            w.name("cost").value(pence(y.cost()));
            w.name("cap").value(pence(y.cap()));
            w.name("capIsBudget").value(y.capIsBudget());
            w.name("overCap").value(y.overCap());
            w.endObject();
        }
        w.endArray();
        w.name("totalCost").value(pence(s.total()));
        w.name("moves").value(s.moves().size());
        w.name("deferredUnits").value(s.deferredUnits());
        w.name("broughtForwardUnits").value(s.broughtForwardUnits());
        w.name("deviceYearsDeferred").value(s.deviceYearsDeferred());
        w.name("maxYearsDeferred").value(s.maxYearsDeferred());
        w.endObject();
    }

    private static void bookValue(JsonWriter w, RefreshResult r) {
        w.name("netBookValue").beginObject();
        w.name("total").value(pence(r.totalBookValue()));
        w.name("notValued").value(r.notValued());
        w.name("byType").beginArray();
        for (TypeSummary t : r.types()) {
            w.beginObject();
            w.name("type").value(t.type());
            w.name("devices").value(t.devices());
            w.name("valued").value(t.valued());
            w.name("cost").value(pence(t.cost()));
            w.name("value").value(pence(t.bookValue()));
            w.name("ageBands").beginArray();
            t.ageBands().forEach(w::value);
            w.endArray();
            w.endObject();
        }
        w.endArray();
        strings(w, "ageBands", RefreshResult.AGE_BANDS);
        w.endObject();
    }

    private static void typeCosts(JsonWriter w, List<TypeCost> types) {
        w.name("byType").beginArray();
        for (TypeCost t : types) {
            w.beginObject();
            w.name("type").value(t.type());
            w.name("units").value(t.units());
            w.name("cost").value(pence(t.cost()));
            w.endObject();
        }
        w.endArray();
    }

    private static void strings(JsonWriter w, String name, List<String> values) {
        w.name(name).beginArray();
        values.forEach(w::value);
        w.endArray();
    }
}
