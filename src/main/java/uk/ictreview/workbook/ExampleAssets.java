package uk.ictreview.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import uk.ictreview.model.AssetStatus;

/**
 * The example school's asset register: about 1,000 devices bought in waves, as schools buy them (a suite of
 * desktops one summer, a Chromebook scheme the next), so that the refresh plan has a real spike in 2026-27,
 * a few overdue devices, and a few devices whose replacement date or cost the school has set by hand.
 */
final class ExampleAssets {
    /** The devices that keep coming back to the service desk (the generator gives them extra calls). */
    static final List<String> TROUBLESOME = List.of("HA-PR-0001", "HA-ID-0021", "HA-LT-0005");

    static final List<String> CLASSROOMS = classrooms();

    private record Wave(
            String type,
            String code,
            int units,
            LocalDate purchased,
            String make,
            String model,
            String unitCost,
            int warrantyYears,
            IntFunction<String> location) {}

    private ExampleAssets() {}

    static List<ExampleAsset> generate(Random random) {
        Map<String, Integer> counters = new HashMap<>();
        List<ExampleAsset> all = new ArrayList<>();
        for (Wave w : waves()) {
            for (int i = 0; i < w.units; i++) {
                int n = counters.merge(w.code, 1, Integer::sum);
                String tag = String.format("HA-%s-%04d", w.code, n);
                all.add(new ExampleAsset(
                        tag,
                        w.type,
                        w.make,
                        w.model,
                        serial(random, w.make),
                        w.location.apply(i),
                        w.purchased,
                        new BigDecimal(w.unitCost),
                        w.purchased.plusYears(w.warrantyYears).minusDays(1),
                        AssetStatus.IN_USE,
                        null,
                        null,
                        null,
                        null));
            }
        }
        return exceptions(all);
    }

