package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ictreview.read.Fixture.row;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.model.Incident;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.validate.Diagnostics;

/** The three kinds of input, and files that cannot be read at all. */
class SourcesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final LocalDateTime LOGGED = LocalDateTime.of(2026, 9, 4, 9, 0);

    @TempDir
    Path dir;

    final Diagnostics diags = new Diagnostics();

    static Fixture incidents() {
        return Fixture.book()
                .sheet(
                        "Incidents",
                        row("Ref", "Logged", "Priority", "Category", "On hold hours"),
                        row("INC-1", LOGGED, "P1", "Network", 0.5),
                        row("INC-2", "05/09/2026 10:30", 2, "Printing"));
    }

    WorkbookRead<IncidentLog> readIncidents() throws Exception {
        try (SheetSource src = WorkbookLocator.open(dir, "incidents")) {
            return IncidentsReader.read(src, TODAY, diags);
        }
    }

    static List<RawRow> rows(SheetSource src, String sheet) throws Exception {
        List<RawRow> rows = new ArrayList<>();
        src.readSheet(sheet, rows::add);
        return rows;
    }

    @Test
    void xlsXlsxAndCsvGiveTheSameIncidents() throws Exception {
        incidents().xls(dir.resolve("incidents.xls"));
        List<Incident> fromXls = readIncidents().data().incidents();
        Files.delete(dir.resolve("incidents.xls"));
        incidents().csv(dir.resolve("incidents"), true);
        List<Incident> fromCsv = readIncidents().data().incidents();
        Files.walk(dir.resolve("incidents")).sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile()
                .delete());
        incidents().xlsx(dir.resolve("incidents.xlsx"));
        List<Incident> fromXlsx = readIncidents().data().incidents();
        assertThat(diags.all()).isEmpty();
        assertThat(fromXlsx).hasSize(2);
        for (List<Incident> other : List.of(fromXls, fromCsv)) {
            assertThat(other)
                    .extracting(Incident::ref, Incident::logged, Incident::priority, Incident::onHoldMinutes)
                    .isEqualTo(fromXlsx.stream()
                            .map(i -> org.assertj.core.groups.Tuple.tuple(
                                    i.ref(), i.logged(), i.priority(), i.onHoldMinutes()))
                            .toList());
        }
        assertThat(fromCsv.get(0).source().file()).isEqualTo("incidents/Incidents.csv");
    }

    @Test
    void csvWithoutByteOrderMarkAndPlacesNameTheCsvFile() throws Exception {
        Fixture.book()
                .sheet(
                        "Incidents",
                        row("Ref", "Logged", "Priority", "Category"),
                        row("INC-1", "04/09/2026 09:00", "Urgent", "Network, wired"))
                .csv(dir.resolve("incidents"), false);
        readIncidents();
        assertThat(diags.all())
                .extracting(Diagnostic::toString)
                .containsExactly("incidents/Incidents.csv 'Incidents'!C2:"
                        + " error: Priority 'Urgent' is not one of P1-P4, 1-4, Critical, High, Medium, Low");
    }

    @Test
    void csvSavedAsPlainCsvInExcelIsReadAsWindows1252WithANote() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("incidents"));
        // Excel's 'CSV (Comma delimited)' on a UK machine: £ is the single byte 0xA3, é is 0xE9 (not UTF-8)
        byte[] bytes = "Ref,Logged,Priority,Category\nINC-1,04/09/2026,P1,Caf\u00e9 \u00a35 card printer\n"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(bytes).contains((byte) 0xA3);
        Files.write(folder.resolve("Incidents.csv"), bytes);
        List<Incident> read = readIncidents().data().incidents();
        assertThat(read).extracting(Incident::category).containsExactly("Caf\u00e9 \u00a35 card printer");
        assertThat(diags.all())
                .extracting(Diagnostic::toString)
                .containsExactly("incidents/Incidents.csv: note: read as Windows-1252 (Excel's 'CSV (Comma"
                        + " delimited)') because it is not UTF-8 text; save it as 'CSV UTF-8 (Comma delimited)' to be"
                        + " sure of \u00a3 signs and accents");
    }

    @Test
    void utf8CsvGetsNoEncodingNote() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("incidents"));
        Files.write(
                folder.resolve("Incidents.csv"),
                "Ref,Logged,Priority,Category\nINC-1,04/09/2026,P1,\u00a35 card printer\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(readIncidents().data().incidents())
                .extracting(Incident::category)
                .containsExactly("\u00a35 card printer");
        assertThat(diags.all()).isEmpty();
    }

    @Test
    void csvWithAUtf8ByteOrderMarkButOtherBytesIsStillRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("incidents"));
        byte[] text =
                "Ref,Logged,Priority,Category\nINC-1,04/09/2026,P1,\u00a35\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(folder.resolve("Incidents.csv"), bytes);
        assertThatThrownBy(this::readIncidents)
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage("incidents/Incidents.csv: cannot be read: it begins with a UTF-8 byte-order mark but is"
                        + " not UTF-8 text. In Excel choose Save As > 'CSV UTF-8 (Comma delimited)'.");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"f.xlsx", "f.xls"})
    void formulaCellsAreReadByTheirCachedValue(String name) throws Exception {
        Fixture book = Fixture.book()
                .sheet(
                        "S",
                        row(
                                2,
                                3,
                                new Fixture.Formula("A1*B1"),
                                new Fixture.Formula("\"P\"&A1"),
                                new Fixture.Formula("A1>1"),
                                new Fixture.Formula("1/0"),
                                new Fixture.Formula("DATE(2026,9,4)+0.375")));
        Path f = name.endsWith("x") ? book.xlsx(dir.resolve(name)) : book.xls(dir.resolve(name));
        try (SheetSource src = WorkbookLocator.openFile(f)) {
            RawRow r = rows(src, "S").get(0);
            assertThat(r.cell(2).number()).isEqualTo(6.0);
            assertThat(r.cell(3).text()).isEqualTo("P2");
            assertThat(r.cell(4).kind()).isEqualTo(RawCell.Kind.BOOLEAN);
            assertThat(r.cell(5).display()).isEqualTo("#DIV/0!");
            // 0.375 of a day is 09:00; a formula cell without a date format is a plain serial number
            assertThat(DateTexts.dateTime(r.cell(6), src.date1904())).isEqualTo(LOGGED);
        }
    }

    @Test
    void date1904WorkbooksReadDateCellsAndSerialsRight() throws Exception {
        Fixture book = Fixture.book()
                .date1904()
                .sheet(
                        "Incidents",
                        row("Ref", "Logged", "Priority", "Category"),
                        row("INC-1", LOGGED, "P1", "Network"),
                        // a bare serial number, counted from 01/01/1904: 04/09/2026 is 44,806 days on, + 0.375 for
                        // 09:00;
                        // read with the 1900 system it would land 1,462 days later, in 2030
                        row("INC-2", serial1904(LOGGED), "P1", "Network"));
        book.xlsx(dir.resolve("incidents.xlsx"));
        var r = readIncidents();
        assertThat(diags.all()).isEmpty();
        assertThat(r.data().incidents()).extracting(Incident::logged).containsExactly(LOGGED, LOGGED);
    }

    /** The 1904 system counts days from 01/01/1904 (day 0). */
    static double serial1904(LocalDateTime t) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), t.toLocalDate());
        return days + t.toLocalTime().toSecondOfDay() / 86_400.0;
    }

    @Test
    void readingLeavesEveryInputByteForByteUnchanged() throws Exception {
        Path xlsx = incidents().xlsx(dir.resolve("a/incidents.xlsx"));
        Path xls = incidents().xls(dir.resolve("b/incidents.xls"));
        Path csv = incidents().csv(dir.resolve("c/incidents"), true).resolve("Incidents.csv");
        List<String> before = List.of(sha256(xlsx), sha256(xls), sha256(csv));
        List<Long> times = List.of(
                Files.getLastModifiedTime(xlsx).toMillis(),
                Files.getLastModifiedTime(xls).toMillis());
        for (String sub : List.of("a", "b", "c")) {
            try (SheetSource src = WorkbookLocator.open(dir.resolve(sub), "incidents")) {
                IncidentsReader.read(src, TODAY, diags);
            }
        }
        assertThat(List.of(sha256(xlsx), sha256(xls), sha256(csv))).isEqualTo(before);
        assertThat(List.of(
                        Files.getLastModifiedTime(xlsx).toMillis(),
                        Files.getLastModifiedTime(xls).toMillis()))
                .isEqualTo(times);
        assertThat(Files.list(dir.resolve("a")).toList()).containsExactly(xlsx);
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @Test
    void inlineStringsAsWrittenByStreamingWritersAreRead() throws Exception {
        Path f = dir.resolve("inline.xlsx");
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook();
                OutputStream out = Files.newOutputStream(f)) {
            var row = wb.createSheet("S").createRow(4);
            row.createCell(0).setCellValue("INC-1");
            row.createCell(27).setCellValue("far right");
            wb.write(out);
        }
        try (SheetSource src = WorkbookLocator.openFile(f)) {
            RawRow r = rows(src, "S").get(0);
            assertThat(r.number()).isEqualTo(5);
            assertThat(r.cell(0).text()).isEqualTo("INC-1");
            // column 27 is AB
            assertThat(r.cell(27).text()).isEqualTo("far right");
        }
    }

    @Test
    void csvPolicySheetsAreFoundByTheirFileNames() throws Exception {
        Fixture.book()
                .sheet("Incidents", row("Ref", "Logged", "Priority", "Category"))
                .sheet("service levels", row("Priority", "Response target", "Resolution target"), row("P4", "8", "80"))
                .csv(dir.resolve("incidents"), false);
        var r = readIncidents();
        assertThat(r.policySheetsFound()).containsExactly("Service levels");
        assertThat(r.data().serviceLevels()).singleElement().satisfies(s -> assertThat(s.resolutionTargetMinutes())
                .isEqualTo(80 * 60));
    }

    @Test
    void aZipBombIsRefusedWithAMessage() throws Exception {
        Path good = incidents().xlsx(dir.resolve("good.xlsx"));
        // the same workbook with 4 MB of spaces in its sheet: it inflates far beyond POI's 100:1 limit
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve("incidents.xlsx")))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("?>") + 2;
                    data = (xml.substring(0, at) + "<!--" + " ".repeat(4_000_000) + "-->" + xml.substring(at))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        assertThatThrownBy(this::readIncidents)
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage(
                        "incidents.xlsx: cannot be read: it expands to more than 100 times its size when unzipped, which"
                                + " real workbooks never do, so it was refused as a possible zip bomb. Open it in Excel, save it again"
                                + " and try again.");
    }

    @Test
    void aMissingWorkbookSaysWhatWasExpected() {
        assertThatThrownBy(this::readIncidents)
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage(
                        "incidents.xlsx: not found in " + dir + ": expected incidents.xlsx, incidents.xls or a folder"
                                + " incidents/ of .csv files named after its sheets. For a blank one, run 'ictreview init NEW_FOLDER' and"
                                + " copy its incidents.xlsx into " + dir + ".");
    }

    @Test
    void fileNamesMatchIgnoringCaseAndXlsxWinsOverXls() throws Exception {
        incidents().xls(dir.resolve("Incidents.XLS"));
        Fixture.book()
                .sheet("Incidents", row("Ref", "Logged", "Priority", "Category"))
                .xlsx(dir.resolve("INCIDENTS.xlsx"));
        try (SheetSource src = WorkbookLocator.open(dir, "incidents")) {
            assertThat(src.name()).isEqualTo("INCIDENTS.xlsx");
        }
    }

    @Test
    void aDamagedFileIsUnreadable() throws Exception {
        Path good = incidents().xlsx(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Files.write(dir.resolve("incidents.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(this::readIncidents)
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageStartingWith(
                        "incidents.xlsx: cannot be read: it is damaged or not a complete Excel workbook (")
                .hasMessageEndingWith("). Open it in Excel, save it again as .xlsx and try again.");
    }

    @Test
    void textRenamedAsXlsxIsNotAWorkbook() throws Exception {
        Files.writeString(dir.resolve("incidents.xlsx"), "Ref,Logged\nINC-1,04/09/2026\n");
        assertThatThrownBy(this::readIncidents)
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage(
                        "incidents.xlsx: cannot be read: it is not an Excel workbook (it looks like plain text or another"
                                + " kind of file). Expected an .xlsx or .xls file saved from Excel, or a folder of .csv files.");
    }

    @Test
    void anEmptyFileIsUnreadable() throws Exception {
        Files.createFile(dir.resolve("incidents.xlsx"));
        assertThatThrownBy(this::readIncidents)
                .hasMessage("incidents.xlsx: cannot be read: it is empty (0 bytes). Expected an Excel workbook.");
    }

    @Test
    void aPasswordProtectedXlsxIsNamedAsSuch() throws Exception {
        Path plain = incidents().xlsx(dir.resolve("plain.xlsx"));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                    OutputStream os = enc.getDataStream(fs)) {
                pkg.save(os);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("incidents.xlsx"))) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(this::readIncidents)
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage(
                        "incidents.xlsx: cannot be read: it is password-protected. Save a copy without a password and"
                                + " try again.");
    }

    @Test
    void aPasswordProtectedXlsIsNamedAsSuch() throws Exception {
        Path plain = incidents().xls(dir.resolve("plain.xls"));
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(Files.newInputStream(plain));
                OutputStream out = Files.newOutputStream(dir.resolve("incidents.xls"))) {
            wb.write(out);
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThatThrownBy(this::readIncidents)
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage(
                        "incidents.xls: cannot be read: it is password-protected. Save a copy without a password and"
                                + " try again.");
    }
}
