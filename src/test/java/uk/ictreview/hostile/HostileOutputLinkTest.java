package uk.ictreview.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ictreview.model.Period;
import uk.ictreview.model.RowCounts;
import uk.ictreview.model.StaffNames;
import uk.ictreview.report.DataQuality;
import uk.ictreview.report.DiagnosticLine;
import uk.ictreview.report.ReportModel;
import uk.ictreview.report.Templates;
import uk.ictreview.report.markdown.Markdown;
import uk.ictreview.report.pdf.PdfReport;

/** Links and images in the commentary: only http, https and mailto stay links; nothing is fetched. */
class HostileOutputLinkTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](javascript&#58;alert(1))",
                "[x](javascript&#x3A;alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x]( java\tscript:alert(1))",
                "[x](<java\nscript:alert(1)>)",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](vbscript:msgbox(1))",
                "[x](file:///etc/passwd)",
                "[x](../../../etc/passwd)",
                "[x](//evil.example/)",
                "<javascript:alert(1)>",
                "[x][r]\n\n[r]: javascript:alert(1)",
                "[x](\u0000javascript:alert(1))",
                "[x](java\u00ADscript:alert(1))",
            })
    void aLinkToAnythingButTheWebOrMailIsShownAsItsText(String md) {
        Document doc = Jsoup.parseBodyFragment(Markdown.toXhtml("Before " + md + " after"));
        assertThat(Inert.activeLinks(doc)).as(md).isEmpty();
        assertThat(doc.select("a")).as(md).isEmpty();
        assertThat(doc.text()).as("the link's text stays").contains("Before", "after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.gov.uk/", "http://example.org/a?b=1", "mailto:bursar@school.example"})
    void aWebOrMailLinkStays(String url) {
        Document doc = Jsoup.parseBodyFragment(Markdown.toXhtml("[the guidance](" + url + ")"));
        assertThat(doc.select("a").attr("href")).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "![passwd](file:///etc/passwd)",
                "![tracker](http://evil.example/pixel.png)",
                "![x](data:image/png;base64,iVBORw0KGgo=)",
            })
    void anImageIsNeverLoadedButItsDescriptionIsShown(String md) {
        Document doc = Jsoup.parseBodyFragment(Markdown.toXhtml(md));
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.text()).startsWith("[image");
    }

    @Test
    void rawHtmlStaysEscapedText() {
        String md = "<script>alert(1)</script> <a href=\"javascript:alert(1)\">x</a> <img src=x onerror=alert(1)>";
        Document doc = Jsoup.parseBodyFragment(Markdown.toXhtml(md));
        assertThat(doc.select("script, a, img, [onerror]")).isEmpty();
        assertThat(doc.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void thePdfLinksOnlyToTheWebAndMailAndLoadsNoImage() throws Exception {
        String md = "[bad](JaVaScRiPt:alert(1)) [bad2](javascript&#58;x) [bad3](file:///etc/passwd)"
                + " [good](https://www.gov.uk/) ![img](file:///etc/passwd) ![web](http://127.0.0.1:9/x.png)";
        byte[] pdf = PdfReport.render(model(md), new Templates(null));
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) {
                        uris.add(u.getURI());
                    }
                }
            }
        }
        assertThat(uris).containsExactly("https://www.gov.uk/");
    }

    static ReportModel model(String commentary) {
        return new ReportModel(
                "Hostile School",
                new Period(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22)),
                LocalDate.of(2026, 7, 24),
                "test",
                new RowCounts(0, 0, 0),
                new DataQuality(0, 0, 0, 0),
                Markdown.toXhtml(commentary),
                List.<DiagnosticLine>of(),
                List.of(),
                StaffNames.HIDDEN,
                List.of());
    }
}
