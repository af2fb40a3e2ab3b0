package uk.ictreview.analyse.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.AssetStatus;

/** Book value, age profile, warranties and devices per FTE at the period end 22/07/2026. */
class AssetSummaryTest {
    static RefreshResult run(List<Asset> assets, BigDecimal fte) {
        return RefreshAnalysis.analyse(
                new AssetRegister(assets, List.of(), List.of()),
                LocalDate.of(2026, 7, 22),
                Month.APRIL,
                5,
                List.of(),
                fte);
    }

    @Test
    void bookValueIsStraightLineByDays() {
        // Laptop (4 years) bought 22/07/2024 for £900: life 22/07/2024 - 22/07/2028 = 1461 days; age 730 days.
        // 900 x (1461 - 730) / 1461 = 900 x 731 / 1461 = 450.308008... -> 450.31.
        // Desktop bought 01/01/2020 (5 years) is past its life: nil. A laptop bought after the period end keeps its
        // cost.
        RefreshResult r = run(
                List.of(
                        A.of("L1", "Laptop").bought("2024-07-22").cost("900.00").build(),
                        A.of("D1", "Desktop")
                                .bought("2020-01-01")
                                .cost("700.00")
                                .build(),
                        A.of("L2", "Laptop").bought("2026-08-01").cost("500.00").build(),
                        A.of("L3", "Laptop").bought("2024-07-22").build()),
                BigDecimal.ONE);
        assertThat(r.bookValues())
                .extracting(v -> v.tag() + "=" + v.value().toPlainString())
                .containsExactly("L1=450.31", "D1=0.00", "L2=500.00");
        assertThat(r.notValued()).isEqualTo(1);
        assertThat(r.totalBookValue()).isEqualByComparingTo("950.31");
        TypeSummary laptops = r.types().stream()
                .filter(t -> t.type().equals("Laptop"))
                .findFirst()
                .orElseThrow();
        assertThat(laptops.devices()).isEqualTo(3);
        assertThat(laptops.valued()).isEqualTo(2);
        assertThat(laptops.bookValue()).isEqualByComparingTo("950.31");
    }

    @Test
    void ageProfileInWholeYears() {
        // At 22/07/2026: bought 23/07/2025 -> 0 years; 22/07/2025 -> 1; 22/07/2019 -> 7; 2010 -> 7+ band.
        RefreshResult r = run(
                List.of(
                        A.of("T1", "Tablet").bought("2025-07-23").build(),
                        A.of("T2", "Tablet").bought("2025-07-22").build(),
                        A.of("T3", "Tablet").bought("2019-07-22").build(),
                        A.of("T4", "Tablet").bought("2010-01-01").build(),
                        A.of("T5", "Tablet").build()),
                BigDecimal.ONE);
        assertThat(r.types()).singleElement().satisfies(t -> assertThat(t.ageBands())
                .containsExactly(1, 1, 0, 0, 0, 0, 0, 2));
    }

    @Test
    void warrantiesEndingWithinSixMonthsAfterThePeriodEnd() {
        // Window 23/07/2026 - 22/01/2027 inclusive; retired assets are ignored.
        RefreshResult r = run(
                List.of(
                        A.of("W1", "Laptop").warranty("2026-07-22").build(),
                        A.of("W2", "Laptop").warranty("2026-07-23").build(),
                        A.of("W3", "Laptop").warranty("2027-01-22").build(),
                        A.of("W4", "Laptop").warranty("2027-01-23").build(),
                        A.of("W5", "Laptop")
                                .warranty("2026-09-01")
                                .status(AssetStatus.RETIRED)
                                .build()),
                BigDecimal.ONE);
        assertThat(r.warrantiesEnding()).extracting(WarrantyEnding::tag).containsExactly("W2", "W3");
    }

    @Test
    void devicesPerSupportFte() {
        // 3 planned devices (the disposed one is not) / 1.5 FTE = 2.0; no FTE -> null.
        List<Asset> assets = List.of(
                A.of("1", "Laptop").build(),
                A.of("2", "Laptop").build(),
                A.of("3", "Laptop").status(AssetStatus.SPARE).build(),
                A.of("4", "Laptop").status(AssetStatus.DISPOSED).build());
        assertThat(run(assets, new BigDecimal("1.5")).devicesPerSupportFte()).isEqualByComparingTo("2.0");
        assertThat(run(assets, BigDecimal.ZERO).devicesPerSupportFte()).isNull();
    }

    @Test
    void theSupportFteIsTheCompetenceAnalysisOneCountingOnlySchoolStaff() {
        // 1.0 (FTE blank) + 0.6 School; the supplier's 0.5 does not count: 1.6.
        var staff = List.of(
                new uk.ictreview.model.StaffMember("A", "Technician", null, null, java.util.Map.of(), null),
                new uk.ictreview.model.StaffMember(
                        "B", "Technician", new BigDecimal("0.6"), "School", java.util.Map.of(), null),
                new uk.ictreview.model.StaffMember(
                        "C", "Engineer", new BigDecimal("0.5"), "Acme IT", java.util.Map.of(), null));
        assertThat(uk.ictreview.analyse.competence.CompetenceAnalysis.supportFte(staff))
                .isEqualByComparingTo("1.6");
    }
}
