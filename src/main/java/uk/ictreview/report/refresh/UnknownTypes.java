package uk.ictreview.report.refresh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.refresh.TypeSummary;

/**
 * Types the Lifecycle sheet does not list ("Laptp", a slip for "Laptop") are one row in the governors' tables and
 * charts, under {@link #LABEL}, not a type of their own each (issue 12): the method notes name them, and
 * figures.json and the CSV files keep each spelling as the register has it.
 */
final class UnknownTypes {
    static final String LABEL = "Type not in the Lifecycle sheet";

    private UnknownTypes() {}

    private static Set<String> keys(RefreshResult r) {
        return r.unknownTypes().stream().map(UnknownTypes::key).collect(Collectors.toSet());
    }

    private static String key(String type) {
        return type.strip().toLowerCase(Locale.ROOT);
    }

    /** The row a type is shown in: its own name, or {@link #LABEL} for a type the Lifecycle sheet lacks. */
    static String shown(RefreshResult r, String type) {
        return keys(r).contains(key(type)) ? LABEL : type;
    }

    /** Listed types by name, ignoring case; the unknown row last. */
    static final Comparator<String> ORDER =
            Comparator.<String, Boolean>comparing(LABEL::equals).thenComparing(String.CASE_INSENSITIVE_ORDER);

    /** The register's types for the age table and chart, the unknown ones added together into one row, last. */
    static List<TypeSummary> grouped(RefreshResult r) {
        Set<String> unknown = keys(r);
        List<TypeSummary> known = new ArrayList<>();
        Map<String, TypeSummary> other = new LinkedHashMap<>();
        for (TypeSummary t : r.types()) {
            if (unknown.contains(key(t.type()))) {
                other.merge(LABEL, relabel(t), UnknownTypes::add);
            } else {
                known.add(t);
            }
        }
        known.addAll(other.values());
        return known;
    }

    private static TypeSummary relabel(TypeSummary t) {
        return new TypeSummary(LABEL, t.devices(), t.valued(), t.cost(), t.bookValue(), t.ageBands());
    }

    private static TypeSummary add(TypeSummary a, TypeSummary b) {
        List<Integer> bands = new ArrayList<>();
        for (int i = 0; i < a.ageBands().size(); i++) {
            bands.add(a.ageBands().get(i) + b.ageBands().get(i));
        }
        BigDecimal cost = a.cost().add(b.cost());
        return new TypeSummary(
                LABEL,
                a.devices() + b.devices(),
                a.valued() + b.valued(),
                cost,
                a.bookValue().add(b.bookValue()),
                bands);
    }
}
