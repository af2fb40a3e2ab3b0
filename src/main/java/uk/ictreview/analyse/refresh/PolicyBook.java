package uk.ictreview.analyse.refresh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.ictreview.model.LifecyclePolicy;

/**
 * The lifecycle policy by type. Types match ignoring case and spacing ("Network Switch" = "networkswitch"),
 * because technicians type them freely; an empty policy list means the Lifecycle sheet was absent and the SPEC's
 * defaults apply.
 */
final class PolicyBook {
    /** The life of a type the policy does not name (SPEC 4.2). */
    static final int UNKNOWN_TYPE_LIFETIME = 5;

    private final Map<String, LifecyclePolicy> byKey = new LinkedHashMap<>();
    private final boolean defaults;

    PolicyBook(List<LifecyclePolicy> policies) {
        defaults = policies.isEmpty();
        for (LifecyclePolicy p : defaults ? LifecyclePolicy.defaults() : policies) {
            byKey.putIfAbsent(key(p.type()), p);
        }
    }

    Optional<LifecyclePolicy> find(String type) {
        return Optional.ofNullable(byKey.get(key(type)));
    }

    boolean isDefaults() {
        return defaults;
    }

    static String key(String type) {
        return type.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
