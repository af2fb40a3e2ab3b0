package uk.ictreview.report.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.svg.SVGGraphics2D;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.StaffNames;
import uk.ictreview.report.charts.Chart;

/**
 * Renders sections/skills.ftlh on its own (with a stand-in for the page's chart macro that inlines the SVG) and
 * checks the figures, the staff-names rule and that the markup is well-formed XHTML. With
 * {@code -Dskills.dump=DIR} it also writes the HTML for a look.
 */
class SkillsTemplateTest {
    static String render(SkillsSection s, boolean pdf) throws Exception {
        return uk.ictreview.report.SectionPages.render(s, pdf);
    }

    /** Stand-in for the page's chart renderer: the chart as SVG, so its labels are in the text. */
    public static final class Svg {
        public String markup(Chart c) {
            SVGGraphics2D g = new SVGGraphics2D(c.width(), c.height());
            c.chart().draw(g, new Rectangle(0, 0, c.width(), c.height()));
            return g.getSVGElement("chart-" + c.id());
        }
    }

    @Test
    void governorsPackShowsStaffByRoleByDefault() throws Exception {
        String html = render(SkillsSection.of(SectionFixtures.result(), StaffNames.HIDDEN), true);
        dump("skills-pack.html", html);
        SkillsSection s = SkillsSection.of(SectionFixtures.result(), StaffNames.HIDDEN);
        assertThat(html).doesNotContain("Alice", "Bob", "Carol");
        assertThat(html).contains("Staff 2 (Senior ICT Technician)");
        // Short column labels in the chart (deliberately changed from "Staff 1 (ICT Technician)": the long labels
        // were written upwards and made the chart tall), with the roles in a key under it.
        assertThat(columnLabels(s.heatMap(true))).containsExactly("Need", "Staff 1", "Staff 2", "Staff 3");
        Document d = Jsoup.parse(html);
        assertThat(d.select("#skills-heat-map-key").text())
                .isEqualTo(
                        "Staff 1: ICT Technician; Staff 2: Senior ICT Technician; Staff 3: Network Engineer, Acme IT.");
        assertThat(d.select("#skills-meaning").text()).startsWith("For the uncovered skills");
        assertThat(d.select("#skills-support-fte").text()).isEqualTo("1.5");
        assertThat(d.select("#skills-capacity-advice")).isEmpty();
        assertThat(d.select("#skills-coverage tbody tr").first().text())
                .contains("Staff 2")
                .doesNotContain("Bob")
                .doesNotContain("Install, maintain");
        assertThat(d.select("#skills-single-points").text()).isEqualTo("3");
        assertThat(d.select("#skills-coverage tbody tr")).hasSize(12);
        // The pack lists the top 5 CPD priorities of 9 and leaves out the per-person detail.
        assertThat(d.select("#skills-cpd > li")).hasSize(5);
        assertThat(d.select("#skills-gaps")).isEmpty();
        assertWellFormed(html);
    }

    @Test
    void packNamesStaffWhenShownAndHtmlAlwaysDoes() throws Exception {
        String pack = render(SkillsSection.of(SectionFixtures.result(), StaffNames.SHOWN), true);
        assertThat(pack).contains("Bob");
        assertThat(columnLabels(SkillsSection.of(SectionFixtures.result(), StaffNames.SHOWN)
                        .heatMap(true)))
                .containsExactly("Need", "Alice", "Bob", "Carol");
        String html = render(SkillsSection.of(SectionFixtures.result(), StaffNames.HIDDEN), false);
        dump("skills.html", html);
        assertThat(html).contains("Alice", "Bob");
        assertThat(columnLabels(SkillsSection.of(SectionFixtures.result(), StaffNames.HIDDEN)
                        .heatMap(false)))
                .containsExactly("Need", "Alice", "Bob", "Carol");
        Document d = Jsoup.parse(html);
        assertThat(d.select("#skills-cpd > li")).hasSize(9);
        // Alice 6 gaps + Bob 6 gaps.
        assertThat(d.select("#skills-gaps tbody tr")).hasSize(12);
        // The HTML explains each skill in the framework's words; the pack leaves that out for length.
        assertThat(d.select("#skills-coverage tbody tr").first().text())
                .contains("Install, maintain and upgrade desktop hardware");
        assertWellFormed(html);
    }

