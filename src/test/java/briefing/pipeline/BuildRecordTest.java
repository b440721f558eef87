package briefing.pipeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record of the last build, carried between processes in the disk cache: a build in a new process (a new
 * pipeline) that finds the content, the templates and the output as the last build left them does nothing, and
 * reports what the last build reported; any change to any of them, and any damage to the record, makes it build,
 * and then the site is what a build from scratch writes.
 */
class BuildRecordTest {

    /** Files dated in the past, as on a real desk: only files saved just now are always read again. */
    private static final Instant PAST = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;
    private BuildOptions options;
    private int saves;

    @BeforeEach
    void site() throws IOException {
        TestSite.copyTree(Path.of("content").toAbsolutePath(), dir.resolve("content"));
        TestSite.copyTree(TestSite.PROJECT_TEMPLATES, dir.resolve("templates"));
        // A warning the build reports without failing: a second build that does nothing must report it too.
        write("content/briefings/linked/index.md", """
                ---
                title: A briefing with raw HTML
                date: 2025-10
                summary: Has raw HTML.
                ---
                Raw HTML is left out, with a warning: <span>here</span>.
                """);
        datePast(dir);
        options = new BuildOptions(dir.resolve("content"), dir.resolve("templates"), dir.resolve("site"),
                Optional.empty(), false).withCacheDir(Optional.of(dir.resolve("cache")));
    }

    /** A build as a new process runs it: a pipeline that has built nothing before. */
    private BuildResult build() throws Exception {
        return new BuildPipeline(dir).build(options);
    }

    @Test
    void aBuildInANewProcessWithNothingChangedDoesNothingAndReportsTheSame() throws Exception {
        BuildResult first = build();
        assertThat(first.upToDate()).isFalse();
        assertThat(first.warnings()).isNotEmpty();
        datePast(dir.resolve("site")); // as the output is a while later; files written just now are read again
        Map<String, String> site = tree(dir.resolve("site"));

        BuildResult second = build();
        assertThat(second.upToDate()).isTrue();
        assertThat(second.pages()).isEqualTo(first.pages());
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(second.chartsDrawn()).isZero();
        assertThat(second.chartsReused()).isEqualTo(first.chartsDrawn() + first.chartsReused());
        assertThat(second.warnings()).isEqualTo(first.warnings());
        assertThat(tree(dir.resolve("site"))).isEqualTo(site);
        assertThat(build().upToDate()).isTrue();
    }

    @Test
    void aFileSavedAgainWithTheSameBytesChangesNothing() throws Exception {
        build();
        Path round = dir.resolve("content/briefings/amazon-openai-talks/round.yaml");
        Files.write(round, Files.readAllBytes(round)); // a save without an edit: a new time, the same content
        assertThat(build().upToDate()).isTrue();
    }

    @Test
    void anEditToTheContentOrTheTemplatesBuildsAgainAndGivesABuildFromScratch() throws Exception {
        build();
        edit("content/briefings/amazon-openai-talks/round.yaml", "In advanced talks", "In very advanced talks");
        assertThat(build().upToDate()).isFalse();
        assertThat(tree(dir.resolve("site"))).isEqualTo(fromScratch());
        assertThat(tree(dir.resolve("site")).values()).anyMatch(page -> page.contains("In very advanced talks"));

        edit("templates/layouts/base.ftlh", "</footer>", "<p>Printed by the desk.</p></footer>");
        assertThat(build().upToDate()).isFalse();
        assertThat(tree(dir.resolve("site")).get("about/index.html")).contains("Printed by the desk.");
        assertThat(tree(dir.resolve("site"))).isEqualTo(fromScratch());
    }

    @Test
    void aBriefingAddedOrRemovedBuildsAgain() throws Exception {
        build();
        write("content/briefings/added/index.md", """
                ---
                title: An added briefing
                date: 2025-11
                summary: Added.
                ---
                Added body.
                """);
        assertThat(build().upToDate()).isFalse();
        assertThat(tree(dir.resolve("site"))).containsKey("briefings/added/index.html");

        deleteTree(dir.resolve("content/briefings/added"));
        assertThat(build().upToDate()).isFalse();
        assertThat(tree(dir.resolve("site"))).doesNotContainKey("briefings/added/index.html");
    }

