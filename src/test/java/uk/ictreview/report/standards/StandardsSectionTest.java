package uk.ictreview.report.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.sla.SlaAnalysis;
import uk.ictreview.analyse.standards.StandardsAnalysis;
import uk.ictreview.analyse.standards.StandardsInput;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.AssetStatus;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.Period;
import uk.ictreview.model.RowRef;
import uk.ictreview.model.SchoolFacts;
import uk.ictreview.report.SectionPages;
import uk.ictreview.report.Status;
import uk.ictreview.report.json.JsonWriter;
import uk.ictreview.testing.MiniJson;

/** figures.json's {@code standards} keys (stable, SPEC 9), the CSV files and the section's page. */
class StandardsSectionTest {
    static final Period PERIOD = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 26));

    static StandardsSection section() {
        // One Windows 10 desktop past its support end (14/10/2025), no warranty date, nothing else known: red (cyber
        // security and, the register being 0% complete, digital leadership: core standards not met).
        Asset d = new Asset(
                "D1",
                "Desktop",
                "Dell",
                "OptiPlex 3050",
                null,
                "Library",
                LocalDate.of(2019, 8, 12),
                new BigDecimal("612"),
                null,
                AssetStatus.IN_USE,
                null,
                null,
                LocalDate.of(2025, 10, 14),
                null,
                new RowRef("assets.xlsx", "Assets", 2));
        AssetRegister register = new AssetRegister(List.of(d), List.of(), List.of());
        var sla = SlaAnalysis.analyse(IncidentLog.empty(), PERIOD, BankHolidayRegion.NONE, false, register);
        return StandardsSection.of(StandardsAnalysis.analyse(new StandardsInput(
                PERIOD, SchoolFacts.unknown(), false, register, sla, BigDecimal.valueOf(90), false, null)));
    }

    @SuppressWarnings("unchecked")
    @Test
    void figuresJsonKeysAreStable() {
        JsonWriter w = new JsonWriter();
        section().writeJson(w);
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(w.toString());
        assertThat(json).containsOnlyKeys("overall", "lines", "areas", "supportEnds");
        assertThat(json.get("overall")).isEqualTo("red");
        List<Map<String, Object>> lines = (List<Map<String, Object>>) json.get("lines");
        assertThat(lines).hasSize(16);
        assertThat(lines).allSatisfy(l -> assertThat(l)
                .containsOnlyKeys("id", "area", "core", "status", "evidence", "rule", "nextStep"));
        assertThat(lines)
                .extracting(l -> l.get("id"))
                .containsExactly(
                        "broadband-speed",
                        "network-switching",
                        "wireless-network",
                        "cyber-supported-devices",
                        "cyber-staff-training",
                        "cyber-backups",
                        "filtering-monitoring-review",
                        "leadership-roles",
                        "leadership-asset-register",
                        "leadership-strategy",
                        "leadership-continuity",
                        "devices-safe-secure",
                        "servers-storage",
                        "it-support-expectations",
                        "it-support-recorded",
                        "it-support-review");
        assertThat(lines.get(3)).containsEntry("area", "cyber-security").containsEntry("status", "not-met");
        assertThat(lines.get(0)).containsEntry("status", "not-known").containsEntry("core", true);
        List<Map<String, Object>> areas = (List<Map<String, Object>>) json.get("areas");
        assertThat(areas).allSatisfy(a -> assertThat(a).containsOnlyKeys("area", "core", "status"));
        Map<String, Object> ends = (Map<String, Object>) json.get("supportEnds");
        assertThat(ends).containsOnlyKeys("past", "near", "devices");
        assertThat(((Number) ends.get("past")).intValue()).isEqualTo(1);
        List<Map<String, Object>> devices = (List<Map<String, Object>>) ends.get("devices");
        assertThat(devices.get(0))
                .containsOnlyKeys("tag", "type", "supportEnds", "past")
                .containsEntry("supportEnds", "2025-10-14");
    }

    @Test
    void statusRuleAndCsvFiles() {
        StandardsSection s = section();
        assertThat(s.status()).isEqualTo(Status.RED);
        assertThat(s.statusRule()).startsWith("Red when any line of a core standard");
        assertThat(s.tables()).extracting(t -> t.name()).containsExactly("standards", "standards-support-ends");
        assertThat(s.tables().get(0).rows()).hasSize(16);
        assertThat(s.tables().get(1).rows())
                .containsExactly(List.of("Desktop", "D1", "Dell", "OptiPlex 3050", "Library", "2025-10-14", "past"));
        assertThat(s.headline())
                .isEqualTo("Of the six core standards, 2 are not met and 4 are not known; 1 device is past its Support"
                        + " ends.");
    }

    @Test
    void thePageShowsEachLineWithItsStatusWordRuleAndNextStep() throws Exception {
        for (boolean pdf : List.of(false, true)) {
            Document page = Jsoup.parse(SectionPages.render(section(), pdf));
            var row = page.getElementById("standards-line-cyber-supported-devices");
            assertThat(row).as("pdf " + pdf).isNotNull();
            assertThat(row.text())
                    .contains("Not met")
                    .contains("1 device was past Support ends on 26 June 2026 (Desktop 1).")
                    .contains("Next: Replace, upgrade or take off the network")
                    .contains("Met: no device on the register past its Support ends");
            assertThat(page.getElementById("standards-support-count").text())
                    .startsWith("1 device is past its Support ends and 0 more reach it");
            assertThat(page.getElementById("standards-support-devices") != null).isEqualTo(!pdf);
        }
    }
}
