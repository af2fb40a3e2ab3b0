package uk.ictreview.read;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx workbook: POI opens the package read-only from the file (not a stream, which POI caps at 100 MB per
 * entry) and keeps its zip-bomb guard; the sheets and the shared strings are streamed with StAX
 * ({@link XlsxSheetReader}, {@link XlsxSharedStrings}), so a sheet of a million rows needs little heap beyond what
 * its rows become.
 */
final class XlsxSource implements SheetSource {
    private final String name;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<String> sheetNames = new ArrayList<>();
    private final boolean date1904;
    private boolean[] dateStyle;
    private boolean[] percentStyle;
    private XlsxSharedStrings sharedStrings;

    private XlsxSource(String name, OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.name = name;
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                sheetNames.add(it.getSheetName());
            }
        }
        this.date1904 = readDate1904();
    }

    /** Opens the file read-only; the caller maps failures to a message for the user. */
    static XlsxSource open(String name, File file) throws IOException, OpenXML4JException, SAXException {
        OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        try {
            return new XlsxSource(name, pkg);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public void readSheet(String sheet, Consumer<RawRow> sink) throws UnreadableWorkbookException {
        try {
            prepare();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (it.getSheetName().equals(sheet)) {
                        XlsxSheetReader sheetReader =
                                new XlsxSheetReader(sharedStrings, dateStyle, percentStyle, date1904);
                        ReadAhead.read(
                                rows -> {
                                    // unzipped on a third thread: the parsing thread sets the pace
                                    try (StreamAhead unzipped = new StreamAhead(in)) {
                                        sheetReader.read(unzipped, rows);
                                    }
                                },
                                sink);
                        return;
                    }
                }
            }
            throw new IllegalArgumentException("no sheet " + sheet + " in " + name);
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException e) {
            throw Failures.unreadable(name, e);
        } catch (RuntimeException e) {
            throw Failures.unreadableOrRethrow(name, e);
        }
    }

    /** Shared strings and styles are read once, on the first sheet read. */
    private void prepare() throws IOException, OpenXML4JException, SAXException, XMLStreamException {
        if (sharedStrings != null) {
            return;
        }
        XlsxSharedStrings strings = readSharedStrings();
        XlsxStyles styles;
        try (InputStream in = reader.getStylesData()) {
            styles = XlsxStyles.read(in, XlsxSource::parse);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SAXException(e);
        }
        dateStyle = styles.dateStyles();
        percentStyle = styles.percentStyles();
        sharedStrings = strings;
    }

    /** The shared-strings part, found as POI finds it (by content type); a workbook may have none. */
    private XlsxSharedStrings readSharedStrings() throws IOException, OpenXML4JException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return XlsxSharedStrings.none();
        }
        // unzipped on a thread of its own while this one parses: a million unique Refs are ~48 MB of XML
        try (InputStream in = parts.get(0).getInputStream();
                StreamAhead unzipped = new StreamAhead(in)) {
            return XlsxSharedStrings.read(unzipped);
        }
    }

    private boolean readDate1904() throws IOException, OpenXML4JException, SAXException {
        boolean[] found = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if (localName.equals("workbookPr")) {
                        String v = atts.getValue("date1904");
                        found[0] = v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
                    }
                }
            });
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        return found[0];
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    /** A read-only package is closed by reverting: close() would try to save it. */
    @Override
    public void close() {
        pkg.revert();
    }
}
