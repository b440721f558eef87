package briefing.pipeline;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every test site in {@code src/test/resources/sites/*.txtar}. A site's {@code want/<output path>} lists lines
 * that must appear in that output file, in that order (surrounding whitespace ignored); {@code want/errors} lists
 * the exact error headlines of a build that must fail.
 */
class SiteFeaturesTest {

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyTestSiteBuildsAsItsWantSectionsSay() throws IOException {
        List<String> sites;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/sites"))) {
            sites = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txtar")).sorted().toList();
        }
        assertThat(sites).isNotEmpty();
        return sites.stream().map(name -> DynamicTest.dynamicTest(name, () -> run(name)));
    }

    private void run(String name) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(name.replace(".txtar", "")));
        TestSite site = TestSite.of(name, dir);
        Map<String, String> wanted = site.txtar().wanted();
        assertThat(wanted).as("a test site must say what it wants").isNotEmpty();
        if (wanted.containsKey("errors")) {
            List<String> expected = wanted.get("errors").lines().filter(l -> !l.isBlank()).toList();
            assertThat(site.errors()).containsExactlyElementsOf(expected);
            return;
        }
        TestSite.Built built = site.render();
        wanted.forEach((path, lines) -> assertContainsInOrder(path, built.text(path), lines));
    }

    static void assertContainsInOrder(String path, String actual, String wantedLines) {
        int from = 0;
        for (String line : wantedLines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            int at = actual.indexOf(line, from);
            if (at < 0) {
                fail(path + ": missing (after offset " + from + "):\n  " + line + "\n--- actual ---\n" + actual);
            }
            from = at + line.length();
        }
    }
}
