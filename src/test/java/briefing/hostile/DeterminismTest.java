package briefing.hostile;

import briefing.pipeline.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Determinism (README "Reliability"): the real content and the chart test site, built in fresh JVMs with different
 * time zones, default locales (including tr_TR, whose dotless i breaks naive case mapping, and de_DE, whose decimal
 * comma breaks naive number formatting), processor counts and a copy of the content whose files were created in
 * reverse order, give byte-identical output: the SHA-256 of every file is the same.
 */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void everyOutputFileIsByteIdenticalAcrossZonesLocalesThreadsAndFileOrder() throws Exception {
        compare(List.of(
                new Variant("utc-en-us-2cpu", List.of("-Duser.timezone=UTC", "-Duser.language=en",
                        "-Duser.country=US", "-XX:ActiveProcessorCount=2"), false),
                new Variant("kiritimati-de-de-1cpu-reversed", List.of("-Duser.timezone=Pacific/Kiritimati",
                        "-Duser.language=de", "-Duser.country=DE", "-XX:ActiveProcessorCount=1"), true)));
    }

    /**
     * Fails today: commonmark's heading-anchor IdGenerator lower-cases with the JVM's default locale, so under tr_TR
     * "AI" becomes the anchor "aı" (dotless i) and briefing pages differ. The fix belongs in
     * content/MarkdownRenderer (lower-case with Locale.ROOT before generating the id); enable this test with it.
     */
    @Test
    void turkishDefaultLocaleGivesTheSameSite() throws Exception {
        compare(List.of(
                new Variant("utc-en-us-2cpu", List.of("-Duser.timezone=UTC", "-Duser.language=en",
                        "-Duser.country=US"), false),
                new Variant("st-johns-tr-tr-1cpu", List.of("-Duser.timezone=America/St_Johns", "-Duser.language=tr",
                        "-Duser.country=TR", "-XX:ActiveProcessorCount=1"), false)));
    }

    record Variant(String name, List<String> jvm, boolean reversed) {
    }

    private void compare(List<Variant> variants) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path templates = TestSite.PROJECT_TEMPLATES;
        Path charts = TestSite.of("charts-every-type.txtar", dir.resolve("charts")).options().contentDir();
        Path reversedReal = reverseCopy(project.resolve("content"), dir.resolve("reversed/real"));
        Path reversedCharts = reverseCopy(charts, dir.resolve("reversed/charts"));

        Map<String, String> first = null;
        Map<String, String> firstCharts = null;
        for (Variant v : variants) {
            Path out = dir.resolve("out-" + v.name());
            Forked.Result run = Forked.run(project, v.jvm(), BuildMany.class.getName(),
                    (v.reversed() ? reversedReal : project.resolve("content")).toString(), templates.toString(),
                    out.resolve("real").toString(),
                    (v.reversed() ? reversedCharts : charts).toString(), templates.toString(),
                    out.resolve("charts").toString());
            assertThat(run.exit()).as("%s:%n%s", v.name(), run.all()).isZero();
            Map<String, String> real = PathsTest.hashes(out.resolve("real"), "");
            Map<String, String> chart = PathsTest.hashes(out.resolve("charts"), "");
            assertThat(real).as(v.name()).hasSizeGreaterThan(10);
            assertThat(chart.keySet()).as(v.name()).anySatisfy(p -> assertThat(p).endsWith(".svg"));
            if (first == null) {
                first = real;
                firstCharts = chart;
            } else {
                assertThat(differing(real, first)).as("real content built as %s: files that differ", v.name())
                        .isEmpty();
                assertThat(differing(chart, firstCharts)).as("chart site built as %s: files that differ", v.name())
                        .isEmpty();
            }
        }
        System.out.printf("determinism: %d + %d files identical across %d JVM variants%n", first.size(),
                firstCharts.size(), variants.size());
    }

    /** The paths whose hash differs, or that only one side has. */
    static java.util.Set<String> differing(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) {
                out.add(k);
            }
        });
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(out::add);
        return out;
    }

    /** Copies a tree, creating folders and files in reverse name order (so the file system lists them so). */
    static Path reverseCopy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> all = walk.sorted(Comparator.comparing(Path::toString).reversed()).toList();
            for (Path p : all) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
