package uk.ictreview.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import uk.ictreview.model.EarlierPack;
import uk.ictreview.model.PackHistory;
import uk.ictreview.model.Period;

/**
 * Reads the earlier packs of a school from its output folder ({@code out/<school-slug>/}, one folder per period):
 * the headline figures of each figures.json whose school is this one (docs/rules-report.md, "Earlier packs"), for
 * the figures over time (periods that ended before this one began) and for the IT support standard's yearly review
 * (the latest period that ended before this one ends). Nothing is kept anywhere else, so deleting the output folder
 * deletes the history. A figures.json that cannot be read or is not one this tool writes is left out and named; a
 * folder without one (check --annotate's, a leftover) is passed over in silence.
 */
public final class EarlierPacks {
    /**
     * A figures.json larger than this is left out unread, so a stray huge file cannot exhaust the build's memory. The
     * tool's own hold totals and short lists, not one line per call: the example school's is about 95 KB.
     */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private EarlierPacks() {}

    public static PackHistory read(Path schoolFolder, String school, Period period) {
        List<EarlierPack> before = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        LocalDate latest = null;
        for (Path f : folders(schoolFolder, ignored)) {
            String name = f.getFileName().toString();
            try {
                Path json = f.resolve("figures.json");
                long size = Files.size(json);
                if (size > MAX_BYTES) {
                    ignored.add(name + "/figures.json was left out: it is " + size + " bytes, more than the "
                            + MAX_BYTES / (1024 * 1024) + " MB an earlier pack's figures are read up to.");
                    continue;
                }
                EarlierPack p = pack(name, Files.readString(json, StandardCharsets.UTF_8), school);
                LocalDate to = p.period().to();
                if (to.isBefore(period.from())) {
                    before.add(p);
                }
                if (to.isBefore(period.to()) && (latest == null || to.isAfter(latest))) {
                    latest = to;
                }
            } catch (IOException | RuntimeException e) {
                ignored.add(name + "/figures.json was left out: " + reason(e) + ".");
            }
        }
        before.sort(Comparator.comparing((EarlierPack p) -> p.period().from()));
        return new PackHistory(true, before, latest, ignored);
    }

    /** The school folder's period folders holding a figures.json, by name; none when it does not exist. */
    private static List<Path> folders(Path schoolFolder, List<String> ignored) {
        if (!Files.isDirectory(schoolFolder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(schoolFolder)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve("figures.json")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            ignored.add("The earlier packs in " + schoolFolder + " could not be listed (" + e.getMessage() + ").");
            return List.of();
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "it is not UTF-8 text, as every figures.json the tool writes is";
        }
        if (e instanceof IOException) {
            return "it cannot be read (" + e.getMessage() + ")";
        }
        return e.getMessage();
    }

    /** The headline figures of one figures.json; a RuntimeException saying why when it is not this school's pack. */
    static EarlierPack pack(String folder, String text, String school) {
        Object root;
        try {
            root = JsonText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not valid JSON (" + e.getMessage() + ")", e);
        }
        Map<String, Object> json = map(root, "the file is not a JSON object");
        Object name = json.get("school");
        if (!(name instanceof String s) || !s.equals(school)) {
            throw new IllegalArgumentException("it is the pack of " + (name == null ? "no school" : "\"" + name + "\"")
                    + ", not of \"" + school + "\"");
        }
        Map<String, Object> p = map(json.get("period"), "it has no period");
        Period period;
        try {
            period = new Period(LocalDate.parse((String) p.get("from")), LocalDate.parse((String) p.get("to")));
        } catch (DateTimeParseException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "its period is not two dates (from " + p.get("from") + ", to " + p.get("to") + ")", e);
        }
        Headline h = new Headline(json);
        return new EarlierPack(
                folder,
                period,
                h.number("sla", "overall", "resolutionMetPct"),
                h.shortfall(),
                h.count("refresh", "overdueUnits"),
                h.number("refresh", "overdueCost"),
                h.skills(k -> Boolean.TRUE.equals(k.get("covered"))),
                h.skills(k -> true),
                h.skills(k -> Boolean.TRUE.equals(k.get("singlePointOfKnowledge"))),
                h.standards(true),
                h.standards(false));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String otherwise) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(otherwise);
    }

    /** Tolerant lookups: a key an older pack lacks gives null, never a failure. */
    private record Headline(Map<String, Object> json) {
        Object at(String... path) {
            Object o = json;
            for (String k : path) {
                o = o instanceof Map<?, ?> m ? m.get(k) : null;
            }
            return o;
        }

        BigDecimal number(String... path) {
            return at(path) instanceof BigDecimal b ? b : null;
        }

        Integer count(String... path) {
            BigDecimal b = number(path);
            return b == null ? null : b.intValue();
        }

        /**
         * The refresh section's shortfall: the cost of the years with a budget less those budgets, 0 when they
         * cover it; null when no year has a budget.
         */
        BigDecimal shortfall() {
            BigDecimal cost = BigDecimal.ZERO;
            BigDecimal budget = null;
            for (Map<String, Object> y : maps(at("refresh", "years"))) {
                if (y.get("budget") instanceof BigDecimal b && y.get("cost") instanceof BigDecimal c) {
                    cost = cost.add(c);
                    budget = budget == null ? b : budget.add(b);
                }
            }
            return budget == null ? null : cost.subtract(budget).max(BigDecimal.ZERO);
        }

        Integer skills(java.util.function.Predicate<Map<String, Object>> which) {
            Object list = at("skills", "bySkill");
            return list == null ? null : (int) maps(list).stream().filter(which).count();
        }

        /**
         * Standards lines met (or all of them): the entries of {@code standards.lines} with a {@code status}
         * (docs/rules-standards.md), "met" counted as met; null when the pack judged none.
         */
        Integer standards(boolean metOnly) {
            List<Map<String, Object>> lines = maps(at("standards", "lines")).stream()
                    .filter(x -> x.get("status") instanceof String)
                    .toList();
            if (lines.isEmpty()) {
                return null;
            }
            return (int) lines.stream()
                    .filter(x -> !metOnly || "met".equals(x.get("status")))
                    .count();
        }

        static List<Map<String, Object>> maps(Object o) {
            if (!(o instanceof List<?> l)) {
                return List.of();
            }
            return l.stream()
                    .filter(Objects::nonNull)
                    .filter(x -> x instanceof Map<?, ?>)
                    .map(x -> map(x, ""))
                    .toList();
        }
    }
}
