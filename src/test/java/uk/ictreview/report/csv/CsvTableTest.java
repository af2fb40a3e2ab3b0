package uk.ictreview.report.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table whose rows are made as they are written is the same table, and the same CSV, as one held whole. */
class CsvTableTest {
    private static final List<String> HEADERS = List.of("Ref", "Hours");

    @Test
    void rowsMadeWhenReadEqualRowsHeld() throws IOException {
        List<Integer> items = List.of(1, 2, 3);
        List<Integer> made = new ArrayList<>();
        CsvTable lazy = CsvTable.of("calls", HEADERS, items, i -> {
            made.add(i);
            return List.of("INC-" + i, i + ".5");
        });
        // nothing is made until a row is read
        assertThat(made).isEmpty();
        CsvTable held = new CsvTable(
                "calls", HEADERS, List.of(List.of("INC-1", "1.5"), List.of("INC-2", "2.5"), List.of("INC-3", "3.5")));
        assertThat(lazy).isEqualTo(held);
        assertThat(lazy.rows()).hasSize(3);
        assertThat(lazy.rows().get(1)).containsExactly("INC-2", "2.5");
        StringWriter out = new StringWriter();
        CsvFiles.write(lazy, out);
        assertThat(out.toString())
                .isEqualTo(CsvFiles.render(held))
                .isEqualTo("Ref,Hours\r\nINC-1,1.5\r\nINC-2,2.5\r\nINC-3,3.5\r\n");
    }

    @Test
    void aMadeRowOfTheWrongWidthIsRefusedWhenRead() {
        CsvTable t = CsvTable.of("calls", HEADERS, List.of("x"), x -> List.of(x));
        assertThatThrownBy(() -> t.rows().get(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("calls: a row has 1 cells for 2 headers");
    }

    @Test
    void writtenFieldsAreInertAsWhenRendered() throws IOException {
        CsvTable t = CsvTable.of("calls", HEADERS, List.of("=HYPERLINK(1)"), x -> List.of(x, "-3"));
        StringWriter out = new StringWriter();
        CsvFiles.write(t, out);
        assertThat(out.toString()).isEqualTo("Ref,Hours\r\n'=HYPERLINK(1),-3\r\n");
    }
}
