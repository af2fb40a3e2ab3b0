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
public final class PolicyBook {
    /** The life of a type the policy does not name (SPEC 4.2). */
    public static final int UNKNOWN_TYPE_LIFETIME = 5;

    private final Map<String, LifecyclePolicy> byKey = new LinkedHashMap<>();
    private final boolean defaults;

    public PolicyBook(List<LifecyclePolicy> policies) {
        defaults = policies.isEmpty();
        for (LifecyclePolicy p : defaults ? LifecyclePolicy.defaults() : policies) {
            byKey.putIfAbsent(key(p.type()), p);
        }
    }

    public Optional<LifecyclePolicy> find(String type) {
        return Optional.ofNullable(byKey.get(key(type)));
    }

    /** The policy's spelling of a type, or the type as written when the policy does not list it. */
    public String name(String type) {
        return find(type).map(LifecyclePolicy::type).orElse(type);
    }

    /** The policy's lifetime of a type, or 5 years for a type it does not list (SPEC 4.2). */
    public int lifetime(String type) {
        return find(type).map(LifecyclePolicy::lifetimeYears).orElse(UNKNOWN_TYPE_LIFETIME);
    }

    boolean isDefaults() {
        return defaults;
    }

    static String key(String type) {
        return type.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
