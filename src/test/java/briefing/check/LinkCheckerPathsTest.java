package briefing.check;

import briefing.pipeline.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Link paths are decoded as URL paths: percent escapes once, and a "+" is a plus sign, not a space. */
class LinkCheckerPathsTest {

    @Test
    void findsFilesWhoseNamesHaveAPlusOrASpace(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of("/check/link-paths.txtar", dir);
        TestSite.copyTree(TestSite.PROJECT_TEMPLATES, dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/assets/a+b.txt"), "plus");
        Files.writeString(dir.resolve("templates/assets/two words.txt"), "space");

        assertThat(site.errors()).containsExactly(
                "content/about.md:7:1: error: broken link \"/assets/a+c.txt\": nothing is published at "
                        + "/desk/assets/a+c.txt",
                "content/about.md:7:34: error: broken link \"../assets/two%2520words.txt\": nothing is published at "
                        + "/desk/assets/two%20words.txt");
    }
}
