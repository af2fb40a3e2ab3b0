package uk.ictreview.analyse.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.ictreview.analyse.sla.SlaAnalysis;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.AssetStatus;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Closure;
import uk.ictreview.model.Incident;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.Period;
import uk.ictreview.model.Priority;
import uk.ictreview.model.RowRef;
import uk.ictreview.model.SchoolFacts;
import uk.ictreview.model.SchoolPhase;
import uk.ictreview.model.ServiceLevel;

/**
 * Fixtures for the standards' tests. The period is Monday 01/06/2026 to Friday 26/06/2026: four whole open weeks
 * (the default support hours, Monday to Friday 08:00-16:30; no bank holidays), period end 26/06/2026, so "12
 * months before" is 26/06/2025 and "the next 12 months" runs to 26/06/2027.
 */
final class S {
    static final Period PERIOD = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 26));
    static final LocalDate END = PERIOD.to();
    static final BigDecimal GOAL = BigDecimal.valueOf(90);

    private S() {}

    /** A P3 call logged on the Monday of week {@code w} (0-3) at 09:00, answered 09:30, resolved 12:00 (met). */
    static Incident met(int w) {
        LocalDateTime at = PERIOD.from().plusWeeks(w).atTime(9, 0);
        return call("M" + w, at, at.plusMinutes(30), at.plusHours(3));
    }

    /** Logged Monday of week w 09:00, answered 09:30, resolved Friday 16:00: 40 support hours > 24 (breached). */
    static Incident breached(int w) {
        LocalDateTime at = PERIOD.from().plusWeeks(w).atTime(9, 0);
        return call("B" + w, at, at.plusMinutes(30), at.plusDays(4).withHour(16));
    }

    /** Logged Monday of week w 09:00, never answered nor resolved: past its 4-hour response target. */
    static Incident unanswered(int w) {
        return call("U" + w, PERIOD.from().plusWeeks(w).atTime(9, 0), null, null);
    }

    static Incident call(String ref, LocalDateTime logged, LocalDateTime responded, LocalDateTime resolved) {
        return new Incident(
                ref,
                logged,
                Priority.P3,
                "Hardware",
                CallType.INCIDENT,
                null,
                null,
                null,
                null,
                responded,
                resolved,
                0,
                null,
                null,
                new RowRef("incidents.xlsx", "Incidents", 2));
    }

    static SlaResult sla(boolean ownLevels, List<Closure> closures, Incident... calls) {
        IncidentLog log = new IncidentLog(
                List.of(calls), ownLevels ? ServiceLevel.defaults() : List.of(), List.of(), closures, List.of(), false);
        return SlaAnalysis.analyse(log, PERIOD, BankHolidayRegion.NONE, false, AssetRegister.empty());
    }

    static SlaResult sla(boolean ownLevels, Incident... calls) {
        return sla(ownLevels, List.of(), calls);
    }

    /** Four met calls, one a week, the school's own Service levels sheet. */
    static SlaResult goodSla() {
        return sla(true, met(0), met(1), met(2), met(3));
    }

    static StandardsInput input(SchoolFacts facts, List<Asset> assets, SlaResult sla) {
        return new StandardsInput(
                PERIOD,
                facts,
                true,
                new AssetRegister(assets, List.of(), List.of()),
                sla,
                GOAL,
                true,
                LocalDate.of(2026, 3, 31));
    }

    static StandardsResult run(SchoolFacts facts, List<Asset> assets, SlaResult sla) {
        return StandardsAnalysis.analyse(input(facts, assets, sla));
    }

    static StandardLine line(StandardsResult r, String id) {
        return r.lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /** Every fact given, and met, for a primary school. */
    static SchoolFacts allMet() {
        return new SchoolFacts(
                true,
                SchoolPhase.PRIMARY,
                "Deputy Head",
                "Mr B Governor",
                LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 2),
                true,
                true,
                true,
                new BigDecimal("100"),
                new BigDecimal("30"),
                true);
    }

    /** A device bought {@code bought}, In use, with cost, location and a warranty to 2030. */
    static Dev dev(String tag, String type, String bought) {
        return new Dev(tag, type, LocalDate.parse(bought));
    }

    static final class Dev {
        final String tag;
        final String type;
        final LocalDate bought;
        LocalDate supportEnds;
        LocalDate warranty = LocalDate.of(2030, 1, 1);
        String location = "Room 1";
        BigDecimal cost = new BigDecimal("500");

        Dev(String tag, String type, LocalDate bought) {
            this.tag = tag;
            this.type = type;
            this.bought = bought;
        }

        Dev support(String d) {
            supportEnds = LocalDate.parse(d);
            return this;
        }

        Dev warranty(String d) {
            warranty = d == null ? null : LocalDate.parse(d);
            return this;
        }

        Dev noLocation() {
            location = null;
            return this;
        }

        Asset build() {
            return new Asset(
                    tag,
                    type,
                    "Make",
                    "Model",
                    null,
                    location,
                    bought,
                    cost,
                    warranty,
                    AssetStatus.IN_USE,
                    null,
                    null,
                    supportEnds,
                    null,
                    new RowRef("assets.xlsx", "Assets", 2));
        }
    }

    static List<Asset> assets(Dev... devs) {
        List<Asset> out = new ArrayList<>();
        for (Dev d : devs) {
            out.add(d.build());
        }
        return out;
    }
}
