/**
 * Plain records of a school's data: what the three workbooks and {@code pack.md} say, already typed. Imports
 * nothing else of the tool, so that every later stage can depend on it.
 */
package uk.ictreview.model;
