package uk.ictreview.analyse.refresh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetStatus;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Priority;
import uk.ictreview.model.RowRef;

/** A small fluent fixture for assets in tests: {@code A.of("L1", "Laptop").bought("2023-04-01").build()}. */
final class A {
    private final String tag;
    private final String type;
    private LocalDate purchased;
    private BigDecimal cost;
    private LocalDate warranty;
    private AssetStatus status = AssetStatus.IN_USE;
    private LocalDate replaceBy;
    private BigDecimal replacementCost;
    private LocalDate supportEnds;
    private String location = "Room 1";

    private A(String tag, String type) {
        this.tag = tag;
        this.type = type;
    }

    static A of(String tag, String type) {
        return new A(tag, type);
    }

    A bought(String date) {
        purchased = LocalDate.parse(date);
        return this;
    }

    A bought(LocalDate date) {
        purchased = date;
        return this;
    }

    A cost(String pounds) {
        cost = new BigDecimal(pounds);
        return this;
    }

    A warranty(String date) {
        warranty = LocalDate.parse(date);
        return this;
    }

    A status(AssetStatus s) {
        status = s;
        return this;
    }

    A replaceBy(String date) {
        replaceBy = LocalDate.parse(date);
        return this;
    }

    A replacementCost(String pounds) {
        replacementCost = new BigDecimal(pounds);
        return this;
    }

    A supportEnds(String date) {
        supportEnds = LocalDate.parse(date);
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
                purchased,
                cost,
                warranty,
                status,
                replaceBy,
                replacementCost,
                supportEnds,
                null,
                new RowRef("assets.xlsx", "Assets", 2));
    }

    static Incident call(String ref, String tag, String logged) {
        return new Incident(
                ref,
                LocalDateTime.parse(logged + "T09:00"),
                Priority.values()[0],
                "Hardware",
                CallType.values()[0],
                null,
                null,
                null,
                tag,
                null,
                null,
                0,
                null,
                null,
                new RowRef("incidents.xlsx", "Incidents", 2));
    }
}