    private static List<Wave> waves() {
        return List.of(
                new Wave("Desktop", "DT", 20, d(2019, 8, 12), "Dell", "OptiPlex 3050", "612.00", 3, i -> "Library"),
                new Wave(
                        "Desktop",
                        "DT",
                        120,
                        d(2021, 7, 26),
                        "Dell",
                        "OptiPlex 3080",
                        "645.00",
                        5,
                        i -> "IT" + (1 + i / 30)),
                new Wave("Desktop", "DT", 70, d(2022, 8, 8), "HP", "ProDesk 400 G7", "629.50", 3, ExampleAssets::room),
                new Wave("Desktop", "DT", 30, d(2025, 8, 4), "Lenovo", "ThinkCentre M70q", "689.00", 3, i -> "IT5"),
                new Wave(
                        "Laptop",
                        "LT",
                        110,
                        d(2022, 7, 18),
                        "Lenovo",
                        "ThinkPad E14",
                        "585.00",
                        3,
                        i -> "Staff (issued)"),
                new Wave(
                        "Laptop",
                        "LT",
                        40,
                        d(2024, 8, 19),
                        "Dell",
                        "Latitude 3440",
                        "619.00",
                        3,
                        i -> "Staff (issued)"),
                new Wave(
                        "Chromebook",
                        "CB",
                        240,
                        d(2021, 10, 4),
                        "Acer",
                        "Chromebook Spin 511",
                        "279.00",
                        3,
                        i -> "Trolley " + (1 + i / 30)),
                new Wave(
                        "Chromebook",
                        "CB",
                        90,
                        d(2024, 9, 9),
                        "Lenovo",
                        "300e Chromebook Gen 3",
                        "299.00",
                        3,
                        i -> "Trolley " + (9 + i / 30)),
                new Wave("Tablet", "TB", 83, d(2023, 3, 6), "Apple", "iPad (9th generation)", "329.00", 1, i -> List.of(
                                "Learning support", "PE office", "Art 1", "Music 1", "Drama studio")
                        .get(i % 5)),
                new Wave("Server", "SV", 3, d(2022, 8, 1), "Dell", "PowerEdge R450", "4875.00", 5, i -> "Server room"),
                new Wave("Storage", "ST", 1, d(2022, 8, 1), "Synology", "RS1221+", "2890.00", 5, i -> "Server room"),
                new Wave(
                        "Network switch",
                        "SW",
                        24,
                        d(2019, 8, 5),
                        "HPE Aruba",
                        "2530-48G",
                        "1140.00",
                        5,
                        i -> "Comms cabinet " + (char) ('A' + i / 3)),
                new Wave(
                        "Network switch",
                        "SW",
                        4,
                        d(2024, 8, 12),
                        "HPE Aruba",
                        "2930F-48G",
                        "1290.00",
                        5,
                        i -> "Server room"),
                new Wave(
                        "Wireless access point",
                        "AP",
                        60,
                        d(2021, 8, 16),
                        "Ubiquiti",
                        "UniFi U6 Pro",
                        "168.00",
                        2,
                        ExampleAssets::room),
                new Wave("Firewall", "FW", 1, d(2022, 4, 4), "Sophos", "XG 135", "2450.00", 3, i -> "Server room"),
                new Wave(
                        "Interactive display",
                        "ID",
                        20,
                        d(2018, 8, 13),
                        "Promethean",
                        "ActivPanel 65",
                        "2290.00",
                        5,
                        ExampleAssets::room),
                new Wave(
                        "Interactive display",
                        "ID",
                        25,
                        d(2019, 8, 12),
                        "Promethean",
                        "ActivPanel 75",
                        "2495.00",
                        5,
                        i -> CLASSROOMS.get((i + 20) % CLASSROOMS.size())),
                new Wave(
                        "Interactive display",
                        "ID",
                        15,
                        d(2023, 8, 14),
                        "Clevertouch",
                        "UX Pro 65",
                        "2650.00",
                        5,
                        i -> CLASSROOMS.get((i + 45) % CLASSROOMS.size())),
                new Wave("Projector", "PJ", 10, d(2016, 8, 8), "Epson", "EB-680", "655.00", 3, ExampleAssets::room),
                new Wave(
                        "Projector",
                        "PJ",
                        12,
                        d(2020, 8, 10),
                        "Epson",
                        "EB-695Wi",
                        "799.00",
                        3,
                        i -> i < 2 ? List.of("Hall", "Sports hall").get(i) : room(i + 10)),
                new Wave(
                        "Printer",
                        "PR",
                        18,
                        d(2021, 9, 13),
                        "Kyocera",
                        "ECOSYS M3655idn",
                        "779.00",
                        3,
                        ExampleAssets::printerRoom),
                new Wave(
                        "UPS",
                        "UP",
                        4,
                        d(2022, 8, 1),
                        "APC",
                        "Smart-UPS 1500",
                        "562.00",
                        2,
                        i -> i == 0 ? "Server room" : "Comms cabinet " + (char) ('A' + i)));
    }

    /** The hand-made exceptions a real register has: disposals, repairs, and dates and costs set by hand. */
    private static List<ExampleAsset> exceptions(List<ExampleAsset> all) {
        List<ExampleAsset> out = new ArrayList<>(all.size());
        for (ExampleAsset a : all) {
            int n = Integer.parseInt(a.tag().substring(6));
            out.add(supportEnds(exception(a, n), a.tag().substring(3, 5), n));
        }
        return out;
    }

