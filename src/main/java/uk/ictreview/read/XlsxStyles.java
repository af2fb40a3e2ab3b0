package uk.ictreview.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of an .xlsx show dates and which show percentages, read from {@code styles.xml} with a small
 * SAX handler. POI's StylesTable would do the same through XMLBeans, whose schema loading costs the tool most of
 * a second at every start.
 */
final class XlsxStyles extends DefaultHandler {
    private final Map<Integer, String> customFormats = new HashMap<>();
    private final List<Integer> xfFormats = new ArrayList<>();
    private boolean inCellXfs;

    /** Reads styles.xml; a workbook without one has no date or percent styles. */
    static XlsxStyles read(InputStream stylesXml, XmlParse parse) throws Exception {
        XlsxStyles s = new XlsxStyles();
        if (stylesXml != null) {
            parse.parse(stylesXml, s);
        }
        return s;
    }

    /** How the SAX parser is invoked, so this class shares the reader's hardened parser settings. */
    interface XmlParse {
        void parse(InputStream in, DefaultHandler handler) throws Exception;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "numFmt" -> {
                String id = atts.getValue("numFmtId");
                if (id != null) {
                    customFormats.put(Integer.parseInt(id), atts.getValue("formatCode"));
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    String id = atts.getValue("numFmtId");
                    xfFormats.add(id == null ? 0 : Integer.parseInt(id));
                }
            }
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    boolean[] dateStyles() {
        boolean[] out = new boolean[xfFormats.size()];
        for (int i = 0; i < out.length; i++) {
            int id = xfFormats.get(i);
            out[i] = DateUtil.isADateFormat(id, format(id));
        }
        return out;
    }

    boolean[] percentStyles() {
        boolean[] out = new boolean[xfFormats.size()];
        for (int i = 0; i < out.length; i++) {
            String f = format(xfFormats.get(i));
            out[i] = f != null && f.contains("%");
        }
        return out;
    }

    private String format(int id) {
        String custom = customFormats.get(id);
        return custom != null ? custom : BuiltinFormats.getBuiltinFormat(id);
    }
}
