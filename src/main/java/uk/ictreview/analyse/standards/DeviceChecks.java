package uk.ictreview.analyse.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.ictreview.analyse.refresh.PolicyBook;
import uk.ictreview.model.Asset;

/**
 * The lines judged from the asset register: end-user devices, network switching, wireless, servers and storage,
 * and cyber security's "technology supported and kept updated". Each device group is judged the same way: none on
 * the register is not known; any device past its Support ends is not met (it no longer gets security updates);
 * any past its policy life, or with no Support ends recorded (whether it still gets updates cannot be seen), is
 * partly met; otherwise met.
 */
final class DeviceChecks {
    private final Fleet fleet;
    private final PolicyBook policy;
    private final LocalDate end;

    DeviceChecks(Fleet fleet, PolicyBook policy, LocalDate periodEnd) {
        this.fleet = fleet;
        this.policy = policy;
        this.end = periodEnd;
    }

    static final String GROUP_RULE = "Met: none past its Support ends or its policy life, and Support ends recorded"
            + " for each. Partly met: one past its policy life, or with no Support ends recorded%s. Not met: one"
            + " past its Support ends (no security updates). Not known: none on the asset register.";

    StandardLine devices() {
        return group(
                "devices-safe-secure",
                Area.DEVICES,
                "Devices are safe and secure: supported and within their life",
                fleet.of(DeviceKind.END_USER),
                "desktop, laptop, Chromebook or tablet",
                "desktops, laptops, Chromebooks and tablets",
                List.of(),
                String.format(GROUP_RULE, ""),
                "Replace or upgrade the devices past their Support ends first, record Support ends for the rest"
                        + " (a Chromebook's Auto Update Expiration, the operating system's end of support), and plan"
                        + " those past their life into the refresh budget.");
    }

    StandardLine switching() {
        List<String> extra = new ArrayList<>();
        if (fleet.of(DeviceKind.UPS).isEmpty()) {
            extra.add("there is no UPS on the register to keep the core switches running through a power cut");
        }
        return group(
                "network-switching",
                Area.NETWORK_SWITCHING,
                "Switches are supported and within their life; a UPS protects the core switches",
                fleet.of(DeviceKind.SWITCH),
                "network switch",
                "network switches",
                extra,
                String.format(GROUP_RULE, ", or no UPS on the register"),
                "Replace any switch past its Support ends, record Support ends for the others, and make sure the"
                        + " core switches are on at least one UPS.");
    }

    StandardLine wireless() {
        return group(
                "wireless-network",
                Area.WIRELESS,
                "Wireless access points are supported and within their life",
                fleet.of(DeviceKind.WIRELESS),
                "wireless access point",
                "wireless access points",
                List.of(),
                String.format(GROUP_RULE, ""),
                "Replace access points past their Support ends, record Support ends for the others (the maker's"
                        + " end-of-support notice), and plan those past their life into the refresh budget.");
    }

    StandardLine servers() {
        List<Asset> kit = fleet.of(DeviceKind.SERVER);
        List<String> extra = new ArrayList<>();
        long lapsed = Fleet.count(kit, fleet::outOfWarranty);
        if (lapsed > 0) {
            extra.add(lapsed + " " + (lapsed == 1 ? "is" : "are") + " out of warranty");
        }
        return group(
                "servers-storage",
                Area.SERVERS,
                "Servers and storage are supported, within their life and under warranty",
                kit,
                "server or storage device",
                "servers and storage devices",
                extra,
                String.format(GROUP_RULE, ", or out of warranty"),
                "Replace servers or storage past their Support ends (or move what they hold to a supported cloud"
                        + " service), renew warranties, and record Support ends for each.");
    }

