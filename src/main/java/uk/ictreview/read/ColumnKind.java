package uk.ictreview.read;

/** What a column holds, which decides how its cells are parsed and what a template offers. */
public enum ColumnKind {
    TEXT,
    DATE_TIME,
    DATE,
    TIME,
    NUMBER,
    MONEY,
    PRIORITY,
    CALL_TYPE,
    ASSET_STATUS,
    ASSET_TYPE,
    LEVEL,
    YES_NO_COUNT,
    DAY_OF_WEEK,
    SKILL,
    FINANCIAL_YEAR
}
