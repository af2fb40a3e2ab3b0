package uk.ictreview.report.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import uk.ictreview.analyse.refresh.RefreshAnalysis;
import uk.ictreview.model.AssetRegister;

/**
 * Renders sections/refresh.ftlh as the page template will (HTML output format, records as beans, a stand-in
 * {@code chart} macro) and checks it is well-formed XHTML with the figures in place.
 */
class RefreshTemplateTest {
  static String render(RefreshSection section, boolean pdf) throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    StringTemplateLoader page = new StringTemplateLoader();
    page.putTemplate("page.ftlh", "<#macro chart c><svg id=\"${c.id}\" role=\"img\"/></#macro>"
        + "<div><#include \"sections/refresh.ftlh\"></div>");
    cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
        page, new ClassTemplateLoader(RefreshTemplateTest.class, "/uk/ictreview/templates")}));
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    StringWriter out = new StringWriter();
    cfg.getTemplate("page.ftlh").process(Map.of("refresh", section, "pdf", pdf), out);
    return out.toString();
  }

  static void assertWellFormed(String xhtml) throws Exception {
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
  }

  @Test
  void htmlHasTheFiguresAndEveryDetailTable() throws Exception {
    String html = render(RefreshSection.of(RefreshSectionTest.shortfall()), false);
    assertWellFormed(html);
    Document d = Jsoup.parse(html);
    assertThat(d.getElementById("refresh-total-cost").text()).isEqualTo("£1,850.00");
    assertThat(d.getElementById("refresh-level-budget").text()).isEqualTo("£370.00");
    assertThat(d.getElementById("refresh-overdue").text()).isEqualTo("2 devices, £1,200.00");
    assertThat(d.select("#refresh-years tbody tr")).hasSize(5);
    assertThat(d.select("#refresh-overdue-list tbody tr")).hasSize(2);
    assertThat(d.select("#refresh-schedule tbody tr")).hasSize(3);
    assertThat(d.select("#refresh-warranty-list tbody tr")).hasSize(1);
    assertThat(d.select("svg#refresh-cost-per-year")).hasSize(1);
    assertThat(d.select("svg#refresh-age-profile")).hasSize(1);
  }

  @Test
  void pdfLeavesOutTheDetailTables() throws Exception {
    String html = render(RefreshSection.of(RefreshSectionTest.shortfall()), true);
    assertWellFormed(html);
    Document d = Jsoup.parse(html);
    assertThat(d.getElementById("refresh-headline")).isNotNull();
    assertThat(d.getElementById("refresh-schedule")).isNull();
    assertThat(d.getElementById("refresh-overdue-list")).isNull();
  }

  @Test
  void anEmptyRegisterStillRenders() throws Exception {
    var r = RefreshAnalysis.analyse(AssetRegister.empty(), LocalDate.of(2026, 7, 22), Month.SEPTEMBER, 3, List.of(),
        BigDecimal.ONE);
    RefreshSection s = RefreshSection.of(r);
    assertThat(s.headline()).isEqualTo("No equipment falls due for replacement over the next three years (2025-26 to 2027-28).");
    String html = render(s, false);
    assertWellFormed(html);
    assertThat(Jsoup.parse(html).getElementById("refresh-level-budget").text()).isEqualTo("£0.00");
  }

  @Test
  void spreadsheetTextIsEscaped() throws Exception {
    var register = new AssetRegister(List.of(RefreshSectionTest.asset("<b>X&1</b>", "<script>", "2020-01-01", null)),
        List.of(), List.of());
    var r = RefreshAnalysis.analyse(register, LocalDate.of(2026, 7, 22), Month.APRIL, 5, List.of(), BigDecimal.ZERO);
    String html = render(RefreshSection.of(r), false);
    assertWellFormed(html);
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("&lt;b&gt;X&amp;1&lt;/b&gt;");
    assertThat(Jsoup.parse(html).getElementById("refresh-devices-per-fte").text()).isEqualTo("\u2013");
  }
}
