package briefing.hostile;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.pipeline.BuildResult;
import briefing.pipeline.TestSite;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.serve.DevServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Paths (README "Reliability"): links that lead out of content/ or templates/, output folders that overlap the
 * inputs, and hostile link targets are refused; nothing outside the output folder is ever written, and nothing
 * outside the inputs is read, whatever the build's outcome.
 */
class PathsTest {

    static final String SECRET = "SECRET-sentinel-7f3a";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.of("/hostile/base.txtar", dir.resolve("project"));
    }

    private Path outside(String name, String text) throws IOException {
        Path file = dir.resolve("outside").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static List<String> errors(TestSite site) throws IOException {
        return site.errors();
    }

    @Test
    void aDataFileLinkedToOutsideTheProjectIsRefused() throws Exception {
        TestSite site = site();
        Path target = outside("sources.yaml", "sources:\n  - id: report\n    name: " + SECRET + "\n    status: reported\n");
        Path link = site.dir().resolve("content/briefings/deal/sources.yaml");
        Files.delete(link);
        Files.createSymbolicLink(link, target);
        assertThat(errors(site)).anySatisfy(e -> assertThat(e)
                .startsWith("content/briefings/deal/sources.yaml: error: file is a link to"));
    }

    @Test
    void aPageLinkedToOutsideIsRefused() throws Exception {
        TestSite site = site();
        Files.createSymbolicLink(site.dir().resolve("content/leak.md"), outside("leak.md", "---\ntitle: " + SECRET + "\n---\n"));
        assertThat(errors(site)).anySatisfy(e -> assertThat(e)
                .startsWith("content/leak.md: error: file is a link to"));
    }

    @Test
    void aBriefingFolderLinkedToOutsideIsRefused() throws Exception {
        TestSite site = site();
        Path folder = dir.resolve("outside/evil");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.md"), "---\ntitle: " + SECRET + "\ndate: 2026-01-01\nsummary: x\n---\n");
        Files.createSymbolicLink(site.dir().resolve("content/briefings/evil"), folder);
        assertThat(errors(site)).anySatisfy(e -> assertThat(e)
                .startsWith("content/briefings/evil/index.md: error: file is a link to"));
    }

    @Test
    void aTemplateOrAssetLinkedToOutsideIsRefused() throws Exception {
        TestSite site = site();
        Path templates = site.dir().resolve("templates");
        TestSite.copyTree(TestSite.PROJECT_TEMPLATES, templates);
        Files.delete(templates.resolve("page.ftlh"));
        Files.createSymbolicLink(templates.resolve("page.ftlh"), outside("page.ftlh", SECRET));
        // Refused, never read, and reported at the template.
        assertThatThrownBy(site::render).isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("page.ftlh: error: template is a link to a file outside the templates folder");

        Files.delete(templates.resolve("page.ftlh"));
        Files.copy(TestSite.PROJECT_TEMPLATES.resolve("page.ftlh"), templates.resolve("page.ftlh"));
        Files.createSymbolicLink(templates.resolve("assets/leak.txt"), outside("leak.txt", SECRET));
        assertThatThrownBy(site::render).isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("assets/leak.txt: error: file is a link to a file outside the templates folder");
    }

    @Test
    void outputFoldersThatOverlapTheInputsAreRefused() throws Exception {
        TestSite site = site();
        Path p = site.dir();
        BuildOptions normal = site.options();
        for (Path output : List.of(p.resolve("content"), p, p.resolve("content/briefings"), p.resolve("content/.."),
                p.resolve("templates-out/../content/x/.."))) {
            BuildOptions options = new BuildOptions(normal.contentDir(), normal.templatesDir(), output,
                    Optional.empty(), false);
            assertThatThrownBy(() -> new BuildPipeline(p).build(options)).as("output %s", output)
                    .isInstanceOf(BuildFailedException.class).hasMessageContaining("refusing to replace the output folder");
        }
        // Templates as output, and content inside the output.
        BuildOptions templatesOut = new BuildOptions(normal.contentDir(), p.resolve("content"), p.resolve("content"),
                Optional.empty(), false);
        assertThatThrownBy(() -> new BuildPipeline(p).build(templatesOut)).isInstanceOf(BuildFailedException.class);
        Files.createDirectories(p.resolve("out/content"));
        TestSite.copyTree(p.resolve("content"), p.resolve("out/content"));
        BuildOptions contentInside = new BuildOptions(p.resolve("out/content"), normal.templatesDir(), p.resolve("out"),
                Optional.empty(), false);
        assertThatThrownBy(() -> new BuildPipeline(p).build(contentInside)).isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("it is the project folder");
    }

    @Test
    void hostileLinkTargetsInMarkdownAreErrorsOrStayInsideTheSite() throws Exception {
        TestSite site = site();
        Files.writeString(site.dir().resolve("content/about.md"), """
                ---
                title: About
                ---
                [up](../../../../etc/passwd) [abs](/etc/passwd) [back](..\\\\..\\\\windows\\\\win.ini)
                [enc](/%2e%2e/%2e%2e/etc/passwd) [nul](/about/%00.html) ![img](../../../outside/leak.txt)
                ![abs-img](/../../outside/leak.txt) [file](file:///etc/passwd)
                """);
        List<String> errors = errors(site);
        // The link checker refuses every internal target that is not a file of the site; none is read from disk.
        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("content/about.md:")
                .doesNotContain(SECRET));
        assertThat(String.join("\n", errors)).contains("etc/passwd");
    }

    @Test
    void sentinelsAroundInputsAndOutputAreUntouchedByBuildsFailedBuildsAndServe() throws Exception {
        TestSite site = site();
        Path p = site.dir();
        // Sentinels: beside the project, beside and above the output, and in a folder named like a leftover.
        for (Path s : List.of(dir.resolve("sentinel.txt"), p.resolve("sentinel.txt"), p.resolve("site-sibling/keep.txt"),
                p.resolve(".staging-other/keep.txt"), p.resolve("sitex/keep.txt"), dir.resolve("outside/keep.txt"))) {
            Files.createDirectories(s.getParent());
            Files.writeString(s, SECRET + s);
        }
        Map<String, String> before = hashes(dir, "project/site/");
        BuildPipeline pipeline = new BuildPipeline(p);
        pipeline.build(site.options());
        assertThat(Files.isRegularFile(p.resolve("site/index.html"))).isTrue();
        assertThat(withoutCache(hashes(dir, "project/site/"))).isEqualTo(before);
        // Besides the output, a build writes only entries of its own cache, in its own folder.
        assertThat(hashes(dir, "project/site/").keySet()).filteredOn(f -> !before.containsKey(f))
                .isNotEmpty().allMatch(f -> f.matches("project/\\.briefing-cache/[a-z-]+/[0-9a-f]{64}\\.entry"));

        Files.writeString(p.resolve("content/briefings/deal/sources.yaml"), "sources: [\n");
        Map<String, String> broken = hashes(dir, "");
        assertThatThrownBy(() -> pipeline.build(site.options())).isInstanceOf(BuildFailedException.class);
        assertThat(hashes(dir, "")).as("a failed build changes nothing at all").isEqualTo(broken);

        Files.writeString(p.resolve("content/briefings/deal/sources.yaml"),
                "sources:\n  - id: report\n    name: A news report\n    status: reported\n");
        try (DevServer server = new DevServer(p, site.options(), new InetSocketAddress("127.0.0.1", 0), quiet())) {
            server.start();
            Files.writeString(p.resolve("content/about.md"), "---\ntitle: About again\n---\nText.\n");
            long deadline = System.currentTimeMillis() + 5_000;
            while (server.version() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        }
        Map<String, String> after = withoutCache(hashes(dir, "project/site/"));
        before.remove("project/content/about.md");
        after.remove("project/content/about.md");
        before.remove("project/content/briefings/deal/sources.yaml");
        after.remove("project/content/briefings/deal/sources.yaml");
        assertThat(after).as("serve writes only the output folder").isEqualTo(before);
    }

    /** Without the files of the build's own cache folder beside the content (BuildOptions.DEFAULT_CACHE). */
    private static Map<String, String> withoutCache(Map<String, String> files) {
        files.keySet().removeIf(f -> f.startsWith("project/" + BuildOptions.DEFAULT_CACHE + "/"));
        return files;
    }

    static DevServer.Listener quiet() {
        return new DevServer.Listener() {
            @Override
            public void built(BuildResult result) {
            }

            @Override
            public void failed(List<Diagnostic> problems) {
            }

            @Override
            public void crashed(Throwable bug) {
                throw new AssertionError(bug);
            }
        };
    }

    /** SHA-256 of every file under root, except under the given prefix (the output folder). */
    static Map<String, String> hashes(Path root, String exceptPrefix) throws Exception {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (!exceptPrefix.isEmpty() && rel.startsWith(exceptPrefix)) {
                    continue;
                }
                out.put(rel, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }
}
