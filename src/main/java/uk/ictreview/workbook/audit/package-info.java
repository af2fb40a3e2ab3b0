/**
 * The audit workbook {@code audit.xlsx} (SPEC 2, issue 13): every SLA, refresh and coverage figure of the pack as
 * a live Excel formula over the period's rows, beside the value the tool computed and a cell that says whether
 * they agree. Written with POI (streamed), like the rest of {@code workbook/}; it reads nothing. Newer Excel
 * functions are stored as Excel stores them ({@code _xlfn.PERCENTILE.INC}, {@code _xlfn.NORM.S.INV}), so that
 * LibreOffice and older Excel do not show #NAME?.
 */
package uk.ictreview.workbook.audit;
