/**
 * Everything that writes workbooks: the blank templates of {@code init} ({@link uk.ictreview.workbook.TemplateWriter}),
 * the bundled example school and its deterministic generator
 * ({@link uk.ictreview.workbook.ExampleSchoolGenerator}, {@link uk.ictreview.workbook.ExampleSchool}), and the
 * annotated copies of {@code check --annotate} ({@link uk.ictreview.workbook.Annotator}). Besides {@code read/},
 * the only package that imports POI. Sheet and column names all come from {@link uk.ictreview.read.Workbooks},
 * so what is written is what the reader expects.
 */
package uk.ictreview.workbook;
