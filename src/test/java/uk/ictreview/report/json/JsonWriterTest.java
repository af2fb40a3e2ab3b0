package uk.ictreview.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void writesNestedObjectsAndArraysWithStableIndentation() {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.name("a").value(1);
        w.name("b").beginArray().value("x").value((String) null).endArray();
        w.name("c").beginObject().endObject();
        w.name("d").value(new BigDecimal("1234.50"));
        w.name("e").value(87.45, 1);
        w.name("f").value(Double.NaN, 1);
        w.endObject();
        assertThat(w.toString())
                .isEqualTo("{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    null\n  ],\n  \"c\": {},\n  \"d\": 1234.50,\n"
                        + "  \"e\": 87.5,\n  \"f\": null\n}\n");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        JsonWriter w = new JsonWriter();
        w.beginArray().value("a\"b\\c\nd\u0001").endArray();
        assertThat(w.toString()).isEqualTo("[\n  \"a\\\"b\\\\c\\nd\\u0001\"\n]\n");
    }
}