    @Test
    void capacityAdviceAtOneFteOrLess() throws Exception {
        uk.ictreview.model.SkillsMatrix one = new uk.ictreview.model.SkillsMatrix(
                java.util.List.of(SectionFixtures.person("Dee", "ICT Technician", "1", "School", "BBBBBBBBBBBB")),
                java.util.List.of(),
                java.util.List.of());
        var r = uk.ictreview.analyse.competence.CompetenceAnalysis.analyse(
                one, java.util.List.of(), SectionFixtures.TERM, java.util.List.of(), SectionFixtures.FW);
        Document d = Jsoup.parse(render(SkillsSection.of(r, StaffNames.HIDDEN), true));
        assertThat(d.select("#skills-support-fte").text()).isEqualTo("1.0");
        assertThat(d.select("#skills-capacity-advice").text()).startsWith("At 1.0 FTE or less");
        // Nobody is a single point here: Dee is at B and every need is C or D.
        assertThat(d.select("#skills-single-points").text()).isEqualTo("0");
    }

    @Test
    void withNoSchoolStaffTheCpdListIsForARecruitOrTheSupplierNotForTraining() throws Exception {
        // Only a supplier's engineer, at C in every skill: the school's own team is 0 FTE and covers nothing.
        uk.ictreview.model.SkillsMatrix supplierOnly = new uk.ictreview.model.SkillsMatrix(
                java.util.List.of(
                        SectionFixtures.person("Sam", "Field Engineer", "0.4", "Northgate IT", "CCCCCCCCCCCC")),
                java.util.List.of(),
                java.util.List.of());
        var r = uk.ictreview.analyse.competence.CompetenceAnalysis.analyse(
                supplierOnly, java.util.List.of(), SectionFixtures.TERM, java.util.List.of(), SectionFixtures.FW);
        SkillsSection s = SkillsSection.of(r, StaffNames.HIDDEN);
        assertThat(s.noSchoolStaff()).isTrue();
        assertThat(s.staffSplit()).isEqualTo("0 school staff and 1 supplier's engineer");
        Document d = Jsoup.parse(render(s, true));
        assertThat(d.select("#skills-cpd-no-staff").text())
                .startsWith("The school has no ICT support staff of its own to train.")
                .contains("for whoever it recruits, or for the supplier's contract");
        assertThat(d.select("#skills-cpd > li")).isNotEmpty();
        assertThat(d.text()).doesNotContain("First step, level");

        // With school staff, the list stays a training plan and the cover counts plain staff.
        SkillsSection team = SkillsSection.of(SectionFixtures.result(), StaffNames.HIDDEN);
        assertThat(team.noSchoolStaff()).isFalse();
        Document t = Jsoup.parse(render(team, true));
        assertThat(t.select("#skills-cpd-no-staff")).isEmpty();
        assertThat(t.text()).contains("First step, level");
    }

    @Test
    void staffSplitCountsSuppliersEngineersApart() {
        // 2 school staff + 2 engineers of one supplier.
        uk.ictreview.model.SkillsMatrix mixed = new uk.ictreview.model.SkillsMatrix(
                java.util.List.of(
                        SectionFixtures.person("Ann", "ICT Technician", "1", "School", "BBBBBBBBBBBB"),
                        SectionFixtures.person("Ben", "ICT Technician", "1", "School", "BBBBBBBBBBBB"),
                        SectionFixtures.person("Cal", "Engineer", "0.2", "Northgate IT", "CCCCCCCCCCCC"),
                        SectionFixtures.person("Dot", "Engineer", "0.2", "Northgate IT", "CCCCCCCCCCCC")),
                java.util.List.of(),
                java.util.List.of());
        var r = uk.ictreview.analyse.competence.CompetenceAnalysis.analyse(
                mixed, java.util.List.of(), SectionFixtures.TERM, java.util.List.of(), SectionFixtures.FW);
        assertThat(SkillsSection.of(r, StaffNames.HIDDEN).staffSplit())
                .isEqualTo("2 school staff and 2 suppliers' engineers");
    }

    static java.util.List<String> columnLabels(Chart c) {
        org.jfree.chart.plot.XYPlot plot =
                (org.jfree.chart.plot.XYPlot) c.chart().getPlot();
        return java.util.List.of(((org.jfree.chart.axis.SymbolAxis) plot.getDomainAxis()).getSymbols());
    }

    private static void assertWellFormed(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static void dump(String name, String html) throws Exception {
        String dir = System.getProperty("skills.dump");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, name), "<!DOCTYPE html><html><body>" + html + "</body></html>");
            Chart c = SkillsSection.of(SectionFixtures.result(), StaffNames.HIDDEN)
                    .heatMapPack();
            org.jfree.chart.ChartUtils.saveChartAsPNG(
                    Path.of(dir, c.id() + ".png").toFile(), c.chart(), c.width() * 2, c.height() * 2);
        }
    }
}
