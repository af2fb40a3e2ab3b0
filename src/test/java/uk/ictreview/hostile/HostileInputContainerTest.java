package uk.ictreview.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.hostile.HostileInputSchool.check;
import static uk.ictreview.hostile.HostileInputSchool.school;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile containers and encodings (issue 9), each made in code from the base school's own workbook: damaged,
 * encrypted, a zip bomb, XML entities (XXE, billion laughs), huge and sparse sheets, CSV encodings. Each is refused
 * or read with a message naming the file (and, for cells, the place), never a stack trace, the inputs unchanged.
 */
class HostileInputContainerTest {
    static final String BOOK = "incidents.xlsx";
    /** The Incidents sheet is the workbook's first. */
    static final String SHEET_XML = "xl/worksheets/sheet1.xml";

    @Test
    void aTruncatedWorkbookIsRefusedAsDamaged(@TempDir Path dir) throws Exception {
        Path s = school(dir);
        byte[] b = Files.readAllBytes(s.resolve(BOOK));
        Files.write(s.resolve(BOOK), Arrays.copyOf(b, b.length / 2));
        check(s, 2, "incidents.xlsx: cannot be read: it is damaged");
    }

    @Test
    void randomBytesAreRefused(@TempDir Path dir) throws Exception {
        Path s = school(dir);
        byte[] b = new byte[20_000];
        new Random(9).nextBytes(b);
        Files.write(s.resolve("assets.xlsx"), b);
        check(s, 2, "assets.xlsx: cannot be read");
    }

    @Test
    void anEmptyFileIsRefused(@TempDir Path dir) throws Exception {
        Path s = school(dir);
        Files.write(s.resolve("skills.xlsx"), new byte[0]);
        check(s, 2, "skills.xlsx: cannot be read");
    }