    private static ExampleAsset exception(ExampleAsset a, int n) {
        String code = a.tag().substring(3, 5);
        return switch (code) {
            case "PJ" ->
                n <= 6
                        ? a.with(
                                AssetStatus.DISPOSED,
                                null,
                                null,
                                "Replaced by an interactive display, WEEE collection 2023")
                        : n <= 10 ? a.with(AssetStatus.RETIRED, null, null, "Lamp failed; kept for spares") : a;
            case "CB" ->
                n <= 5
                        ? a.with(AssetStatus.RETIRED, null, null, "Screen damage, beyond economic repair")
                        : n <= 8
                                ? a.with(AssetStatus.IN_REPAIR, null, null, "Keyboard replacement under warranty claim")
                                : a;
            case "LT" -> n == 1 || n == 2 ? a.with(AssetStatus.SPARE, null, null, "Supply teacher loan pool") : a;
            case "ID" ->
                n <= 8
                        ? a.with(
                                a.status(),
                                d(2027, 8, 31),
                                null,
                                "Reviewed July 2025: panel in good condition, keep a further year")
                        : n > 20 && n <= 45
                                ? a.with(a.status(), null, new BigDecimal("2800.00"), "Replace with 75 inch panel")
                                : a;
            case "SV" ->
                a.with(a.status(), null, new BigDecimal("7500.00"), "Replacement includes hypervisor licences")
                        .supportEnding(WINDOWS_SERVER_2019_ENDS);
            case "DT" ->
                n <= 20
                        ? a.with(
                                        a.status(),
                                        null,
                                        null,
                                        "Cannot run Windows 11 (7th-generation processor): kept on Windows 10")
                                .supportEnding(WINDOWS_10_ENDS)
                        : a;
            default -> a;
        };
    }

    /** Windows 10's last security updates (no Extended Security Updates bought). */
    static final LocalDate WINDOWS_10_ENDS = d(2025, 10, 14);

    static final LocalDate WINDOWS_SERVER_2019_ENDS = d(2029, 1, 9);

    /**
     * The makers' end-of-support dates a technician copies into the register: the Chromebooks' Auto Update
     * Expiration, one switch the 2019 wave left behind, and a firewall model whose hardware support ended on
     * 31/03/2025, bought late in its life (so its support end, not its 5-year life, sets its due date).
     */
    private static ExampleAsset supportEnds(ExampleAsset a, String code, int n) {
        return switch (code) {
            case "CB" -> a.supportEnding(a.purchased().getYear() == 2021 ? d(2027, 6, 30) : d(2031, 6, 30));
            case "SW" ->
                n == 1
                        ? a.bought("HP", "ProCurve 2610-48", d(2011, 8, 8))
                                .with(
                                        a.status(),
                                        null,
                                        null,
                                        "Left in the sports hall cabinet in 2019; no firmware updates since 2019")
                                .supportEnding(d(2019, 12, 31))
                        : a;
            case "FW" ->
                a.with(a.status(), null, null, "XG series hardware reached end of life on 31/03/2025: no more updates")
                        .supportEnding(d(2025, 3, 31));
            default -> a;
        };
    }

    /** The first six printers serve offices; the rest sit in departments. */
    private static String printerRoom(int i) {
        List<String> offices =
                List.of("Staff room", "Reception", "Main office", "Finance office", "Library", "Science prep room");
        return i < offices.size() ? offices.get(i) : room(i * 3);
    }

    private static String room(int i) {
        return CLASSROOMS.get(i % CLASSROOMS.size());
    }

    private static List<String> classrooms() {
        List<String> rooms = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rooms.add("S" + i);
        }
        for (int i = 1; i <= 10; i++) {
            rooms.add("M" + i);
            rooms.add("E" + i);
        }
        for (int i = 1; i <= 8; i++) {
            rooms.add("H" + i);
        }
        for (int i = 1; i <= 4; i++) {
            rooms.add("L" + i);
        }
        rooms.addAll(List.of("Art 1", "Art 2", "DT1", "DT2", "Music 1", "Drama studio", "Library", "Hall"));
        return List.copyOf(rooms);
    }

    private static String serial(Random r, String make) {
        String letters = make.replaceAll("[^A-Z]", "");
        StringBuilder sb = new StringBuilder(letters.isEmpty() ? "X" : letters.substring(0, 1));
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        for (int i = 0; i < 9; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
