package uk.ictreview.analyse.sla;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.Incident;

/**
 * An asset with {@value #THRESHOLD} or more of the period's incidents and requests: a candidate problem (FITS
 * problem management), linked to the asset register by tag (ignoring case). {@code type} and {@code location}
 * are null when the tag is not in the register.
 */
public record CandidateProblem(
        String assetTag, String type, String location, boolean inRegister, int calls, List<String> refs) {
    public static final int THRESHOLD = 3;

    public CandidateProblem {
        refs = List.copyOf(refs);
    }

    public static List<CandidateProblem> find(List<Incident> population, AssetRegister register) {
        Map<String, Asset> byTag = register.assets().stream()
                .collect(Collectors.toMap(a -> norm(a.tag()), Function.identity(), (a, b) -> a));
        Map<String, List<Incident>> byAsset = new TreeMap<>();
        for (Incident c : population) {
            if (c.assetTag() != null && !c.assetTag().isBlank()) {
                byAsset.computeIfAbsent(norm(c.assetTag()), k -> new ArrayList<>())
                        .add(c);
            }
        }
        List<CandidateProblem> out = new ArrayList<>();
        byAsset.forEach((tag, calls) -> {
            if (calls.size() >= THRESHOLD) {
                Asset a = byTag.get(tag);
                List<String> refs = calls.stream().map(Incident::ref).toList();
                String shown = a != null ? a.tag() : calls.get(0).assetTag().trim();
                out.add(new CandidateProblem(
                        shown,
                        a == null ? null : a.type(),
                        a == null ? null : a.location(),
                        a != null,
                        calls.size(),
                        refs));
            }
        });
        out.sort(Comparator.comparingInt(CandidateProblem::calls).reversed().thenComparing(CandidateProblem::assetTag));
        return out;
    }

    private static String norm(String tag) {
        return tag.trim().toUpperCase(Locale.ROOT);
    }
}
