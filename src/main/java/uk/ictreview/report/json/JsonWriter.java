package uk.ictreview.report.json;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with stable key order and two-space indentation, so figures.json is the same
 * bytes for the same inputs. Numbers are written as given: round them (money to 2 places, percentages and
 * hours to 1) before calling {@link #value(BigDecimal)}.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        prefix();
        out.append('{');
        first.push(true);
        return this;
    }

    public JsonWriter endObject() {
        close('}');
        return this;
    }

    public JsonWriter beginArray() {
        prefix();
        out.append('[');
        first.push(true);
        return this;
    }

    public JsonWriter endArray() {
        close(']');
        return this;
    }

    public JsonWriter name(String name) {
        separator();
        newline();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        prefix();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        return this;
    }

    public JsonWriter value(long n) {
        prefix();
        out.append(n);
        return this;
    }

    public JsonWriter value(boolean b) {
        prefix();
        out.append(b);
        return this;
    }

    /** Writes the number in plain notation (never 1E+3), or null. */
    public JsonWriter value(BigDecimal n) {
        prefix();
        out.append(n == null ? "null" : n.toPlainString());
        return this;
    }

    /** Writes a double rounded to {@code places} decimals, or null for NaN (no data). */
    public JsonWriter value(double n, int places) {
        if (Double.isNaN(n) || Double.isInfinite(n)) {
            return value((String) null);
        }
        return value(BigDecimal.valueOf(n).setScale(places, java.math.RoundingMode.HALF_UP));
    }

    @Override
    public String toString() {
        return out + "\n";
    }

    private void prefix() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!first.isEmpty()) {
            separator();
            newline();
        }
    }

    private void separator() {
        if (first.isEmpty()) {
            return;
        }
        if (!first.peek()) {
            out.append(',');
        }
        first.pop();
        first.push(false);
    }

    private void close(char c) {
        boolean empty = first.pop();
        if (!empty) {
            newline();
        }
        out.append(c);
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(first.size()));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }
}
