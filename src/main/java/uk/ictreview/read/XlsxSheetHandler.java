package uk.ictreview.read;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns one worksheet's XML into {@link RawRow}s. Much faster than POI's own sheet handler because it builds
 * no rich-text objects and decides date-ness once per style, not per cell (see STACK.md). Formula cells are
 * read by their cached value, which is what {@code <v>} holds.
 */
final class XlsxSheetHandler extends DefaultHandler {
    private final String[] sharedStrings;
    private final boolean[] dateStyle;
    private final boolean[] percentStyle;
    private final boolean date1904;
    private final Consumer<RawRow> sink;

    private final StringBuilder value = new StringBuilder();
    private List<RawCell> cells = new ArrayList<>();
    private int rowNumber;
    private int nextColumn;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean sawValue;

    XlsxSheetHandler(
            String[] sharedStrings,
            boolean[] dateStyle,
            boolean[] percentStyle,
            boolean date1904,
            Consumer<RawRow> sink) {
        this.sharedStrings = sharedStrings;
        this.dateStyle = dateStyle;
        this.percentStyle = percentStyle;
        this.date1904 = date1904;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> startRow(atts.getValue("r"));
            case "c" -> startCell(atts);
            case "v" -> startValue(false);
            case "t" -> {
                if ("inlineStr".equals(type)) {
                    startValue(true);
                }
            }
            case "is" -> sawValue = true;
            default -> {}
        }
    }

    private void startRow(String r) {
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        nextColumn = 0;
        cells = new ArrayList<>();
    }

    private void startCell(Attributes atts) {
        String ref = atts.getValue("r");
        column = ref == null ? nextColumn : columnOf(ref);
        nextColumn = column + 1;
        type = atts.getValue("t");
        String s = atts.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        value.setLength(0);
        sawValue = false;
    }

    private void startValue(boolean inline) {
        inValue = !inline;
        inInlineText = inline;
        sawValue = true;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "c" -> {
                if (sawValue) {
                    cells.add(cell());
                }
            }
            case "row" -> sink.accept(new RawRow(rowNumber, cells));
            default -> {}
        }
    }

    private RawCell cell() {
        String v = value.toString();
        if (type == null || type.equals("n")) {
            return numberCell(v);
        }
        return switch (type) {
            case "s" -> RawCell.text(column, sharedStrings[Integer.parseInt(v.trim())]);
            case "inlineStr", "str" -> RawCell.text(column, v);
            case "b" -> RawCell.bool(column, v.trim().equals("1") || v.trim().equalsIgnoreCase("true"));
            case "e" -> RawCell.error(column, v);
            case "d" -> RawCell.text(column, v);
            default -> RawCell.text(column, v);
        };
    }

    private RawCell numberCell(String v) {
        if (v.isBlank()) {
            return RawCell.blank(column);
        }
        double d = Double.parseDouble(v);
        if (style < dateStyle.length && dateStyle[style] && DateUtil.isValidExcelDate(d)) {
            LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
            return RawCell.dateTime(column, t);
        }
        return RawCell.number(column, d, style < percentStyle.length && percentStyle[style]);
    }

    /** "AB12" -> 27. */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }
}