    /** One group of devices judged by the rule of the class comment; {@code extra} adds partly-met reasons. */
    private StandardLine group(
            String id,
            Area area,
            String check,
            List<Asset> kit,
            String one,
            String many,
            List<String> extra,
            String rule,
            String next) {
        if (kit.isEmpty()) {
            return StandardLine.of(
                    id, area, check, Judgement.NOT_KNOWN, "No " + one + " is on the asset register.", rule, next);
        }
        List<Asset> past = kit.stream().filter(fleet::pastSupport).toList();
        long life = Fleet.count(kit, fleet::pastLife);
        long unrecorded = Fleet.count(kit, a -> a.supportEnds() == null);
        String of = " of the " + Words.count(kit.size(), one, many);
        List<String> reasons = new ArrayList<>();
        if (life > 0) {
            reasons.add(life + " " + (life == 1 ? "is past its policy life" : "are past their policy life"));
        }
        if (unrecorded > 0) {
            reasons.add(unrecorded + " " + (unrecorded == 1 ? "has" : "have") + " no Support ends recorded");
        }
        reasons.addAll(extra);
        if (!past.isEmpty()) {
            String also = reasons.isEmpty() ? "" : "; " + Words.list(reasons);
            return StandardLine.of(
                    id,
                    area,
                    check,
                    Judgement.NOT_MET,
                    past.size() + of + " " + (past.size() == 1 ? "was" : "were") + " past Support ends on "
                            + Words.day(end) + " ("
                            + Words.tags(past.stream().map(Asset::tag).toList(), 3) + ")"
                            + also + ".",
                    rule,
                    next);
        }
        boolean single = kit.size() == 1;
        if (!reasons.isEmpty()) {
            String none = single ? "The only " + one + " is not" : "None" + of + " is";
            return StandardLine.of(
                    id,
                    area,
                    check,
                    Judgement.PARTLY_MET,
                    none + " past Support ends, but " + Words.list(reasons) + ".",
                    rule,
                    next);
        }
        return StandardLine.of(
                id,
                area,
                check,
                Judgement.MET,
                single
                        ? "The only " + one + " is within its policy life and its Support ends."
                        : "All " + kit.size() + " " + many + " are within their policy life and their Support ends.",
                rule,
                next);
    }

    /** Cyber security: every planned device past Support ends is counted by type; near ones are partly met. */
    StandardLine cyber() {
        String id = "cyber-supported-devices";
        String check = "Technology is supported and kept updated: no device past its Support ends";
        String rule = "Met: no device on the register past its Support ends, nor reaching it in the 12 months after"
                + " the period end. Partly met: none past it, some reaching it within 12 months. Not met: any"
                + " device past it. Not known: no Support ends recorded on the register.";
        String next = "Replace, upgrade or take off the network every device past its Support ends (the list is in"
                + " this section), and budget now for those whose support ends within the year.";
        List<Asset> all = fleet.all();
        long recorded = Fleet.count(all, a -> a.supportEnds() != null);
        if (recorded == 0) {
            return StandardLine.of(
                    id,
                    Area.CYBER_SECURITY,
                    check,
                    Judgement.NOT_KNOWN,
                    "No device on the asset register has a Support ends date, so whether each still gets security"
                            + " updates cannot be seen.",
                    rule,
                    "Record Support ends on the asset register (the Support ends column) for each device.");
        }
        List<Asset> past = all.stream().filter(fleet::pastSupport).toList();
        List<Asset> near = all.stream().filter(fleet::nearSupport).toList();
        String nearText = near.isEmpty()
                ? ""
                : "; " + near.size() + " more " + (near.size() == 1 ? "reaches" : "reach") + " it by "
                        + Words.day(end.plusMonths(12)) + " (" + byType(near) + ")";
        if (!past.isEmpty()) {
            return StandardLine.of(
                    id,
                    Area.CYBER_SECURITY,
                    check,
                    Judgement.NOT_MET,
                    Words.count(past.size(), "device was", "devices were") + " past Support ends on " + Words.day(end)
                            + " (" + byType(past) + ")" + nearText + ".",
                    rule,
                    next);
        }
        if (!near.isEmpty()) {
            return StandardLine.of(
                    id,
                    Area.CYBER_SECURITY,
                    check,
                    Judgement.PARTLY_MET,
                    "No device was past Support ends on " + Words.day(end) + nearText.replaceFirst("^; ", ", but ")
                            + ".",
                    rule,
                    next);
        }
        return StandardLine.of(
                id,
                Area.CYBER_SECURITY,
                check,
                Judgement.MET,
                "None of the " + Words.count(recorded, "device") + " with Support ends recorded is past it or"
                        + " reaches it by " + Words.day(end.plusMonths(12)) + ".",
                rule,
                next);
    }

    /** "Desktop 20, Firewall 1": counts per type, types in the policy's spelling, alphabetical. */
    private String byType(List<Asset> assets) {
        Map<String, Long> counts = assets.stream()
                .collect(Collectors.groupingBy(
                        a -> policy.name(a.type()),
                        () -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER),
                        Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
