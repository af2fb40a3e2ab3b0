package uk.ictreview.hostile;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The output invariants of the hostile corpus: no CSV field a spreadsheet runs, no link a reader can be sent by. */
final class Inert {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?%?");

    private Inert() {}

    /** True when a spreadsheet shows the field as text or a number, never as a formula. */
    static boolean csvField(String f) {
        if (f.isEmpty() || f.equals("-")) {
            return true;
        }
        char c = f.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return !risky
                || f.chars().anyMatch(Character::isDigit) && NUMBER.matcher(f).matches();
    }

    /** Every field of every CSV file in the folder that a spreadsheet would run (should be none). */
    static List<String> activeCsvFields(Path folder) throws IOException {
        List<String> active = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                String text = Files.readString(csv);
                for (CSVRecord rec : CSVFormat.RFC4180.parse(new StringReader(text))) {
                    for (String field : rec) {
                        if (!csvField(field)) {
                            active.add(csv.getFileName() + ": " + field);
                        }
                    }
                }
            }
        }
        return active;
    }

    /** The href of every link, image or other fetched address that is not http, https, mailto or a fragment. */
    static List<String> activeLinks(Document doc) {
        List<String> bad = new ArrayList<>();
        for (Element e : doc.select("[href], [src], [xlink:href], [action], [formaction]")) {
            for (String attr : List.of("href", "src", "xlink:href", "action", "formaction")) {
                if (e.hasAttr(attr) && !safe(e.attr(attr), e.tagName().equals("a"))) {
                    bad.add(e.tagName() + " " + attr + "=" + e.attr(attr));
                }
            }
        }
        return bad;
    }

    private static boolean safe(String url, boolean link) {
        String u = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        if (u.startsWith("#") || u.startsWith("data:image/svg") && !link) {
            return true;
        }
        return link && (u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:"));
    }

    /** True when the text holds a Java stack trace. */
    static boolean hasStackTrace(String text) {
        return text.contains("\tat ")
                || text.contains("    at ")
                || text.contains("Exception:")
                || text.contains("Error:") && text.contains("java.");
    }
}
