package briefing.pipeline;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-page comparisons for the home, briefing and search layouts (and the search index) of a small fixture site. When a template changes on
 * purpose, regenerate with {@code mvn test -Dtest=GoldenPagesTest -Dgolden.update=true} and review the diff.
 */
class GoldenPagesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "briefings/deal/index.html", "about/index.html", "404.html",
            "search/index.html", "search/index.json", "search/s/0.json", "search/c/0.json"})
    void pageEqualsItsGoldenFile(String page) throws Exception {
        TestSite site = TestSite.of("/golden/fixture.txtar", tmp);
        String actual = site.render().text(page);
        Path golden = GOLDEN.resolve(page.replace('/', '_'));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
