package uk.ictreview.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trust comparison's heading: trust.md beside the school folders names the trust (issue 12 point 9). */
class TrustNameTest {
    @Test
    void aTrustLineWinsOverAHeadingAndQuotesAreDropped() {
        assertThat(TrustName.fromLines(List.of("# Our schools", "trust: \"Oakfield Learning Trust\"")))
                .isEqualTo("Oakfield Learning Trust");
        assertThat(TrustName.fromLines(List.of("\uFEFF# Oakfield Learning Trust ##", "", "Notes.")))
                .isEqualTo("Oakfield Learning Trust");
        assertThat(TrustName.fromLines(List.of("Trust: Oakfield"))).isEqualTo("Oakfield");
        // A sub-heading is not the name; nor is an empty value.
        assertThat(TrustName.fromLines(List.of("## Minutes", "trust:"))).isNull();
    }

    @Test
    void withoutTrustMdTheFolderNamesTheTrustQuietly(@TempDir Path dir) {
        assertThat(TrustName.of(dir, "oakfield")).isEqualTo(new TrustName("oakfield", null));
    }

    @Test
    void aTrustMdThatNamesNothingIsSaidOnScreen(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trust.md");
        Files.writeString(file, "Minutes of the board.\n", StandardCharsets.UTF_8);
        TrustName n = TrustName.of(dir, "oakfield");
        assertThat(n.name()).isEqualTo("oakfield");
        assertThat(n.note())
                .isEqualTo("warning: " + file.toAbsolutePath() + " gives no name: expected a line 'trust: Name of"
                        + " the trust' or '# Name'; the comparison is headed 'oakfield', the folder's name");
    }

    @Test
    void aNameInTrustMdIsUsed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("trust.md"), "trust: Oakfield Learning Trust\n", StandardCharsets.UTF_8);
        assertThat(TrustName.of(dir, "oakfield")).isEqualTo(new TrustName("Oakfield Learning Trust", null));
    }

    @Test
    void aHugeTrustMdIsNotReadAndAPastedParagraphIsNoName(@TempDir Path dir) throws IOException {
        // hostile: a 100 MB trust.md (sparse, so the test writes almost nothing) is refused by its size, unread
        Path file = dir.resolve("trust.md");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        TrustName n = TrustName.of(dir, "oakfield");
        assertThat(n.name()).isEqualTo("oakfield");
        assertThat(n.note())
                .isEqualTo("warning: " + file.toAbsolutePath() + " is larger than 64 KB, so it was not read; the"
                        + " comparison is headed 'oakfield', the folder's name");
        // a name of 121 characters is a pasted paragraph, not a name; markup stays text (the page escapes it)
        assertThat(TrustName.fromLines(List.of("trust: " + "x".repeat(121)))).isNull();
        assertThat(TrustName.fromLines(List.of("# <script>alert(1)</script>"))).isEqualTo("<script>alert(1)</script>");
    }
}
