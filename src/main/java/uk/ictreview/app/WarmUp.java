package uk.ictreview.app;

import java.util.concurrent.atomic.AtomicBoolean;
import uk.ictreview.report.Templates;
import uk.ictreview.report.charts.ChartRenderer;
import uk.ictreview.report.pdf.PdfReport;
import uk.ictreview.workbook.audit.AuditWorkbook;

/**
 * Readies, on the machine's spare core, the code a build needs once the school has been read. A school's build is
 * short, so most of its time would otherwise go on loading and compiling code the first time it runs (the PDF's
 * layout, the fonts, the charts, the templates, the workbook writer), one after another on the main thread, while
 * the second core waits for the school to be read. Here the same code runs once on made-up content, from the
 * start of the build, and what it makes is thrown away (see docs/performance.md for the figures).
 *
 * <p>Nothing a build writes depends on it: each step makes its own objects, and the only thing shared is what the
 * libraries keep for every caller (loaded classes, compiled code, OpenPDF's cache of the bundled fonts). A step
 * that fails is ignored: the build itself then meets the same problem and reports it. Once per JVM, and only where
 * there is a second core to use.
 */
final class WarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WarmUp() {}

    /** Starts the warm-up on a thread of its own, the first time it is called in this JVM. */
    static void start() {
        if (Runtime.getRuntime().availableProcessors() < 2 || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(WarmUp::run, "ictreview-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The steps, in the order the build needs them: charts and templates, then the PDF, then the workbook. */
    static void run() {
        step(() -> ChartRenderer.svg(ChartRenderer.sample()));
        step(Templates::warmUp);
        step(() -> PdfReport.warmUp(ChartRenderer.sample()));
        step(AuditWorkbook::warmUp);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void step(Step s) {
        try {
            s.run();
        } catch (Exception | LinkageError e) {
            // ignored: see the class comment
        }
    }
}
