package uk.ictreview.read;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * Turns one worksheet's XML into {@link RawRow}s with a StAX parser. A cell's value is gathered into one reused
 * character buffer and decoded from it (shared-string indexes and numbers parsed from the characters, dates by
 * {@link XlsxDates}), and whether a style shows dates is decided once per style, not per cell. Formula cells are
 * read by their cached value ({@code <v>}); one that has none becomes an {@link RawCell.Kind#FORMULA} cell.
 */
final class XlsxSheetReader {
    private final XlsxSharedStrings sharedStrings;
    private final boolean[] dateStyle;
    private final boolean[] percentStyle;
    private final boolean date1904;

    private final XlsxXml.TextBuffer value = new XlsxXml.TextBuffer();
    private final XlsxXml.TextBuffer formula = new XlsxXml.TextBuffer();
    private ArrayList<RawCell> cells = new ArrayList<>();
    private int rowNumber;
    private int nextColumn;
    private int column;
    private String type;
    private int style;
    private int rowAttribute;
    /** A row's or cell's number attribute that is not plain digits, as it was written. */
    private String badNumber;

    private XMLStreamReader2 typed;
    private final Attributes attributes = new Attributes();
    private boolean sawValue;
    private boolean sawFormula;
    /** Which element's text is being gathered: none, a value or inline text, or a formula. */
    private int gathering;

    private static final int NONE = 0;
    private static final int VALUE = 1;
    private static final int FORMULA = 2;

    XlsxSheetReader(XlsxSharedStrings sharedStrings, boolean[] dateStyle, boolean[] percentStyle, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.dateStyle = dateStyle;
        this.percentStyle = percentStyle;
        this.date1904 = date1904;
    }

    void read(InputStream in, Consumer<RawRow> sink) throws XMLStreamException {
        XMLStreamReader xml = XlsxXml.open(in);
        typed = (XMLStreamReader2) xml; // Aalto's reader is a Stax2 one
        try {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml);
                    case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName(), sink);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (gathering == VALUE) {
                            XlsxXml.append(xml, value);
                        } else if (gathering == FORMULA) {
                            XlsxXml.append(xml, formula);
                        }
                    }
                    default -> {}
                }
            }
        } finally {
            xml.close();
        }
    }

    private void start(XMLStreamReader xml) throws XMLStreamException {
        switch (xml.getLocalName()) {
            case "row" -> startRow(xml);
            case "c" -> startCell(xml);
            case "v" -> {
                gathering = VALUE;
                sawValue = true;
            }
            case "f" -> {
                gathering = FORMULA;
                sawFormula = true;
            }
            case "t" -> {
                if ("inlineStr".equals(type)) {
                    gathering = VALUE;
                    sawValue = true;
                }
            }
            case "is" -> sawValue = true;
            default -> {}
        }
    }

    private void end(String name, Consumer<RawRow> sink) {
        switch (name) {
            case "v", "t", "f" -> gathering = NONE;
            case "c" -> {
                if (sawValue) {
                    cells.add(cell());
                } else if (sawFormula) {
                    cells.add(RawCell.formula(column, formula.toString()));
                }
            }
            case "row" -> sink.accept(RawRow.of(rowNumber, cells));
            default -> {}
        }
    }

    private void startRow(XMLStreamReader xml) throws XMLStreamException {
        int number = rowNumber + 1;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String name = xml.getAttributeLocalName(i);
            if (name.length() == 1 && name.charAt(0) == 'r') {
                attributes.which = 'R';
                typed.getAttributeAs(i, attributes);
                number = badNumber != null ? Integer.parseInt(badNumber) : rowAttribute;
                badNumber = null;
            }
        }
        rowNumber = number;
        nextColumn = 0;
        cells = new ArrayList<>();
    }

    private void startCell(XMLStreamReader xml) throws XMLStreamException {
        type = null;
        style = 0;
        column = nextColumn;
        // one-letter names compared by their letter: the parser hands out a new String per name, and a switch on
        // it would hash each one (a tenth of the time at a million rows); the values are decoded from the parser's
        // characters by {@link #attributes}, not made into Strings (another seventh)
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String name = xml.getAttributeLocalName(i);
            if (name.length() == 1) {
                char c = name.charAt(0);
                if (c == 'r' || c == 't' || c == 's') {
                    attributes.which = c;
                    typed.getAttributeAs(i, attributes);
                }
            }
        }
        if (badNumber != null) {
            style = Integer.parseInt(badNumber); // what anything but plain digits gave before: a number, or the error
            badNumber = null;
        }
        nextColumn = column + 1;
        value.clear();
        formula.clear();
        sawValue = false;
        sawFormula = false;
    }

    /** A cell's r, s or t attribute, decoded from the parser's own characters (trimmed, as the parser hands them). */
    private final class Attributes extends TypedValueDecoder {
        char which;

        @Override
        public void decode(String text) {
            decode(text.toCharArray(), 0, text.length());
        }

        @Override
        public void decode(char[] c, int start, int end) {
            switch (which) {
                case 'r' -> column = columnOf(c, start, end);
                case 's' -> style = number(c, start, end);
                case 'R' -> rowAttribute = number(c, start, end);
                default -> type = end - start == 1 && c[start] == 's' ? "s" : new String(c, start, end - start);
            }
        }

        @Override
        public void handleEmptyValue() {
            decode(new char[0], 0, 0);
        }
    }

    /** A style index or row number of plain digits; anything else is kept for {@code Integer.parseInt} to judge. */
    private int number(char[] c, int start, int end) {
        if (start == end || end - start > 9) {
            badNumber = new String(c, start, end - start);
            return 0;
        }
        int n = 0;
        for (int i = start; i < end; i++) {
            int d = c[i] - '0';
            if (d < 0 || d > 9) {
                badNumber = new String(c, start, end - start);
                return 0;
            }
            n = n * 10 + d;
        }
        return n;
    }

    private RawCell cell() {
        if (type == null || type.equals("n")) {
            return numberCell();
        }
        if (type.length() == 1 && type.charAt(0) == 's') {
            return RawCell.text(column, sharedStrings.get(index()));
        }
        return switch (type) {
            case "s" -> RawCell.text(column, sharedStrings.get(index()));
            case "b" -> {
                String v = value.toString().trim();
                yield RawCell.bool(column, v.equals("1") || v.equalsIgnoreCase("true"));
            }
            case "e" -> RawCell.error(column, value.toString());
            default -> RawCell.text(column, value.toString()); // inlineStr, str (a formula's text), d, and the unknown
        };
    }

    /** A shared-string index read straight from the value's characters (spaces around it allowed). */
    private int index() {
        char[] c = value.chars;
        int from = 0;
        int to = value.length;
        while (from < to && c[from] <= ' ') {
            from++;
        }
        while (to > from && c[to - 1] <= ' ') {
            to--;
        }
        if (from == to || to - from > 9) {
            return Integer.parseInt(new String(c, from, to - from).trim());
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            int d = c[i] - '0';
            if (d < 0 || d > 9) {
                return Integer.parseInt(new String(c, from, to - from));
            }
            n = n * 10 + d;
        }
        return n;
    }

    private RawCell numberCell() {
        if (isBlankValue()) {
            return RawCell.blank(column);
        }
        boolean date = style < dateStyle.length && dateStyle[style];
        if (date) {
            LocalDateTime t = XlsxDates.fromDigits(value.chars, value.length, date1904);
            if (t != null) {
                return RawCell.dateTime(column, t);
            }
        }
        double d = XlsxNumbers.parse(value.chars, value.length);
        if (date && d > -Double.MIN_VALUE) {
            return RawCell.dateTime(column, XlsxDates.dateTime(d, date1904));
        }
        return RawCell.number(column, d, style < percentStyle.length && percentStyle[style]);
    }

    private boolean isBlankValue() {
        for (int i = 0; i < value.length; i++) {
            if (!Character.isWhitespace(value.chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** "AB12" -> 27. */
    static int columnOf(String ref) {
        return columnOf(ref.toCharArray(), 0, ref.length());
    }

    private static int columnOf(char[] ref, int start, int end) {
        int col = 0;
        for (int i = start; i < end; i++) {
            char c = ref[i];
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }
}