    @Test
    void anOutputFileChangedOrRemovedOrAddedBuildsAgainAndPutsTheSiteRight() throws Exception {
        build();
        Map<String, String> site = tree(dir.resolve("site"));
        Path about = dir.resolve("site/about/index.html");
        String original = Files.readString(about);
        // Changed with its size and time kept: only its bytes tell.
        String damaged = original.replaceFirst("About", "Abuot");
        assertThat(damaged).isNotEqualTo(original).hasSameSizeAs(original);
        FileTime time = Files.getLastModifiedTime(about);
        Files.writeString(about, damaged);
        Files.setLastModifiedTime(about, time);
        assertThat(build().upToDate()).isFalse();
        assertThat(tree(dir.resolve("site"))).isEqualTo(site);

        Files.delete(dir.resolve("site/robots.txt"));
        assertThat(build().upToDate()).isFalse();
        assertThat(tree(dir.resolve("site"))).isEqualTo(site);

        Files.writeString(dir.resolve("site/stray.html"), "<p>stray</p>");
        assertThat(build().upToDate()).isFalse();
        assertThat(tree(dir.resolve("site"))).isEqualTo(site);
    }

    @Test
    void otherOptionsAreAnotherRecord() throws Exception {
        build();
        options = new BuildOptions(options.contentDir(), options.templatesDir(), options.outputDir(),
                Optional.of(java.net.URI.create("https://desk.example.org/briefing/")), false, false,
                options.cacheDir());
        assertThat(build().upToDate()).isFalse();
        assertThat(tree(dir.resolve("site")).get("sitemap.xml")).contains("https://desk.example.org/briefing/");
    }

    @Test
    void aDamagedRecordIsNoRecord() throws Exception {
        build();
        try (Stream<Path> records = Files.list(dir.resolve("cache").resolve(BuildRecord.KIND))) {
            for (Path record : records.toList()) {
                byte[] bytes = Files.readAllBytes(record);
                bytes[bytes.length / 2] ^= 1;
                Files.write(record, bytes);
            }
        }
        assertThat(build().upToDate()).isFalse();
        assertThat(build().upToDate()).isTrue();
    }

    @Test
    void aRecordSurvivesItsOwnEncoding() {
        BuildRecord record = new BuildRecord(briefing.engine.ContentHash.of("in"), briefing.engine.ContentHash.of("out"),
                3, 2, 40, java.util.List.of(briefing.diagnostic.Diagnostic.warning(
                        new briefing.diagnostic.SourceLocation("content/a.md", 3, 7), "a warning", "a hint")
                        .because(new briefing.diagnostic.SourceLocation("content/b.yaml", 1, 1)),
                briefing.diagnostic.Diagnostic.warning(briefing.diagnostic.SourceLocation.file("x"), "plain", null)),
                new byte[] {1, 2, 3});
        BuildRecord back = BuildRecord.decode(record.encode().orElseThrow()).orElseThrow();
        assertThat(back.inputs()).isEqualTo(record.inputs());
        assertThat(back.output()).isEqualTo(record.output());
        assertThat(back.warnings()).isEqualTo(record.warnings());
        assertThat(back.revisions()).containsExactly(1, 2, 3);
        assertThat(java.util.List.of(back.pages(), back.charts(), back.files())).containsExactly(3, 2, 40);
        assertThat(BuildRecord.decode(new byte[] {0, 0, 0, 1, 0})).isEmpty();
    }

    private Map<String, String> fromScratch() throws Exception {
        Path clean = dir.resolve("clean");
        deleteTree(clean);
        new BuildPipeline(dir).build(new BuildOptions(options.contentDir(), options.templatesDir(), clean,
                options.baseUrl(), false).withCacheDir(Optional.empty()));
        return tree(clean);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(PAST.plusSeconds(++saves)));
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = dir.resolve(path);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        write(path, text.replace(from, to));
    }

    private static void datePast(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, FileTime.from(PAST));
            }
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
