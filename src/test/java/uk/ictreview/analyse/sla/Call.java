package uk.ictreview.analyse.sla;

import java.time.LocalDateTime;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Priority;
import uk.ictreview.model.RowRef;

/** A small builder of test calls: only what a test sets differs from a plain P3 hardware incident. */
public final class Call {
    private static int row = 2;
    private final String ref;
    private LocalDateTime logged;
    private Priority priority = Priority.P3;
    private String category = "Hardware";
    private CallType type = CallType.INCIDENT;
    private String location;
    private String asset;
    private LocalDateTime responded;
    private LocalDateTime resolved;
    private long onHold;
    private String escalatedTo;
    private Integer reopened;

    private Call(String ref, String logged) {
        this.ref = ref;
        this.logged = LocalDateTime.parse(logged);
    }

    public static Call of(String ref, String logged) {
        return new Call(ref, logged);
    }

    Call p(Priority p) {
        this.priority = p;
        return this;
    }

    Call category(String c) {
        this.category = c;
        return this;
    }

    Call type(CallType t) {
        this.type = t;
        return this;
    }

    Call location(String l) {
        this.location = l;
        return this;
    }

    Call asset(String a) {
        this.asset = a;
        return this;
    }

    Call responded(String t) {
        this.responded = LocalDateTime.parse(t);
        return this;
    }

    Call resolved(String t) {
        this.resolved = LocalDateTime.parse(t);
        return this;
    }

    Call onHoldMinutes(long m) {
        this.onHold = m;
        return this;
    }

    Call escalatedTo(String s) {
        this.escalatedTo = s;
        return this;
    }

    Call reopened(int n) {
        this.reopened = n;
        return this;
    }

    public Incident build() {
        return new Incident(
                ref,
                logged,
                priority,
                category,
                type,
                null,
                location,
                null,
                asset,
                responded,
                resolved,
                onHold,
                escalatedTo,
                reopened,
                new RowRef("incidents.xlsx", "Incidents", row++));
    }
}
