package uk.ictreview.report;

/** A problem as the data-quality notes print it: severity, place ({@code incidents.xlsx 'Incidents'!F14}), message. */
public record DiagnosticLine(String severity, String place, String message) {}
