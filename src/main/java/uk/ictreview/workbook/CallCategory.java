package uk.ictreview.workbook;

import java.util.List;
import uk.ictreview.model.Skill;

/**
 * The categories of the example school's service desk, with how often each comes up (percent of calls), how
 * many of its calls are service requests rather than faults, the devices it concerns, the supplier it goes to
 * and how often, and the framework skill it calls on (the example's Categories sheet).
 */
enum CallCategory {
    PRINTING("Printing", 14, 0.15, List.of("Printer"), "Printwise Ltd", 0.10, Skill.DESKTOP_APPLICATION_SUPPORT),
    NETWORK(
            "Network",
            6,
            0.05,
            List.of("Network switch", "Desktop"),
            "Northgate IT Services",
            0.10,
            Skill.SERVER_NETWORK_SUPPORT),
    WIFI(
            "Wi-Fi",
            7,
            0.05,
            List.of("Wireless access point"),
            "Northgate IT Services",
            0.08,
            Skill.SERVER_NETWORK_SUPPORT),
    ACCOUNTS("Accounts/passwords", 15, 0.70, List.of(), null, 0, Skill.SERVER_NETWORK_SUPPORT),
    SOFTWARE("Software", 14, 0.45, List.of("Desktop", "Laptop"), null, 0, Skill.DESKTOP_APPLICATION_SUPPORT),
    HARDWARE(
            "Hardware",
            12,
            0.10,
            List.of("Desktop", "Laptop", "Chromebook", "Tablet"),
            "Northgate IT Services",
            0.06,
            Skill.DESKTOP_APPLICATION_SUPPORT),
    AV(
            "Classroom AV",
            9,
            0.10,
            List.of("Interactive display", "Projector"),
            "Brightview AV Ltd",
            0.10,
            Skill.DESKTOP_APPLICATION_SUPPORT),
    FILTERING("Internet filtering", 4, 0.40, List.of(), "Northgate IT Services", 0.10, Skill.SERVER_NETWORK_SUPPORT),
    BACKUP(
            "Backup",
            1.5,
            0.10,
            List.of("Server", "Storage"),
            "Northgate IT Services",
            0.20,
            Skill.CONTINUITY_MAINTENANCE_SECURITY),
    SECURITY(
            "Virus/security",
            2,
            0.05,
            List.of("Desktop", "Laptop"),
            "Northgate IT Services",
            0.10,
            Skill.CONTINUITY_MAINTENANCE_SECURITY),
    MIS("MIS/data", 6, 0.35, List.of(), "Kestrel MIS Support", 0.12, Skill.CONTINUITY_MAINTENANCE_SECURITY),
    NEW_EQUIPMENT("New equipment", 3, 0.90, List.of(), null, 0, Skill.CONFIGURATION_INSTALLATION),
    MOVES(
            "Moves and changes",
            3.5,
            0.85,
            List.of("Desktop", "Interactive display"),
            null,
            0,
            Skill.CONFIGURATION_INSTALLATION),
    WARRANTY(
            "Supplier/warranty",
            2,
            0.20,
            List.of("Laptop", "Chromebook", "Printer"),
            "Printwise Ltd",
            0.40,
            Skill.INTERNAL_SUPPORT_EXTERNAL_CONTRACTS),
    SAFETY("Safety", 1, 0.10, List.of(), null, 0, Skill.HEALTH_SAFETY);

    final String label;
    final double weight;
    final double requestShare;
    final List<String> assetTypes;
    final String supplier;
    final double escalation;
    final Skill skill;

    CallCategory(
            String label,
            double weight,
            double requestShare,
            List<String> assetTypes,
            String supplier,
            double escalation,
            Skill skill) {
        this.label = label;
        this.weight = weight;
        this.requestShare = requestShare;
        this.assetTypes = assetTypes;
        this.supplier = supplier;
        this.escalation = escalation;
        this.skill = skill;
    }

    static CallCategory pick(double u) {
        double x = u * 100;
        for (CallCategory c : values()) {
            x -= c.weight;
            if (x < 0) {
                return c;
            }
        }
        return SAFETY;
    }
}
