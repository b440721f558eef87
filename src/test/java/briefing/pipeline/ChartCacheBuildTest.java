package briefing.pipeline;

import briefing.diagnostic.BuildFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pipeline's chart cache: beside the content folder unless {@code BRIEFING_CACHE} says otherwise, written only
 * by a build whose site was published, and a site built from it is the site built without it.
 */
class ChartCacheBuildTest {

    @TempDir
    Path dir;

    private long entries(Path cache) throws Exception {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".entry")).count();
        }
    }

    private static java.util.Map<String, String> contents(Path root) throws Exception {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }

    @Test
    void theCacheIsBesideTheContentUnlessMovedOrTurnedOff() {
        Path content = dir.resolve("project/content");
        assertThat(BuildOptions.cacheDir(content, null)).contains(dir.resolve("project/.briefing-cache"));
        assertThat(BuildOptions.cacheDir(content, " ")).contains(dir.resolve("project/.briefing-cache"));
        assertThat(BuildOptions.cacheDir(content, "OFF")).isEmpty();
        assertThat(BuildOptions.cacheDir(content, dir.resolve("elsewhere").toString()))
                .contains(dir.resolve("elsewhere"));
    }

    @Test
    void onlyAPublishedBuildWritesTheCacheAndItsSiteIsTheSiteBuiltWithout() throws Exception {
        TestSite site = TestSite.of("charts-every-type.txtar", dir.resolve("project"));
        Path cache = dir.resolve("project/.briefing-cache/charts");

        new BuildPipeline(site.dir()).render(site.options());
        assertThat(dir.resolve("project/.briefing-cache")).as("check and render write nothing").doesNotExist();

        BuildPipeline drawing = new BuildPipeline(site.dir());
        drawing.build(site.options());
        long drawn = entries(cache);
        assertThat(drawn).isGreaterThan(3);
        java.util.Map<String, String> drawnSite = contents(site.dir().resolve("site"));

        BuildOptions again = new BuildOptions(site.options().contentDir(), site.options().templatesDir(),
                dir.resolve("project/site-from-cache"), Optional.empty(), false);
        new BuildPipeline(site.dir()).build(again);
        assertThat(contents(again.outputDir())).isEqualTo(drawnSite);
        assertThat(entries(cache)).isEqualTo(drawn);
    }

    @Test
    void aBuildUnderAnotherDefaultLocaleNeitherPoisonsNorReadsWrongCharts() throws Exception {
        // A JVM whose default locale writes Thai digits builds first and fills the cache; an en-US build then takes
        // its charts from that cache. Both sites must be the site an en-US build draws from scratch.
        TestSite site = TestSite.of("charts-every-type.txtar", dir.resolve("project"));
        Path cache = dir.resolve("project/.briefing-cache");
        Locale before = Locale.getDefault();
        java.util.Map<String, String> thai;
        java.util.Map<String, String> fromCache;
        java.util.Map<String, String> fresh;
        try {
            Locale.setDefault(new Locale("th", "TH", "TH"));
            new BuildPipeline(site.dir()).build(withOutput(site, "site-th"));
            thai = contents(dir.resolve("project/site-th"));
            assertThat(entries(cache.resolve("charts"))).isGreaterThan(3);

            Locale.setDefault(Locale.US);
            new BuildPipeline(site.dir()).build(withOutput(site, "site-en-cached"));
            fromCache = contents(dir.resolve("project/site-en-cached"));

            deleteTree(cache);
            new BuildPipeline(site.dir()).build(withOutput(site, "site-en-fresh"));
            fresh = contents(dir.resolve("project/site-en-fresh"));
        } finally {
            Locale.setDefault(before);
        }
        assertThat(fresh.keySet()).anyMatch(f -> f.endsWith(".svg"));
        assertThat(fromCache).isEqualTo(fresh);
        assertThat(thai).isEqualTo(fresh);
    }

    private BuildOptions withOutput(TestSite site, String folder) {
        return new BuildOptions(site.options().contentDir(), site.options().templatesDir(),
                dir.resolve("project").resolve(folder), Optional.empty(), false);
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aFailedBuildWritesNoCacheEntry() throws Exception {
        TestSite site = TestSite.of("charts-every-type.txtar", dir.resolve("project"));
        Files.writeString(site.dir().resolve("content/broken.md"), "---\ntitle: Broken\n---\n[gone](/nowhere/)\n");
        assertThatThrownBy(() -> new BuildPipeline(site.dir()).build(site.options()))
                .isInstanceOf(BuildFailedException.class);
        assertThat(dir.resolve("project/.briefing-cache")).doesNotExist();
    }

    @Test
    void aBuildWhoseChartsAllComeFromTheCacheNeverStartsJavasGraphics() throws Exception {
        // Starting AWT and its font list costs a tenth of a second of a cold build (ChartFonts): only drawing does.
        TestSite site = TestSite.of("charts-every-type.txtar", dir.resolve("project"));
        java.util.List<String> command = java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-Xlog:class+init=info", "-cp", System.getProperty("java.class.path"), "briefing.cli.Main", "build",
                "--quiet", "--content", site.options().contentDir().toString(), "--templates",
                site.options().templatesDir().toString(), "--output", site.options().outputDir().toString());
        assertThat(initialised(command, site.dir())).as("the first build draws")
                .contains("Initializing 'java/awt/GraphicsEnvironment'", "Initializing 'briefing/chart/ChartFonts'");
        assertThat(entries(dir.resolve("project/.briefing-cache/charts"))).isGreaterThan(3);
        assertThat(initialised(command, site.dir())).as("the second finds every chart in the cache")
                .doesNotContain("Initializing 'java/awt/GraphicsEnvironment'", "Initializing 'briefing/chart/ChartFonts'");
    }

    /** The classes a forked build initialised, as its class+init log names them (exit 0 required). */
    private static String initialised(java.util.List<String> command, Path workingDir) throws Exception {
        Process p = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        return log;
    }
}
