package uk.ictreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.ictreview.report.markdown.Markdown;

class MarkdownTest {
    @Test
    void theHighestHeadingBecomesAnH3AndNoLevelIsSkipped() {
        Document a = Jsoup.parseBodyFragment(Markdown.toXhtml("# One\n\n## Two\n"));
        assertThat(a.select("h3").text()).isEqualTo("One");
        assertThat(a.select("h4").text()).isEqualTo("Two");
        Document b = Jsoup.parseBodyFragment(Markdown.toXhtml("## Starts at two\n\n### Three\n"));
        assertThat(b.select("h3").text()).isEqualTo("Starts at two");
        assertThat(b.select("h4").text()).isEqualTo("Three");
    }

    @Test
    void rawHtmlIsEscapedAndTableHeadersAreScoped() {
        String x = Markdown.toXhtml("<b onclick=\"x()\">hi</b>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertThat(x).doesNotContain("<b").contains("&lt;b onclick=");
        assertThat(Jsoup.parseBodyFragment(x).select("thead th[scope=col]")).hasSize(2);
    }

    @Test
    void theResultIsWellFormedXml() {
        String x = Markdown.toXhtml("Line one  \nline two & *three*\n\n---\n");
        assertThat(x).contains("<br />").contains("<hr />").contains("&amp;");
    }

    @Test
    void aFirstHeadingThatOnlySaysCommentaryIsDropped() {
        Document d = Jsoup.parseBodyFragment(Markdown.commentary("# Commentary\n\n## What went well\n\nMuch.\n"));
        assertThat(d.select("h3").eachText()).containsExactly("What went well");
        Document kept = Jsoup.parseBodyFragment(Markdown.commentary("# Commentary from the bursar\n\nMuch.\n"));
        assertThat(kept.select("h3").eachText()).containsExactly("Commentary from the bursar");
    }
}
