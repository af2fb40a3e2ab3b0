package uk.ictreview.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ictreview.app.ExitCode;

/**
 * A CSV folder saved as UTF-8 with a mark, or as UTF-16 (Excel's "Unicode Text", many exports) in either byte
 * order: the mark decides the encoding, so every cell reads as typed (a UTF-16 folder read as Windows-1252 gave
 * 24,020 errors), for check and for check --annotate alike.
 */
class HostileOutputEncodingTest {
    static final String CSV = "Ref,Logged,Priority,Category,Type,Reported by,Location,Assigned to,Asset tag,"
            + "Responded,Resolved,On hold hours,Escalated to,Reopened\r\n"
            + "INC-0001,14/04/2026 09:00,P3,Hardware,Incident,Mrs Zoë Brontë,Café,,,14/04/2026 09:30,"
            + "14/04/2026 11:00,0,,N\r\n"
            + "INC-0002,15/04/2026 10:00,P4,Software,Request,Mr Ó Súilleabháin,Library,,,15/04/2026 10:20,"
            + "15/04/2026 12:00,0,,N\r\n"
            + "INC-0003,16/04/2026 10:00,P4,Software,Request,Ms Łucja Wróbel,Library,,,16/04/2026 10:20,"
            + "15/04/2026 12:00,0,,N\r\n";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"UTF-8, EFBBBF", "UTF-16LE, FFFE", "UTF-16BE, FEFF"})
    void aMarkedCsvFolderIsReadInItsEncodingByCheckAndAnnotate(String charset, String markHex) throws Exception {
        Path school = tmp.resolve("school");
        assertThat(HostileOutputBuildTest.run("init", "--example", school.toString())
                        .code())
                .isZero();
        Files.delete(school.resolve("incidents.xlsx"));
        Path folder = Files.createDirectory(school.resolve("incidents"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(java.util.HexFormat.of().parseHex(markHex));
        bytes.write(CSV.getBytes(Charset.forName(charset)));
        Files.write(folder.resolve("Incidents.csv"), bytes.toByteArray());
        var before = HostileOutputBuildTest.digests(school);

        var r = HostileOutputBuildTest.run("check", school.toString());
        // one error only, the planted one (row 4: Resolved before Logged); a mis-decoded file fails its headers
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out())
                .contains("incidents/Incidents.csv 'Incidents'!K4: error: Resolved (15/04/2026 12:00) is before Logged")
                .contains("1 error, 1 warning;", "Rows read: 3 calls")
                .doesNotContain("Windows-1252");
        assertThat(Inert.hasStackTrace(r.out() + r.err())).isFalse();

        Path annotated = tmp.resolve("annotated");
        var a = HostileOutputBuildTest.run("check", school.toString(), "--annotate", "--out", annotated.toString());
        assertThat(a.code()).as(a.err()).isNotEqualTo(ExitCode.INTERNAL);
        assertThat(Inert.hasStackTrace(a.out() + a.err())).isFalse();
        assertThat(HostileOutputBuildTest.digests(school)).isEqualTo(before);
        try (Stream<Path> written = Files.walk(annotated)) {
            assertThat(written.filter(p -> p.toString().endsWith(".xlsx"))).isNotEmpty();
        }
        assertThat(new String(CSV.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("Zoë");
    }
}
