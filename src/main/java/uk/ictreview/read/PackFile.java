package uk.ictreview.read;

import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.PackSettings;
import uk.ictreview.model.Period;
import uk.ictreview.model.StaffNames;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/**
 * Reads {@code pack.md}: YAML front matter (the build's settings, SPEC 3) and a Markdown body (the commentary).
 * A bad value is a warning naming the key (and, for broken YAML, the line), what was found and what was expected;
 * the default is then used, so one typo does not stop the pack: a warning, because the build goes on. A missing pack.md means every default applies (a note says so).
 */
public final class PackFile {
    public static final String FILE = "pack.md";
    /** The opening words of the commentary in the blank pack.md that init writes. */
    static final String PLACEHOLDER = "Replace this text with your own.";

    private static final TemplateCommentary TEMPLATE = TemplateCommentary.bundled(PLACEHOLDER);

    private static final Set<String> KEYS = Set.of(
            "school",
            "period",
            "from",
            "to",
            "financial-year-start",
            "horizon-years",
            "staff-names",
            "previous-period",
            "bank-holidays");

    /** Every key pack.md may hold: the build's settings and the standards' facts (SPEC 3, 9). */
    private static final Set<String> ALL_KEYS = union(KEYS, PackFacts.KEYS);

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private PackFile() {}

