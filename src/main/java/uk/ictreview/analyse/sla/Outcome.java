package uk.ictreview.analyse.sla;

/** How a call stands against one target as at the end of the period (SPEC 5). */
public enum Outcome {
    /** Done within the target (exactly at the target counts as met). */
    MET,
    /** Done after the target, or still not done with more support time than the target already gone. */
    BREACHED,
    /** Not done by the period end and still within the target: left out of the percentage. */
    PENDING
}
