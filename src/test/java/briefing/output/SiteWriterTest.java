package briefing.output;

import briefing.diagnostic.BuildFailedException;
import briefing.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteWriterTest {

    @TempDir
    Path tmp;

    static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesTheWholeOutputAndLeavesNoStagingBehind() throws Exception {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter(out);
        writer.write(List.of(file("index.html", "one"), file("old/page.html", "old")));
        writer.write(List.of(file("index.html", "two"), file("a/b/index.html", "deep")));
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
        assertThat(Files.readString(out.resolve("a/b/index.html"))).isEqualTo("deep");
        assertThat(out.resolve("old")).doesNotExist();
        try (var entries = Files.list(tmp)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactly("site");
        }
    }

    @Test
    void aSecondWriteOfTheSameBytesRewritesNoFileAndKeepsModificationTimes() throws Exception {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter(out);
        assertThat(writer.write(List.of(file("index.html", "same"), file("a/page.html", "v1"))))
                .isEqualTo(new SiteWriter.Written(2, 0));
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("index.html"), old);
        Object inode = Files.readAttributes(out.resolve("index.html"), "unix:ino").get("ino");

        SiteWriter.Written second = writer.write(List.of(file("index.html", "same"), file("a/page.html", "v2")));

        assertThat(second).isEqualTo(new SiteWriter.Written(1, 1));
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(old);
        assertThat(Files.readAttributes(out.resolve("index.html"), "unix:ino").get("ino")).isEqualTo(inode);
        assertThat(Files.readString(out.resolve("a/page.html"))).isEqualTo("v2");
    }

    @Test
    void refusesPathsThatEscapeTheOutputAndKeepsThePreviousSite() throws Exception {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter(out);
        writer.write(List.of(file("index.html", "good")));
        assertThatThrownBy(() -> writer.write(List.of(file("x.html", "x"), file("../evil.html", "evil"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("escapes");
        assertThat(tmp.resolve("evil.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("good");
        assertThat(out.resolve("x.html")).doesNotExist();
    }

    @Test
    void restoresThePreviousSiteWhenAKilledBuildLeftItRetired() throws Exception {
        Path retired = Files.createDirectories(tmp.resolve(".retired-site-x"));
        Files.writeString(retired.resolve("index.html"), "previous");
        Files.createDirectories(tmp.resolve(".staging-site-y"));
        new SiteWriter(tmp.resolve("site")).write(List.of(file("index.html", "next")));
        assertThat(Files.readString(tmp.resolve("site/index.html"))).isEqualTo("next");
        assertThat(tmp.resolve(".retired-site-x")).doesNotExist();
        assertThat(tmp.resolve(".staging-site-y")).doesNotExist();
    }

    @Test
    void refusesToReplaceAFolderHoldingInputsOrAProject() throws Exception {
        Files.createDirectories(tmp.resolve("proj/content"));
        assertThatThrownBy(() -> new SiteWriter(tmp.resolve("proj"))
                .checkSafe("proj", List.of(tmp.resolve("proj/content"))))
                .isInstanceOf(BuildFailedException.class).hasMessageContaining("contains the input folder");
        Files.createDirectories(tmp.resolve("repo/.git"));
        assertThatThrownBy(() -> new SiteWriter(tmp.resolve("repo")).checkSafe("repo", List.of()))
                .isInstanceOf(BuildFailedException.class).hasMessageContaining("looks like a project");
    }
}
