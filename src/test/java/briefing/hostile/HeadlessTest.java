package briefing.hostile;

import briefing.pipeline.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * briefing sets {@code java.awt.headless} itself: a build that draws charts succeeds in a terminal whose
 * {@code DISPLAY} names an X server that is not there, with no {@code -Djava.awt.headless} on the command line.
 */
class HeadlessTest {

    @TempDir
    Path dir;

    @Test
    void aStaleDisplayDoesNotStopABuildThatDrawsCharts() throws Exception {
        TestSite site = TestSite.of("charts-every-type.txtar", dir.resolve("project"));
        ProcessBuilder builder = Forked.builder(site.dir(), List.of(), "briefing.cli.Main", "build", "--quiet",
                "--content", site.options().contentDir().toString(),
                "--templates", site.options().templatesDir().toString(),
                "--output", site.options().outputDir().toString());
        assertThat(builder.command().removeIf(a -> a.startsWith("-Djava.awt.headless"))).isTrue();
        builder.environment().put("DISPLAY", ":99");
        builder.environment().put("BRIEFING_CACHE", "off"); // every chart is drawn, none read from a cache
        builder.redirectErrorStream(true);
        Process p = builder.start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).doesNotContain("AWTError").doesNotContain("Exception");
        try (var svgs = Files.walk(site.options().outputDir())) {
            assertThat(svgs.filter(f -> f.toString().endsWith(".png")).count()).isGreaterThan(3);
        }
    }
}
