package uk.ictreview.analyse.sla;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Volume and resolution percentage met of the calls sharing a category, a location or a supplier. Calls with
 * no value are grouped under {@link #NOT_GIVEN}. Listed by calls, most first, then by name.
 */
public record GroupFigures(
        String name,
        int calls,
        int met,
        int breached,
        int pending,
        BigDecimal metPct,
        BigDecimal medianResolutionHours) {
    public static final String NOT_GIVEN = "(not given)";

    public static List<GroupFigures> by(List<Verdict> verdicts, Function<Verdict, String> key) {
        Map<String, List<Verdict>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Verdict v : verdicts) {
            String k = key.apply(v);
            k = k == null || k.isBlank() ? NOT_GIVEN : k.trim();
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        List<GroupFigures> out = new ArrayList<>();
        groups.forEach((name, vs) -> out.add(of(name, vs)));
        out.sort(Comparator.comparingInt(GroupFigures::calls).reversed().thenComparing(GroupFigures::name));
        return out;
    }

    static GroupFigures of(String name, List<Verdict> vs) {
        SlaFigures f = SlaFigures.of(name, vs);
        return new GroupFigures(
                name,
                f.calls(),
                f.resolutionMet(),
                f.resolutionBreached(),
                f.pending(),
                f.resolutionMetPct(),
                f.medianResolutionHours());
    }
}
