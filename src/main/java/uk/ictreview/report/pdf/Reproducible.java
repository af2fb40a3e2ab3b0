package uk.ictreview.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Random;
import java.util.TimeZone;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * What makes two builds of the same data give the same PDF bytes. OpenPDF would otherwise write three things
 * that change from run to run: the creation date (the clock), the file's /ID (a digest of the time and memory)
 * and each embedded font's subset tag (six random capitals, {@code PRZNRB+DejaVuSans}). Here the date is the
 * period's last day (what the pack describes, not when it was made), the /ID a digest of the laid-out XHTML,
 * and each font's tag fixed by the font's name.
 */
final class Reproducible {
    private Reproducible() {}

    /** Adds the bundled fonts, each with a subset tag fixed by its name. */
    static void addFonts(ITextFontResolver fonts, String... files) throws IOException, DocumentException {
        for (String f : files) {
            URL url = PdfReport.class.getResource("/uk/ictreview/fonts/" + f);
            if (url == null) {
                throw new IOException("the font " + f + " is missing from the jar");
            }
            fonts.addFont(url.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }
        for (FontFamily family : fonts.getFonts().values()) {
            for (FontDescription d : family.getFontDescriptions()) {
                BaseFont font = d.getFont();
                font.setSecureRandom(new FixedTags(font.getPostscriptFontName()));
            }
        }
    }

    /** Sets the creation and modification dates and the /ID when the document is closed. */
    static void fixDateAndId(ITextRenderer renderer, LocalDate day, String xhtml) {
        renderer.setListener(new DefaultPDFCreationListener() {
            @Override
            public void onClose(ITextRenderer r) {
                PdfDictionary info = r.getWriter().getInfo();
                PdfDate date = new PdfDate(midnightUtc(day));
                info.put(PdfName.CREATIONDATE, date);
                info.put(PdfName.MODDATE, date);
                byte[] id = digest(xhtml);
                // OpenPDF uses an Info entry /FileID, when present, as the trailer's /ID
                info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            }
        });
    }

    private static Calendar midnightUtc(LocalDate day) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        c.clear();
        c.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static byte[] digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            byte[] id = new byte[16];
            System.arraycopy(sha, 0, id, 0, 16);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is part of every Java runtime", e));
        }
    }

    /**
     * The "random" source of one font's subset tag. OpenPDF draws a tag's six letters with six calls of
     * {@code nextDouble()}; these return the six letters of a tag fixed by the font's name, in turn. The font is
     * shared by every renderer in the JVM (OpenPDF caches it), so the turn is kept per thread: builds running side
     * by side (build-all) each draw whole tags, in step.
     */
    private static final class FixedTags extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final double[] letters = new double[6];
        /** Per thread, not per instance: a font's generator may be replaced between two builds' draws. */
        private static final ThreadLocal<int[]> TURN = ThreadLocal.withInitial(() -> new int[1]);

        FixedTags(String fontName) {
            Random r = new Random(fontName.hashCode());
            for (int i = 0; i < letters.length; i++) {
                letters[i] = r.nextDouble();
            }
        }

        @Override
        public double nextDouble() {
            int[] t = TURN.get();
            double d = letters[t[0]];
            t[0] = (t[0] + 1) % letters.length;
            return d;
        }
    }
}
