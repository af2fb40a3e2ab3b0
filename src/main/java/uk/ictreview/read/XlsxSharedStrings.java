package uk.ictreview.read;

import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The workbook's shared-strings table as one {@code String} per entry, read with StAX. POI's own table keeps a
 * rich-text object per entry (gigabytes at a million rows); here the strings are the very instances the records
 * keep, so a table of a million unique Refs costs the array and nothing more. As POI reads it: the text of every
 * {@code <t>} of an entry joined, phonetic runs ({@code <rPh>}) left out, and Excel's {@code _xHHHH_} escapes
 * decoded.
 */
final class XlsxSharedStrings {
    private final String[] strings;

    private XlsxSharedStrings(String[] strings) {
        this.strings = strings;
    }

    static XlsxSharedStrings none() {
        return new XlsxSharedStrings(new String[0]);
    }

    /** The entry at a 0-based index; out of range is a damaged file, as POI reports it. */
    String get(int index) {
        return strings[index];
    }

    int size() {
        return strings.length;
    }

    static XlsxSharedStrings read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XlsxXml.open(in);
        try {
            String[] out = new String[16];
            int count = 0;
            XlsxXml.TextBuffer text = new XlsxXml.TextBuffer();
            int phonetic = 0;
            boolean inT = false;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        switch (xml.getLocalName()) {
                            case "sst" -> out = new String[initialSize(xml)];
                            case "si" -> text.clear();
                            case "rPh" -> phonetic++;
                            case "t" -> inT = phonetic == 0;
                            default -> {}
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        switch (xml.getLocalName()) {
                            case "si" -> {
                                if (count == out.length) {
                                    out = Arrays.copyOf(out, Math.max(16, count * 2));
                                }
                                out[count++] = decode(text.toString());
                            }
                            case "rPh" -> phonetic--;
                            case "t" -> inT = false;
                            default -> {}
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inT) {
                            XlsxXml.append(xml, text);
                        }
                    }
                    default -> {}
                }
            }
            return new XlsxSharedStrings(count == out.length ? out : Arrays.copyOf(out, count));
        } finally {
            xml.close();
        }
    }

    /** The table's own count of entries, when it gives one, so the array is allocated once. */
    private static int initialSize(XMLStreamReader xml) {
        String n = xml.getAttributeValue(null, "uniqueCount");
        try {
            // a lying count must not allocate gigabytes: the array grows as entries come beyond this
            return n == null ? 16 : Math.max(16, Math.min(Integer.parseInt(n.strip()), 1 << 21));
        } catch (NumberFormatException e) {
            return 16;
        }
    }

    /** Excel writes control characters as {@code _x000D_}; POI's {@code getString()} decodes them, so do we. */
    static String decode(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && hex4(s, at + 2) >= 0) {
                b.append(s, from, at).append((char) hex4(s, at + 2));
                from = at + 7;
                at = s.indexOf("_x", from);
            } else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return from == 0 ? s : b.append(s, from, s.length()).toString();
    }

    private static int hex4(String s, int at) {
        int v = 0;
        for (int i = at; i < at + 4; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || s.charAt(i) > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