    @Test
    void aWebPageSavedAsXlsxIsRefused(@TempDir Path dir) throws Exception {
        Path s = school(dir);
        Files.writeString(s.resolve(BOOK), "<html><body><table><tr><td>Ref</td></tr></table></body></html>");
        check(s, 2, "incidents.xlsx: cannot be read");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused(@TempDir Path dir) throws Exception {
        Path s = school(dir);
        byte[] plain = Files.readAllBytes(s.resolve(BOOK));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            enc.confirmPassword("governors");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(s.resolve(BOOK))) {
                fs.writeFilesystem(out);
            }
        }
        check(s, 2, "incidents.xlsx: cannot be read: it is password-protected");
    }

    @Test
    void aZipBombIsRefused(@TempDir Path dir) throws Exception {
        // 60 MB of spaces inside the sheet's XML deflate to about 60 KB: a ratio far below POI's guard (1%).
        Path s = school(dir);
        String pad = " ".repeat(60_000_000);
        rewrite(s.resolve(BOOK), xml -> xml.replace("<sheetData>", "<sheetData>" + pad));
        check(s, 2, "incidents.xlsx: cannot be read", "zip bomb");
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        // XXE: a DOCTYPE naming a file on this machine; its text must not reach any output.
        Path s = school(dir.resolve("school"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET-9");
        String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        rewrite(s.resolve(BOOK), xml -> withDoctype(xml, doctype)
                .replace(
                        "<sheetData>",
                        "<sheetData><row r=\"3001\"><c r=\"A3001\" t=\"inlineStr\"><is><t>&xxe;</t>"
                                + "</is></c></row>"));
        var r = check(s, 2, "incidents.xlsx: cannot be read");
        assertThat(r.all()).doesNotContain("TOPSECRET");
    }

    @Test
    void aBillionLaughsIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path s = school(dir);
        StringBuilder dt = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 9; i++) {
            dt.append("<!ENTITY l").append(i).append(" \"");
            dt.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dt.append("]>");
        rewrite(s.resolve(BOOK), xml -> withDoctype(xml, dt.toString()).replace("<sheetData>", "<sheetData>&l9;"));
        check(s, 2, "incidents.xlsx: cannot be read");
    }

    @Test
    void aStrayCellAtRowOneMillionIsOneWarning(@TempDir Path dir) throws Exception {
        Path s = school(dir);
        rewrite(
                s.resolve(BOOK),
                xml -> xml.replace(
                        "</sheetData>",
                        "<row r=\"1000000\"><c r=\"G1000000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"));
        var r = check(
                s,
                1,
                "incidents.xlsx 'Incidents' row 1000000: warning: row 1000000: stray cells (in column G; the first"
                        + " G1000000 'x') with no value in most of Ref, Logged, Priority, Category: not read as calls");
        assertThat(r.out()).contains("Rows read: 120 calls");
    }

    @Test
    void strayValuesFilledDownFiftyThousandRowsAreOneWarning(@TempDir Path dir) throws Exception {
        // Once four errors a row: here one warning for the whole range, and a short report.
        Path s = school(dir);
        StringBuilder rows = new StringBuilder();
        for (int r = 5_000; r <= 55_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"P").append(r).append("\"><v>0</v></c></row>");
        }
        rewrite(s.resolve(BOOK), xml -> xml.replace("</sheetData>", rows + "</sheetData>"));
        var r = check(
                s,
                1,
                "incidents.xlsx 'Incidents' row 5000: warning: rows 5,000-55,000 (50,001 rows with values): stray"
                        + " cells (in column P; the first P5000 '0')");
        assertThat(r.all().length()).isLessThan(3_000);
    }

    @Test
    void aCsvFolderInWindows1252IsReadWithANote(@TempDir Path dir) throws Exception {
        Path s = school(dir);
        Files.delete(s.resolve(BOOK));
        Path folder = Files.createDirectories(s.resolve("incidents"));
        String csv = "Ref,Logged,Priority,Category,Reported by\r\nINC-1,06/07/2026 09:00,P3,Hardware,Mr \u00a3\r\n";
        Files.write(folder.resolve("Incidents.csv"), csv.getBytes("windows-1252"));
        check(s, 0, "incidents/Incidents.csv: note: read as Windows-1252");
    }

    @Test
    void aCsvWithAUtf8MarkButOtherBytesIsRefused(@TempDir Path dir) throws Exception {
        Path s = school(dir);
        Files.delete(s.resolve(BOOK));
        Path folder = Files.createDirectories(s.resolve("incidents"));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("Ref,Logged,Priority,Category\r\nINC-1,06/07/2026,P3,Caf".getBytes(StandardCharsets.US_ASCII));
        b.write(0xE9); // e-acute in Windows-1252: not UTF-8
        Files.write(folder.resolve("Incidents.csv"), b.toByteArray());
        check(s, 2, "incidents/Incidents.csv: cannot be read: it begins with a UTF-8 byte-order mark but is not UTF-8");
    }

    @Test
    void aPackPeriodFromTheYear1IsQuestionedAndTheDefaultUsed(@TempDir Path dir) throws Exception {
        Path s = school(dir);
        Path pack = s.resolve("pack.md");
        Files.writeString(pack, Files.readString(pack).replace("from: 2026-04-13", "from: 0001-04-13"));
        check(s, 1, "pack.md: warning: period from (0001-04-13) is before 1990");
    }

    @Test
    void aPackMdInUtf16IsReadOrRefusedWithoutAStackTrace(@TempDir Path dir) throws Exception {
        // pack.md saved as UTF-16 by Notepad: its front matter cannot be read as UTF-8 text. Whatever it gives,
        // the build's settings fall back to their defaults with a message naming pack.md, never a crash.
        Path s = school(dir);
        Path pack = s.resolve("pack.md");
        byte[] utf16 = Files.readString(pack).getBytes(StandardCharsets.UTF_16);
        Files.write(pack, utf16);
        var r = HostileInputSchool.run("check", s.toString());
        assertThat(r.code()).isBetween(0, 2);
        HostileInputSchool.assertNoStackTrace(r);
    }

    private static String withDoctype(String xml, String doctype) {
        int end = xml.indexOf("?>") + 2;
        return xml.substring(0, end) + doctype + xml.substring(end);
    }

    /** Rewrites the Incidents sheet's XML inside the workbook, copying every other entry as it is. */
    static void rewrite(Path book, UnaryOperator<String> change) throws IOException {
        byte[] in = Files.readAllBytes(book);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(in));
                ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] data = zin.readAllBytes();
                if (e.getName().equals(SHEET_XML)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        Files.write(book, out.toByteArray());
    }
}
