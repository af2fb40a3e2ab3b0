package uk.ictreview.read;

import org.apache.poi.EncryptedDocumentException;

/** Turns what POI throws on a bad file into a message a school business manager can act on. */
final class Failures {
    static final String PASSWORD =
            "cannot be read: it is password-protected. Save a copy without a password and try again.";

    private Failures() {}

    static UnreadableWorkbookException unreadable(String file, Throwable e) {
        if (e instanceof UnreadableWorkbookException u) {
            return u;
        }
        if (e instanceof EncryptedDocumentException) {
            return new UnreadableWorkbookException(file, PASSWORD, e);
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("Zip bomb")) {
            return new UnreadableWorkbookException(
                    file,
                    "cannot be read: it expands to more than 100 times its size when unzipped, which real workbooks never do,"
                            + " so it was refused as a possible zip bomb. Open it in Excel, save it again and try again.",
                    e);
        }
        return new UnreadableWorkbookException(
                file,
                "cannot be read: it is damaged or not a complete Excel workbook (" + firstLine(m)
                        + "). Open it in Excel, save it again as .xlsx and try again.",
                e);
    }

    /**
     * A runtime exception from POI or the XML parser is a bad file; one from our own code is a bug and must
     * not be dressed up as the user's problem.
     */
    static UnreadableWorkbookException unreadableOrRethrow(String file, RuntimeException e) {
        String cls = e.getClass().getName();
        if (cls.startsWith("org.apache.poi.")
                || cls.startsWith("org.apache.xmlbeans.")
                // Aalto finds a part cut off inside a cell's text only when the text is asked for, and throws it
                // unchecked there, with the parser's own XMLStreamException as its cause
                || cls.startsWith("com.fasterxml.aalto.")
                || e.getCause() instanceof javax.xml.stream.XMLStreamException
                || cls.startsWith("java.util.zip.")
                || cls.startsWith("org.apache.commons.compress.")
                || e instanceof NumberFormatException
                || e instanceof ArrayIndexOutOfBoundsException
                || e.getClass() == IllegalArgumentException.class
                || e instanceof IllegalStateException) {
            return unreadable(file, e);
        }
        throw e;
    }

    private static String firstLine(String m) {
        String s = m.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
