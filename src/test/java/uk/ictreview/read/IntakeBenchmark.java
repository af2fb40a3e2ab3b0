package uk.ictreview.read;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import uk.ictreview.validate.Place;

/**
 * Not a test (surefire skips *Benchmark): the Java half of {@code scripts/benchmark-intake.sh}, which runs each
 * step in a JVM of its own and times the whole process. Steps:
 *
 * <ul>
 *   <li>{@code write ROWS SCHOOL_DIR}: writes {@code incidents.xlsx} into the school folder as Excel saves it (shared
 *       strings, a date style, {@code r=} on every row and cell) and the same rows as {@code csv/incidents/Incidents.csv}
 *       text, with the example school's categories, people and asset tags so that check meets real values;
 *   <li>{@code fastexcel FILE}: the peer, fastexcel-reader, turning every cell into a typed value (text, number,
 *       date-time for a date format, boolean);
 *   <li>{@code sax FILE}: the first sheet parsed by the JDK's SAX parser, doing nothing: the floor of a SAX intake.
 * </ul>
 */
public final class IntakeBenchmark {
    static final String[] HEADER = {
        "Ref",
        "Logged",
        "Priority",
        "Category",
        "Type",
        "Reported by",
        "Location",
        "Assigned to",
        "Asset tag",
        "Responded",
        "Resolved",
        "On hold hours",
        "Escalated to",
        "Reopened"
    };
    private static final String[] PRIORITIES = {"P1", "P2", "P3", "P3", "P4", "P4", "P3", "P2"};
    private static final String[] TYPES = {"Incident", "Incident", "Request", "Incident", "Problem", "Incident"};
    private static final LocalDateTime START = LocalDateTime.of(2025, 9, 1, 7, 30);
    private static final LocalDateTime EXCEL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private IntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "write" -> write(Integer.parseInt(args[1]), Path.of(args[2]));
            case "fastexcel" -> System.out.println("cells " + fastexcel(new File(args[1])));
            case "sax" -> System.out.println("elements " + sax(new File(args[1])));
            default -> throw new IllegalArgumentException("write | fastexcel | sax: " + args[0]);
        }
    }

    /** The peer: every cell of the first sheet to a typed value, a date where its format is a date format. */
    static long fastexcel(File file) throws IOException {
        long cells = 0;
        Map<Integer, Boolean> dateFormats = new HashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file, new ReadingOptions(true, false))) {
            try (var rows = wb.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    for (Cell c : row) {
                        if (c != null && typed(c, dateFormats) != null) {
                            cells++;
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static Object typed(Cell c, Map<Integer, Boolean> dateFormats) {
        return switch (c.getType()) {
            case NUMBER -> {
                Integer id = c.getDataFormatId();
                boolean date = id != null
                        && dateFormats.computeIfAbsent(id, k -> DateUtil.isADateFormat(k, c.getDataFormatString()));
                yield date ? c.asDate() : c.asNumber();
            }
            case STRING -> c.asString();
            case BOOLEAN -> c.asBoolean();
            default -> c.getRawValue();
        };
    }

    /** The JDK's SAX parser over the first sheet, counting elements and doing nothing else. */
    static long sax(File file) throws Exception {
        long[] elements = {0};
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        try (ZipFile zip = new ZipFile(file);
                InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            f.newSAXParser().parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    elements[0]++;
                }
            });
        }
        return elements[0];
    }

    /** The example school's own values, so the big log reads like a big version of it. */
    private record Values(List<String> categories, List<String> people, List<String> rooms, List<String> tags) {}

    private static Values exampleValues(Path school) throws Exception {
        List<List<String>> cols = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String[] names = {Workbooks.CATEGORY, Workbooks.REPORTED_BY, Workbooks.LOCATION, Workbooks.ASSET_TAG};
        try (SheetSource src = WorkbookLocator.open(school, "incidents")) {
            Map<String, Integer> at = new HashMap<>();
            src.readSheet(Workbooks.INCIDENTS, row -> {
                if (!at.containsKey(Workbooks.REF)) {
                    row.cells().forEach(c -> at.put(c.display(), c.column()));
                    return; // rows above the header (a title) are read as a header that lacks Ref, then replaced
                }
                for (int i = 0; i < names.length; i++) {
                    String v = row.cell(at.get(names[i])).display();
                    if (!v.isBlank() && !cols.get(i).contains(v)) {
                        cols.get(i).add(v);
                    }
                }
            });
        }
        return new Values(cols.get(0), cols.get(1), cols.get(2), cols.get(3));
    }

    static void write(int rows, Path school) throws Exception {
        Values v = exampleValues(school);
        SharedStrings sst = new SharedStrings();
        Path csv = Files.createDirectories(school.resolve("csv").resolve("incidents"));
        Path xlsx = school.resolve("incidents.xlsx");
        Path tmp = school.resolve("incidents.tmp");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp));
                Writer text = Files.newBufferedWriter(csv.resolve("Incidents.csv"), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer x = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            x.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                    + "\" xmlns:r=\"" + REL + "\"><sheetData>");
            writeRow(x, text, 1, List.of(HEADER), sst);
            for (int i = 1; i <= rows; i++) {
                writeRow(x, text, i + 1, row(i, v), sst);
            }
            x.write("</sheetData></worksheet>");
            x.flush();
            zip.closeEntry();
            parts(zip, sst);
        }
        Files.move(tmp, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** One call: unique Ref, a call every 30 s over about a year, a response, most resolved. */
    private static List<Object> row(int i, Values v) {
        LocalDateTime logged = START.plusSeconds(30L * i);
        LocalDateTime responded = logged.plusMinutes(5 + (i % 7) * 8);
        LocalDateTime resolved =
                i % 50 == 0 ? null : logged.plusHours(1 + i % 47).plusMinutes(i % 60);
        List<Object> r = new ArrayList<>(HEADER.length);
        r.add(String.format("INC-%07d", i));
        r.add(logged);
        r.add(PRIORITIES[i % PRIORITIES.length]);
        r.add(v.categories().get(i % v.categories().size()));
        r.add(TYPES[i % TYPES.length]);
        r.add(v.people().get(i % v.people().size()));
        r.add(v.rooms().get(i % v.rooms().size()));
        r.add("Tech " + (1 + i % 3));
        r.add(i % 3 == 0 ? null : v.tags().get(i % v.tags().size()));
        r.add(responded);
        r.add(resolved);
        r.add((i % 9) * 0.25);
        r.add(i % 40 == 0 ? "Northgate IT Services" : null);
        r.add(i % 25 == 0 ? "Y" : "N");
        return r;
    }

    private static void writeRow(Writer x, Writer csv, int number, List<?> values, SharedStrings sst)
            throws IOException {
        x.write("<row r=\"" + number + "\">");
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            line.append(c == 0 ? "" : ",");
            if (v == null) {
                continue;
            }
            String ref = Place.columnLetters(c) + number;
            if (v instanceof String s) {
                x.write("<c r=\"" + ref + "\" t=\"s\"><v>" + sst.index(s) + "</v></c>");
                line.append(s.contains(",") ? "\"" + s + "\"" : s);
            } else if (v instanceof LocalDateTime t) {
                double serial = Duration.between(EXCEL_EPOCH, t).toSeconds() / 86_400.0;
                x.write("<c r=\"" + ref + "\" s=\"1\"><v>" + serial + "</v></c>");
                line.append(t.format(UK));
            } else {
                x.write("<c r=\"" + ref + "\"><v>" + v + "</v></c>");
                line.append(v);
            }
        }
        x.write("</row>");
        csv.write(line.append("\r\n").toString());
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Shared strings in first-use order, as Excel writes them. */
    private static final class SharedStrings {
        final Map<String, Integer> index = new HashMap<>();
        final List<String> strings = new ArrayList<>();
        int uses;

        int index(String s) {
            uses++;
            return index.computeIfAbsent(s, k -> {
                strings.add(k);
                return strings.size() - 1;
            });
        }
    }

    private static void parts(ZipOutputStream zip, SharedStrings sst) throws IOException {
        StringBuilder sb = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"")
                .append(MAIN)
                .append("\" count=\"")
                .append(sst.uses)
                .append("\" uniqueCount=\"")
                .append(sst.strings.size())
                .append("\">");
        for (String s : sst.strings) {
            sb.append("<si><t>")
                    .append(s.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</t></si>");
        }
        put(zip, "xl/sharedStrings.xml", sb.append("</sst>").toString());
        put(
                zip,
                "xl/styles.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\">"
                        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy hh:mm\"/></numFmts>"
                        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                        + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                        + "<borders count=\"1\"><border/></borders>"
                        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                        + "</cellXfs></styleSheet>");
        put(
                zip,
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                        + "\" xmlns:r=\"" + REL
                        + "\"><workbookPr/><sheets><sheet name=\"Incidents\" sheetId=\"1\" r:id=\"rId1\"/>"
                        + "</sheets></workbook>");
        put(
                zip,
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                        + PKG + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                        + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + "</Relationships>");
        put(
                zip,
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG
                        + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        put(
                zip,
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ct + "sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ct + "worksheet+xml\"/>"
                        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + ct + "styles+xml\"/>"
                        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ct + "sharedStrings+xml\"/>"
                        + "</Types>");
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
