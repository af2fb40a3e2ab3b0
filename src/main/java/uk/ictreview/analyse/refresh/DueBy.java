package uk.ictreview.analyse.refresh;

/**
 * What set a replacement's due date (SPEC 4.2, 6.1): the school's Replace by, which always wins; else the earlier
 * of the policy date (Purchased + lifetime) and Support ends. A repeat (the device that replaces it falling due in
 * turn) is always due by the policy lifetime.
 */
public enum DueBy {
    REPLACE_BY,
    POLICY,
    SUPPORT_ENDS
}
