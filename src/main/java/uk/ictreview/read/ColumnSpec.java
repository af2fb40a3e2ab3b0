package uk.ictreview.read;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One column of a sheet: its name as the templates write it, the other names accepted for it, whether the
 * sheet is unusable without it, what it holds, and a line of help for the template's About sheet.
 */
public record ColumnSpec(String name, List<String> synonyms, boolean required, ColumnKind kind, String help) {
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        synonyms = List.copyOf(synonyms);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(help, "help");
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
