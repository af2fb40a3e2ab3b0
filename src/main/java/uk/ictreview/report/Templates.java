package uk.ictreview.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The Freemarker templates of the reports. The bundled templates live in the jar; a school's own folder
 * ({@code --templates DIR}) is searched first, so a copy of any one template overrides it. Output format is
 * HTML, so every value from a spreadsheet is escaped.
 */
public final class Templates {
    public static final String RESOURCE_ROOT = "/uk/ictreview/templates";
    /** Every template the reports use, as paths under the templates folder: each area's follow from its id. */
    public static final java.util.List<String> NAMES = names();

    private static java.util.List<String> names() {
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of("report.ftlh", "common.ftlh"));
        out.add("report.css");
        out.add("pack.css");
        for (String id : Sections.ids()) {
            out.add("sections/" + id + ".ftlh");
            out.add("sections/" + id + ".css");
        }
        out.add("trust.ftlh");
        out.add("trust.css");
        return java.util.List.copyOf(out);
    }

    /**
     * Files in a school's templates folder that no report uses, each with the likely intended place: a copy of
     * sla.ftlh at the top of the folder instead of under sections/ would otherwise be ignored without a word.
     */
    public static java.util.List<String> unused(Path dir) throws IOException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path f :
                    files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                if (NAMES.contains(rel) || !(rel.endsWith(".ftlh") || rel.endsWith(".css"))) {
                    continue;
                }
                String name = f.getFileName().toString();
                String hint = NAMES.stream()
                        .filter(n -> n.endsWith("/" + name) || n.equals(name))
                        .findFirst()
                        .map(n -> ": did you mean " + n + "?")
                        .orElse(": the templates are " + String.join(", ", NAMES));
                out.add(rel + " is not a template ictreview uses" + hint);
            }
        }
        return out;
    }

    private final Configuration cfg;

    public Templates(Path overrideDir) throws IOException {
        cfg = new Configuration(new Version(2, 3, 34));
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrideDir != null) {
            loaders.add(new FileTemplateLoader(overrideDir.toFile()));
        }
        loaders.add(new ClassTemplateLoader(Templates.class, RESOURCE_ROOT));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.UK);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        // Counts in sentences and tables grouped the UK way ("1,271"); fractions as they are (up to 10 places).
        cfg.setNumberFormat(",##0.##########");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
    }

    /**
     * The templates for a school's {@code --templates} folder, or, when it is null, the bundled templates, made
     * once per JVM and shared: a Freemarker configuration is safe to share between threads once set up, and a
     * template parsed once (by {@link #warmUp()}, or by the first school of a build-all) is not parsed again.
     */
    public static Templates of(Path overrideDir) throws IOException {
        if (overrideDir != null) {
            return new Templates(overrideDir);
        }
        Templates t = bundled;
        if (t == null) {
            synchronized (Templates.class) {
                t = bundled;
                if (t == null) {
                    // not a holder class: a failure here is thrown to each caller as it is, never cached as a
                    // NoClassDefFoundError that would hide it
                    t = new Templates(null);
                    bundled = t;
                }
            }
        }
        return t;
    }

    /** The bundled templates, once made. */
    private static volatile Templates bundled;

    /**
     * Parses every bundled template into the shared set ({@link #of(Path)}): run on the spare core while a school
     * is read, so the school's own pages find them parsed (see docs/performance.md). What a template makes does not
     * depend on when it was parsed.
     */
    public static void warmUp() throws IOException {
        Templates t = of(null);
        for (String name : NAMES) {
            if (name.endsWith(".ftlh")) {
                t.cfg.getTemplate(name);
            }
        }
    }

    /** Renders a template; a broken template is reported with its name, line and column. */
    public String render(String name, Map<String, Object> data) throws ReportException {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter();
            t.process(data, out);
            return out.toString();
        } catch (ParseException e) {
            throw new ReportException(place(e), e);
        } catch (TemplateException e) {
            throw new ReportException(located(e), e);
        } catch (IOException e) {
            throw new ReportException("template " + name + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * "template NAME line L, column C: what", for the template at fault: when report.ftlh includes a copied
     * section template that does not parse, Freemarker's own message stops at "Template inclusion failed", so the
     * cause chain is walked to the included template's own error, and the line that included it is added.
     */
    static String located(TemplateException e) {
        Exception inner = e;
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof TemplateException || c instanceof ParseException) {
                inner = (Exception) c;
            }
        }
        if (inner == e) {
            return place(e);
        }
        String including = "template " + e.getTemplateSourceName() + " line " + e.getLineNumber();
        return place(inner) + " (included from " + including + ")";
    }

    private static String place(Exception x) {
        if (x instanceof ParseException p) {
            return "template " + p.getTemplateName() + " line " + p.getLineNumber() + ", column " + p.getColumnNumber()
                    + ": " + firstLine(p.getEditorMessage());
        }
        TemplateException t = (TemplateException) x;
        return "template " + t.getTemplateSourceName() + " line " + t.getLineNumber() + ", column "
                + t.getColumnNumber() + ": " + what(t);
    }

    /** What went wrong, naming the expression when Freemarker blames one ("r.schoolName is missing"). */
    private static String what(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        if (e instanceof freemarker.core.InvalidReferenceException && blamed != null) {
            return blamed + " is missing or null: the report has no such value (check its spelling against the"
                    + " bundled template)";
        }
        String first = firstLine(e.getMessageWithoutStackTop());
        return blamed == null ? first : first + " (" + blamed + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
