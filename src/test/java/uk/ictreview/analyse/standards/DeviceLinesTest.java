package uk.ictreview.analyse.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.analyse.standards.S.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Asset;

/**
 * The lines judged from the asset register (docs/rules-standards.md). Period end 26/06/2026; default lifetimes:
 * Laptop and Server 4 years, Desktop, Storage, access point and UPS 5, switch 7. A device is past Support ends
 * when that day is before the period end; near it when it falls 27/06/2026-26/06/2027.
 */
class DeviceLinesTest {
    static StandardLine line(String id, Dev... devs) {
        return S.line(run(allMet(), assets(devs), goodSla()), id);
    }

    @Test
    void endUserDevicesEachStatus() {
        // None on the register: not known.
        assertThat(line("devices-safe-secure", dev("S1", "Network switch", "2024-01-01"))
                        .status())
                .isEqualTo(Judgement.NOT_KNOWN);
        // L1 bought 01/01/2024 (policy 01/01/2028), support to 30/06/2030: met.
        StandardLine met =
                line("devices-safe-secure", dev("L1", "Laptop", "2024-01-01").support("2030-06-30"));
        assertThat(met.status()).isEqualTo(Judgement.MET);
        assertThat(met.evidence())
                .isEqualTo("The only desktop, laptop, Chromebook or tablet is within its policy life and its Support"
                        + " ends.");
        assertThat(met.nextStep()).isNull();
        // L2 bought 01/01/2022: 01/01/2026 + ... policy date 01/01/2026 is before 26/06/2026: past life -> partly.
        StandardLine partly = line(
                "devices-safe-secure",
                dev("L1", "Laptop", "2024-01-01").support("2030-06-30"),
                dev("L2", "Laptop", "2022-01-01").support("2030-06-30"));
        assertThat(partly.status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(partly.evidence())
                .isEqualTo("None of the 2 desktops, laptops, Chromebooks and tablets is past Support ends, but 1 is"
                        + " past its policy life.");
        // No Support ends recorded: partly (whether it still gets updates cannot be seen).
        assertThat(line("devices-safe-secure", dev("L1", "Laptop", "2024-01-01"))
                        .evidence())
                .endsWith("but 1 has no Support ends recorded.");
        // D1: Windows 10, support ended 14/10/2025: not met; its tag is named.
        StandardLine not = line(
                "devices-safe-secure",
                dev("D1", "Desktop", "2024-01-01").support("2025-10-14"),
                dev("L1", "Laptop", "2024-01-01"));
        assertThat(not.status()).isEqualTo(Judgement.NOT_MET);
        assertThat(not.evidence())
                .isEqualTo("1 of the 2 desktops, laptops, Chromebooks and tablets was past Support ends on 26 June"
                        + " 2026 (D1); 1 has no Support ends recorded.");
        assertThat(not.nextStep()).startsWith("Replace or upgrade");
    }

    @Test
    void aSupportEndOnThePeriodEndIsNotYetPast() {
        // Support ends 26/06/2026 = the period end: its last day of updates, so not past (near instead).
        assertThat(line("devices-safe-secure", dev("L1", "Laptop", "2024-01-01").support("2026-06-26"))
                        .status())
                .isEqualTo(Judgement.MET);
    }

    @Test
    void switchingWantsAUpsOnTheRegister() {
        Dev sw = dev("S1", "Network switch", "2020-01-01").support("2030-01-01"); // policy 01/01/2027
        assertThat(line("network-switching").status()).isEqualTo(Judgement.NOT_KNOWN);
        StandardLine noUps = line("network-switching", sw);
        assertThat(noUps.status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(noUps.evidence())
                .isEqualTo("The only network switch is not past Support ends, but there is no UPS on the register to"
                        + " keep the core switches running through a power cut.");
        assertThat(line("network-switching", sw, dev("U1", "UPS", "2024-01-01")).status())
                .isEqualTo(Judgement.MET);
        // An old ProCurve, support ended 31/12/2019: not met, whatever the UPS.
        assertThat(line(
                                "network-switching",
                                sw,
                                dev("S2", "network  SWITCH", "2011-08-08").support("2019-12-31"),
                                dev("U1", "UPS", "2024-01-01"))
                        .evidence())
                .isEqualTo("1 of the 2 network switches was past Support ends on 26 June 2026 (S2); 1 is past its"
                        + " policy life.");
    }

    @Test
    void wirelessAndServersFollowTheSameRuleAndServersWantAWarranty() {
        assertThat(line("wireless-network", dev("W1", "Wireless access point", "2021-08-16"))
                        .status())
                .isEqualTo(Judgement.PARTLY_MET); // no Support ends recorded
        assertThat(line(
                                "wireless-network",
                                dev("W1", "Wireless access point", "2021-08-16").support("2028-01-01"))
                        .status())
                .isEqualTo(Judgement.MET); // policy 16/08/2026, after the period end
        assertThat(line("servers-storage").status()).isEqualTo(Judgement.NOT_KNOWN);
        Dev server = dev("V1", "Server", "2023-01-01").support("2029-01-09"); // policy 01/01/2027
        assertThat(line("servers-storage", server).status()).isEqualTo(Judgement.MET);
        StandardLine lapsed = line("servers-storage", server.warranty("2026-01-01"));
        assertThat(lapsed.status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(lapsed.evidence()).endsWith("but 1 is out of warranty.");
        assertThat(line("servers-storage", dev("V2", "Storage", "2023-01-01").support("2026-05-31"))
                        .status())
                .isEqualTo(Judgement.NOT_MET);
    }

    @Test
    void cyberCountsEveryDevicePastSupportByTypeAndWarnsOfThoseNear() {
        assertThat(line("cyber-supported-devices", dev("L1", "Laptop", "2024-01-01"))
                        .status())
                .isEqualTo(Judgement.NOT_KNOWN);
        StandardLine not = line(
                "cyber-supported-devices",
                dev("D1", "Desktop", "2019-08-12").support("2025-10-14"),
                dev("D2", "Desktop", "2019-08-12").support("2025-10-14"),
                dev("F1", "Firewall", "2022-04-04").support("2025-03-31"),
                dev("C1", "Chromebook", "2021-10-04").support("2027-06-30"),
                dev("C2", "Chromebook", "2024-09-09").support("2031-06-30"));
        assertThat(not.status()).isEqualTo(Judgement.NOT_MET);
        // 3 past (Desktop 2, Firewall 1); C1's 30/06/2027 is after 26/06/2027, so not near; C2 is years away.
        assertThat(not.evidence())
                .isEqualTo("3 devices were past Support ends on 26 June 2026 (Desktop 2, Firewall 1).");
        StandardLine partly = line(
                "cyber-supported-devices",
                dev("C1", "Chromebook", "2021-10-04").support("2027-06-26"),
                dev("C2", "Chromebook", "2024-09-09").support("2031-06-30"));
        assertThat(partly.status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(partly.evidence())
                .isEqualTo("No device was past Support ends on 26 June 2026, but 1 more reaches it by 26 June 2027"
                        + " (Chromebook 1).");
        StandardLine met = line(
                "cyber-supported-devices", dev("C2", "Chromebook", "2024-09-09").support("2031-06-30"));
        assertThat(met.status()).isEqualTo(Judgement.MET);
        assertThat(met.evidence())
                .isEqualTo("None of the 1 device with Support ends recorded is past it or reaches it by 26 June 2027.");
    }

    @Test
    void theListOfDevicesPastOrNearSupportEndIsByTypeThenDate() {
        List<Asset> kit = assets(
                dev("D2", "desktop", "2019-08-12").support("2025-10-14"),
                dev("C1", "Chromebook", "2021-10-04").support("2027-06-26"),
                dev("D1", "Desktop", "2019-08-12").support("2025-10-14"),
                dev("C9", "Chromebook", "2021-10-04").support("2027-06-27"),
                dev("F1", "Firewall", "2022-04-04").support("2025-03-31"));
        StandardsResult r = run(allMet(), kit, goodSla());
        assertThat(r.supportEndings())
                .extracting(e -> e.type() + " " + e.tag() + " " + e.supportEnds() + (e.past() ? " past" : " near"))
                .containsExactly(
                        "Chromebook C1 2027-06-26 near",
                        "Desktop D1 2025-10-14 past",
                        "Desktop D2 2025-10-14 past",
                        "Firewall F1 2025-03-31 past");
        assertThat(r.pastSupport()).isEqualTo(3);
        assertThat(r.nearSupport()).isEqualTo(1);
        assertThat(r.supportEndings().get(0).supportEnds()).isEqualTo(LocalDate.of(2027, 6, 26));
    }
}
