/** The business manager's commentary: Markdown to escaped, well-formed XHTML (Flexmark, then jsoup). */
package uk.ictreview.report.markdown;
