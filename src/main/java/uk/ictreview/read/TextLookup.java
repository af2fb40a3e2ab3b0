package uk.ictreview.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A parse of a text remembered by the exact text, for columns whose few values repeat on every row (Priority,
 * Type): the parse runs once per distinct spelling, not once per row. The parse must depend on the text alone.
 * Remembers at most {@value #LIMIT} spellings, so a column of unique texts cannot fill the heap.
 */
final class TextLookup<T> {
    static final int LIMIT = 1024;

    private final Function<String, Optional<T>> parse;
    private final Map<String, Optional<T>> seen = new HashMap<>();

    TextLookup(Function<String, Optional<T>> parse) {
        this.parse = parse;
    }

    Optional<T> get(String text) {
        Optional<T> r = seen.get(text);
        if (r == null) {
            r = parse.apply(text);
            if (seen.size() < LIMIT) {
                seen.put(text, r);
            }
        }
        return r;
    }
}
