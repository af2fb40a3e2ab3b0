package uk.ictreview.read;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One column of a sheet: its name as the templates write it, the other names accepted for it, whether the
 * sheet is unusable without it, what it holds, and a line of help for the template's About sheet. {@code loose}
 * are the synonyms that may name something else (Urgency level is not always the Priority): accepted, with a
 * note naming the header and the column it was read as.
 */
public record ColumnSpec(
        String name, List<String> synonyms, boolean required, ColumnKind kind, String help, List<String> loose) {
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        synonyms = List.copyOf(synonyms);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(help, "help");
        loose = List.copyOf(loose);
        if (!synonyms.containsAll(loose)) {
            throw new IllegalArgumentException("a loose synonym of " + name + " is not among its synonyms: " + loose);
        }
    }

    public ColumnSpec(String name, List<String> synonyms, boolean required, ColumnKind kind, String help) {
        this(name, synonyms, required, kind, help, List.of());
    }

    /** This column, with {@code names} (already synonyms) read with a note, as they may mean something else. */
    public ColumnSpec withLoose(String... names) {
        return new ColumnSpec(name, synonyms, required, kind, help, List.of(names));
    }

    /** True when a header cell's text names this column only by a loose synonym. */
    public boolean matchesLoosely(String header) {
        String k = key(header);
        return !k.isEmpty() && loose.stream().anyMatch(s -> k.equals(key(s)));
    }

    /** True when a header cell's text names this column. */
    public boolean matches(String header) {
        String k = key(header);
        if (k.isEmpty()) {
            return false;
        }
        if (k.equals(key(name))) {
            return true;
        }
        for (String s : synonyms) {
            if (k.equals(key(s))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The matching key of a header: bracketed notes dropped ({@code Cost (£)} -> {@code cost}), "&amp;" read as
     * "and", then only letters and digits, lower case.
     */
    public static String key(String header) {
        if (header == null) {
            return "";
        }
        String s = header.replaceAll("\\([^)]*\\)", "").replaceAll("\\[[^]]*]", "");
        return s.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
