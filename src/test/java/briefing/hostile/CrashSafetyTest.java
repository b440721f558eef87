package briefing.hostile;

import briefing.pipeline.BuildPipeline;
import briefing.pipeline.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety (README "Reliability"): a forked {@code briefing build} killed (SIGKILL) at seeded random points
 * leaves the output folder as the old complete site or the new complete site, never a mix; the next build removes
 * every leftover {@code .staging-*}/{@code .retired-*} folder.
 */
class CrashSafetyTest {

    static final long SEED = Long.getLong("crash.seed", 7L);
    static final int RUNS = Integer.getInteger("crash.runs", 3);

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesTheOldOrTheNewSiteAndTheNextBuildCleansUp() throws Exception {
        TestSite site = TestSite.of("charts-every-type.txtar", dir.resolve("project"));
        Path p = site.dir();
        Path about = p.resolve("content/killed.md");
        Path output = p.resolve("site");
        BuildPipeline pipeline = new BuildPipeline(p);

        // The two sites the output may hold: A (without the page) and B (with it).
        pipeline.build(site.options());
        Map<String, String> a = PathsTest.hashes(output, "");
        Files.writeString(about, "---\ntitle: Killed\n---\nA page that only the new site has.\n");
        pipeline.build(site.options());
        Map<String, String> b = PathsTest.hashes(output, "");
        assertThat(b).isNotEqualTo(a);

        long full = timedFork(p, -1);
        Random random = new Random(SEED);
        int swapsSeen = 0;
        for (int run = 0; run < RUNS; run++) {
            boolean toB = run % 2 == 0;
            // Start from the other site, then build towards this one and kill it somewhere in its second half,
            // where the writing and the swap happen.
            if (toB) {
                Files.deleteIfExists(about);
            } else {
                Files.writeString(about, "---\ntitle: Killed\n---\nA page that only the new site has.\n");
            }
            pipeline.build(site.options());
            if (toB) {
                Files.writeString(about, "---\ntitle: Killed\n---\nA page that only the new site has.\n");
            } else {
                Files.delete(about);
            }
            long delay = full / 3 + (long) (random.nextDouble() * full * 0.8);
            timedFork(p, delay);

            Map<String, String> old = toB ? a : b;
            Map<String, String> next = toB ? b : a;
            if (Files.isDirectory(output)) {
                Map<String, String> now = PathsTest.hashes(output, "");
                assertThat(now.equals(old) || now.equals(next))
                        .as("run %d killed after %d ms: old or new complete site; differs from old in %s, from new in %s",
                                run, delay, DeterminismTest.differing(now, old), DeterminismTest.differing(now, next))
                        .isTrue();
                swapsSeen += now.equals(next) ? 1 : 0;
            } else {
                // Killed between the two renames: the old site waits, complete, in a retired folder.
                List<Path> retired = leftovers(p, ".retired-");
                assertThat(retired).as("run %d: no output, so the old site is retired", run).hasSize(1);
                assertThat(PathsTest.hashes(retired.get(0), "")).isEqualTo(old);
            }
            pipeline.build(site.options());
            assertThat(leftovers(p, ".staging-")).as("run %d: staging cleaned", run).isEmpty();
            assertThat(leftovers(p, ".retired-")).as("run %d: retired cleaned", run).isEmpty();
            assertThat(PathsTest.hashes(output, "")).isEqualTo(next);
        }
        System.out.printf("crash safety: %d kills (full build %d ms), %d after the swap%n", RUNS, full, swapsSeen);
    }

    /** Runs a forked build; with a delay, kills it after that many ms. Returns the build's run time in ms. */
    private static long timedFork(Path project, long killAfterMillis) throws Exception {
        long start = System.nanoTime();
        Process process = Forked.builder(project, List.of("-XX:TieredStopAtLevel=1"), "briefing.cli.Main", "build",
                        "--quiet", "--content", "content", "--templates", TestSite.PROJECT_TEMPLATES.toString(),
                        "--output", "site")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (killAfterMillis < 0) {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        } else if (!process.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<Path> leftovers(Path parent, String prefix) throws Exception {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(e -> e.getFileName().toString().startsWith(prefix)).toList();
        }
    }
}
