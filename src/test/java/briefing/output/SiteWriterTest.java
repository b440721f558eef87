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
    void manyFilesWrittenOnBothCoresAreAllThereAndAPathGivenTwiceKeepsItsLastFile() throws Exception {
        Path out = tmp.resolve("site");
        List<OutputFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            files.add(file("briefings/b" + i + "/index.html", "page " + i));
        }
        files.add(file("briefings/b7/index.html", "page 7, again"));
        assertThat(new SiteWriter(out).write(files)).isEqualTo(new SiteWriter.Written(500, 0));
        for (int i = 0; i < 500; i++) {
            assertThat(Files.readString(out.resolve("briefings/b" + i + "/index.html")))
                    .isEqualTo(i == 7 ? "page 7, again" : "page " + i);
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
        Files.writeString(retired.resolve(OutputGuard.MARKER), "");
        Files.createDirectories(tmp.resolve(".staging-site-y"));
        new SiteWriter(tmp.resolve("site")).write(List.of(file("index.html", "next")));
        assertThat(Files.readString(tmp.resolve("site/index.html"))).isEqualTo("next");
        assertThat(tmp.resolve(".retired-site-x")).doesNotExist();
        assertThat(tmp.resolve(".staging-site-y")).doesNotExist();
    }

    @Test
    void refusesToReplaceAFolderHoldingInputsOrAProject() throws Exception {
        Files.createDirectories(tmp.resolve("proj/content"));
        OutputGuard guard = new OutputGuard(List.of(), List.of(new OutputGuard.Input(tmp.resolve("proj/content"),
                "the content folder")), null, false);
        assertThatThrownBy(() -> new SiteWriter(tmp.resolve("proj"), "proj", guard).write(List.of()))
                .isInstanceOf(BuildFailedException.class).hasMessageContaining("it contains the content folder");
        Files.createDirectories(tmp.resolve("repo/.git"));
        assertThatThrownBy(() -> new SiteWriter(tmp.resolve("repo")).write(List.of()))
                .isInstanceOf(BuildFailedException.class).hasMessageContaining("it is a git repository");
    }

    @Test
    void anUpdateReplacesOnlyChangedFilesInPlaceAndRemovesFilesThatAreGone() throws Exception {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter(out);
        OutputFile kept = file("index.html", "home");
        writer.write(List.of(kept, file("a/page.html", "v1"), file("gone/deep/old.html", "old")));
        Object folder = Files.readAttributes(out, "unix:ino").get("ino");
        Object keptInode = Files.readAttributes(out.resolve("index.html"), "unix:ino").get("ino");
        java.nio.file.attribute.FileTime keptTime = Files.getLastModifiedTime(out.resolve("index.html"));

        SiteWriter.Written written = writer.update(List.of(kept, file("a/page.html", "v2"), file("b/new.html", "new")));

        assertThat(written).isEqualTo(new SiteWriter.Written(2, 1));
        assertThat(Files.readAttributes(out, "unix:ino").get("ino")).as("no swap: the same folder").isEqualTo(folder);
        assertThat(Files.readAttributes(out.resolve("index.html"), "unix:ino").get("ino")).isEqualTo(keptInode);
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(keptTime);
        assertThat(Files.readString(out.resolve("a/page.html"))).isEqualTo("v2");
        assertThat(Files.readString(out.resolve("b/new.html"))).isEqualTo("new");
        assertThat(out.resolve("gone")).as("emptied folders are removed too").doesNotExist();
        assertThat(files(out)).containsExactly(OutputGuard.MARKER, "a/page.html", "b/new.html", "index.html");
        try (var entries = Files.list(tmp)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactly("site");
        }
        assertThat(writer.update(List.of(kept, file("a/page.html", "v2"), file("b/new.html", "new"))))
                .isEqualTo(new SiteWriter.Written(0, 3));
    }

    @Test
    void anUpdateGivesTheSameFilesAsAFullWrite() throws Exception {
        SiteWriter inPlace = new SiteWriter(tmp.resolve("a"));
        List<List<OutputFile>> builds = List.of(
                List.of(file("index.html", "1"), file("x/index.html", "x"), file("x/y/z.css", "z")),
                List.of(file("index.html", "2"), file("x/y/z.css", "z"), file("w/index.html", "w")),
                List.of(file("index.html", "2"), file("x/index.html", "x again"), file("CNAME", "example.org\n")),
                List.of(file("index.html", "3")));
        for (List<OutputFile> build : builds) {
            inPlace.update(build);
            SiteWriter full = new SiteWriter(tmp.resolve("b"));
            full.write(build);
            assertThat(contents(tmp.resolve("a"))).isEqualTo(contents(tmp.resolve("b")));
            assertThat(folders(tmp.resolve("a"))).isEqualTo(folders(tmp.resolve("b")));
        }
    }

    @Test
    void theFirstUpdateAndAnUpdateAfterTheFolderWasReplacedSwapTheWholeFolder() throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out.resolve("stale"));
        Files.writeString(out.resolve("stale/left.html"), "from an older build");
        Files.writeString(out.resolve(OutputGuard.MARKER), "");
        SiteWriter writer = new SiteWriter(out);
        writer.update(List.of(file("index.html", "one")));
        assertThat(files(out)).containsExactly(OutputGuard.MARKER, "index.html");

        // Another build replaced the folder meanwhile (here: by hand), with a file this writer never published.
        SiteWriter.deleteTree(out);
        Files.createDirectories(out);
        Files.writeString(out.resolve("extra.html"), "someone else's");
        Files.writeString(out.resolve(OutputGuard.MARKER), "");
        // The file system may give the new folder the old one's inode; its time tells them apart (coarse clock).
        Files.setLastModifiedTime(out, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        writer.update(List.of(file("index.html", "two")));
        assertThat(files(out)).containsExactly(OutputGuard.MARKER, "index.html");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
    }

    @Test
    void anUpdateThatCannotWriteInPlaceFallsBackToTheStagedSwap() throws Exception {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter(out);
        writer.write(List.of(file("index.html", "one"), file("page.html", "p1")));
        // A folder (not empty) where a changed file must go: the rename over it fails.
        Files.delete(out.resolve("page.html"));
        Files.createDirectories(out.resolve("page.html/inside"));

        SiteWriter.Written written = writer.update(List.of(file("index.html", "two"), file("page.html", "p2")));

        assertThat(written.total()).isEqualTo(2);
        assertThat(files(out)).containsExactly(OutputGuard.MARKER, "index.html", "page.html");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
        assertThat(Files.readString(out.resolve("page.html"))).isEqualTo("p2");
        try (var entries = Files.list(tmp)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactly("site");
        }
    }

    @Test
    void anUpdateRepairsAFileChangedBehindItsBackAndRefusesEscapingPathsBeforeWriting() throws Exception {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter(out);
        OutputFile home = file("index.html", "home");
        writer.write(List.of(home));
        Files.writeString(out.resolve("index.html"), "edited by hand");
        assertThat(writer.update(List.of(home))).isEqualTo(new SiteWriter.Written(1, 0));
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("home");

        assertThatThrownBy(() -> writer.update(List.of(file("index.html", "changed"), file("../evil.html", "e"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("escapes");
        assertThat(tmp.resolve("evil.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("home");
    }

    /** Every file under root, relative and sorted. */
    private static List<String> files(Path root) throws Exception {
        return contents(root).keySet().stream().toList();
    }

    private static List<String> folders(Path root) throws Exception {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    private static java.util.SortedMap<String, String> contents(Path root) throws Exception {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        return out;
    }

    @Test
    void thePublishedFolderIsReadableByAWebServerRunningAsAnotherUser() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path out = tmp.resolve("site");
        new SiteWriter(out).write(List.of(file("index.html", "one")));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rwxr-xr-x");
    }
}