    public static PackSettings read(Path schoolDir, Diagnostics diags) throws IOException {
        Path file = schoolDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            diags.note(
                    Place.file(FILE),
                    "no pack.md in the school folder: every setting takes its default and the pack has no commentary");
            return PackSettings.defaults();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            diags.warning(
                    Place.file(FILE),
                    "is not UTF-8 text: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8); every setting takes its"
                            + " default and the pack has no commentary");
            return PackSettings.defaults();
        }
        return parse(text, diags);
    }

    /** Parses the text of a pack.md. */
    public static PackSettings parse(String text, Diagnostics diags) {
        String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalised = normalised.replace("\r\n", "\n");
        normalised = MarkdownNesting.flatten(normalised, diags); // before any parser: deep nesting exhausts its stack
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()));
        Parser parser = Parser.builder(options).build();
        Document doc = parser.parse(normalised);
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(doc);
        Map<String, List<String>> front = visitor.getData();
        String body = normalised;
        var block = doc.getFirstChild();
        if (block instanceof YamlFrontMatterBlock) {
            body = normalised.substring(block.getEndOffset()).replaceFirst("^\\s*\\n", "");
        }
        if (normalised.startsWith("---") && !hasClosingLine(normalised)) {
            diags.warning(
                    Place.file(FILE),
                    "the settings at the top start with a line of --- but no line of --- closes them, so neither the"
                            + " settings nor the commentary could be read: add a line of exactly --- after the last setting;"
                            + " every setting takes its default");
            return PackSettings.defaults();
        }
        body = withoutTemplateText(body, diags);
        Map<String, List<String>> checked = new java.util.LinkedHashMap<>(front);
        FrontMatterLint.check(normalised, diags).forEach(checked::remove);
        return settings(checked, body, diags);
    }

    /**
     * The commentary without the blank template's guidance (TemplateCommentary has the rule), with a warning: the
     * pack must not print "Replace this text with your own" as if it were the school's words, and the build says so
     * plainly rather than leaving the governors to find it.
     */
    private static String withoutTemplateText(String body, Diagnostics diags) {
        TemplateCommentary.Stripped s = TEMPLATE.strip(body);
        if (s.templateParagraphs() == 0) {
            return body;
        }
        String quote = "\"" + shorten(s.firstFound().replaceAll("[*_]", "").replaceAll("\\s+", " ")) + "\"";
        if (s.nothingLeft()) {
            diags.warning(
                    Place.file(FILE),
                    "the commentary is still the template's text (" + quote + "), so the pack has no commentary:"
                            + " write your own words for the governors below the settings, in place of the template's");
        } else {
            int n = s.templateParagraphs();
            diags.warning(
                    Place.file(FILE),
                    "the commentary still holds " + n + " paragraph" + (n == 1 ? "" : "s")
                            + " of the template's guidance (" + quote + "), left out of the pack: replace "
                            + (n == 1 ? "it" : "them") + " with your own words, or delete " + (n == 1 ? "it" : "them"));
        }
        return s.markdown();
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() <= 60 ? t : t.substring(0, t.lastIndexOf(' ', 57)) + " ...";
    }

    /** True when a line of {@code ---} (or {@code ...}) after the first closes the front matter. */
    private static boolean hasClosingLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                return true;
            }
        }
        return false;
    }

    private static PackSettings settings(Map<String, List<String>> front, String body, Diagnostics diags) {
        PackSettings d = PackSettings.defaults();
        for (String key : front.keySet()) {
            if (!ALL_KEYS.contains(key)) {
                diags.warning(
                        Place.file(FILE),
                        "front matter key '" + key + "' is not known and was ignored; known keys: "
                                + String.join(
                                        ", ",
                                        ALL_KEYS.stream()
                                                .filter(k -> !k.equals("from") && !k.equals("to"))
                                                .sorted()
                                                .toList()));
            }
        }
        String school = one(front, "school");
        Period period = period(front, diags);
        Month fy = d.financialYearStart();
        String fyText = one(front, "financial-year-start");
        if (fyText != null) {
            try {
                fy = Month.valueOf(fyText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                bad(diags, "financial-year-start", fyText, "a month name such as April or September");
            }
        }
        int horizon = horizon(one(front, "horizon-years"), d.horizonYears(), diags);
        StaffNames names = d.staffNames();
        String namesText = one(front, "staff-names");
        if (namesText != null) {
            names = StaffNames.parse(namesText).orElseGet(() -> {
                bad(diags, "staff-names", namesText, "hidden or shown");
                return d.staffNames();
            });
        }
        boolean compare = true;
        String prev = one(front, "previous-period");
        if (prev != null && !prev.equalsIgnoreCase("auto")) {
            if (prev.equalsIgnoreCase("none") || prev.equalsIgnoreCase("off")) {
                compare = false;
            } else {
                bad(diags, "previous-period", prev, "auto or none");
            }
        }
        BankHolidayRegion region = d.bankHolidays();
        String bh = one(front, "bank-holidays");
        if (bh != null) {
            region = BankHolidayRegion.parse(bh).orElseGet(() -> {
                bad(diags, "bank-holidays", bh, "england-and-wales, scotland, northern-ireland or none");
                return d.bankHolidays();
            });
        }
        return new PackSettings(
                school, period, fy, horizon, names, compare, region, body, PackFacts.read(front, diags));
    }

    private static int horizon(String text, int dflt, Diagnostics diags) {
        if (text == null) {
            return dflt;
        }
        try {
            int h = Integer.parseInt(text.trim());
            if (h >= PackSettings.MIN_HORIZON && h <= PackSettings.MAX_HORIZON) {
                return h;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        bad(diags, "horizon-years", text, "a whole number of years from 3 to 10");
        return dflt;
    }

    /**
     * The period: flexmark's YAML reader flattens nested keys, so {@code period:} with indented {@code from:} and
     * {@code to:} arrive as the keys "from" and "to". Both must be given, as ISO dates.
     */
    private static Period period(Map<String, List<String>> front, Diagnostics diags) {
        String from = one(front, "from");
        String to = one(front, "to");
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null) {
            diags.warning(
                    Place.file(FILE),
                    "period needs both from and to (found only " + (from == null ? "to" : "from")
                            + "); the default period is used");
            return null;
        }
        try {
            LocalDate f = day(from);
            LocalDate t = day(to);
            if (t.isBefore(f)) {
                diags.warning(
                        Place.file(FILE),
                        "period to (" + t + ") is before from (" + f + "); the default period is used");
                return null;
            }
            if (f.getYear() < Plausible.LOGGED_FROM_YEAR) {
                // as a call logged before 1990: a typing slip, and a period from year 1 would count days for ever
                diags.warning(
                        Place.file(FILE),
                        "period from (" + f + ") is before " + Plausible.LOGGED_FROM_YEAR
                                + ", earlier than any school's"
                                + " service desk log: most likely a typing slip; the default period is used");
                return null;
            }
            return new Period(f, t);
        } catch (DateTimeParseException e) {
            bad(diags, "period", from + " to " + to, "dates written as 2026-04-13 or 13/04/2026");
            return null;
        }
    }

    /** 2026-04-13 or 13/04/2026, as the workbooks accept; never month-first. */
    private static LocalDate day(String text) {
        String t = text.trim();
        return t.contains("/")
                ? LocalDate.parse(t, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT))
                : LocalDate.parse(t);
    }

    static String one(Map<String, List<String>> front, String key) {
        List<String> v = front.get(key);
        if (v == null || v.isEmpty()) {
            return null;
        }
        String s = withoutComment(v.get(0).trim());
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }

    /**
     * The value without a YAML comment after it: flexmark's reader keeps {@code April  # or September} whole, so
     * {@code financial-year-start: April  # September for academies} (as README shows it) read as a bad month. A
     * {@code #} starts a comment at the start of the value or after a space, outside quotes (as FrontMatterLint).
     */
    static String withoutComment(String value) {
        if (value.startsWith("#")) {
            return "";
        }
        if (value.startsWith("\"") || value.startsWith("'")) {
            int close = value.indexOf(value.charAt(0), 1);
            String rest = close < 0 ? "x" : value.substring(close + 1).strip();
            return rest.isEmpty() || rest.startsWith("#") ? value.substring(0, close + 1) : value;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s#").matcher(value);
        return m.find() ? value.substring(0, m.start()).strip() : value;
    }

    private static void bad(Diagnostics diags, String key, String found, String expected) {
        diags.warning(
                Place.file(FILE),
                key + " '" + found + "' is not valid: expected " + expected + "; the default is used");
    }
}
