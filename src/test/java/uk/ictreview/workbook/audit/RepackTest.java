package uk.ictreview.workbook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cached values cut from the streamed sheets: the scan gives what the regular expression gave. */
class RepackTest {
    private static String stripped(String line) throws IOException {
        StringWriter w = new StringWriter();
        Repack.writeStripped(line, w);
        return w.toString();
    }

    @Test
    void cutsEachCachedValueAfterAFormula() throws IOException {
        String row = "<row r=\"2\"><c r=\"A2\"><f>SUM(B2:C2)</f><v>0.0</v></c><c r=\"B2\" t=\"n\"><v>3.0</v></c>"
                + "<c r=\"C2\"><f>B2*2</f><v></v></c></row>";
        assertThat(stripped(row))
                .isEqualTo("<row r=\"2\"><c r=\"A2\"><f>SUM(B2:C2)</f></c><c r=\"B2\" t=\"n\"><v>3.0</v></c>"
                        + "<c r=\"C2\"><f>B2*2</f></c></row>");
    }

    @Test
    void leavesAValueThatIsNotACachedOneAsItIs() throws IOException {
        assertThat(stripped("<f>A1</f><v>1<x/></v>")).isEqualTo("<f>A1</f><v>1<x/></v>");
        assertThat(stripped("<f>A1</f><v>1")).isEqualTo("<f>A1</f><v>1");
        assertThat(stripped("no formula here")).isEqualTo("no formula here");
        assertThat(stripped("")).isEmpty();
    }

    /** Lines of random pieces, many of them near misses, against Pattern.replaceAll, which the scan replaced. */
    @Test
    void agreesWithTheRegularExpressionOnRandomLines() throws IOException {
        String[] pieces = {"</f>", "<v>", "</v>", "</f><v>", "0.0", "<", ">", "x", "<c r=\"A1\">", "</c>", "&lt;"};
        Random random = new Random(10);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = line.toString();
            assertThat(stripped(s)).as(s).isEqualTo(Repack.CACHED.matcher(s).replaceAll("</f>"));
        }
    }
}
