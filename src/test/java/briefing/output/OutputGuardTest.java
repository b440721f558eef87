package briefing.output;

import briefing.diagnostic.BuildFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard alone: what it refuses, also with --force, and how it resolves links. It never writes. */
class OutputGuardTest {

    @TempDir
    Path tmp;

    @Test
    void refusesTheHomeFolderItsAncestorsAndTheRootEvenWithForce() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home/ann"));
        Files.writeString(home.resolve(".profile"), "x");
        OutputGuard guard = new OutputGuard(List.of(), List.of(), home, true);
        assertThatThrownBy(() -> guard.check(home, "~")).isInstanceOf(BuildFailedException.class)
                .hasMessageStartingWith("~: error: refusing to replace the output folder: it is your home folder")
                .satisfies(e -> assertThat(((BuildFailedException) e).diagnostics().get(0).hint())
                        .startsWith("--force never replaces the project"));
        assertThatThrownBy(() -> guard.check(tmp.resolve("home"), "/home"))
                .hasMessageStartingWith("/home: error: refusing to replace the output folder: it contains your home folder");
        assertThatThrownBy(() -> guard.check(Path.of("/"), "/"))
                .hasMessageStartingWith("/: error: refusing to replace the output folder: it is the root of the file system");
        // A folder inside the home folder is fine, with files in it when forced.
        assertThat(guard.check(home.resolve("site"), "~/site")).isEqualTo(home.toRealPath().resolve("site"));
    }

    @Test
    void resolvesLinksBeforeComparingAndAppliesDotDotAfterThem() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("project/content"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/deep"));
        Files.createSymbolicLink(tmp.resolve("project/clink"), content);
        Files.createSymbolicLink(tmp.resolve("project/up"), elsewhere);
        OutputGuard guard = new OutputGuard(List.of(tmp.resolve("project")),
                List.of(new OutputGuard.Input(content, "the content folder")), null, false);
        assertThatThrownBy(() -> guard.check(tmp.resolve("project/clink/site"), "clink/site"))
                .hasMessageStartingWith("clink/site: error: refusing to replace the output folder: it is inside the "
                        + "content folder");
        // up/.. is elsewhere/, not the project: as the kernel reads it.
        assertThat(guard.check(tmp.resolve("project/up/../site"), "up/../site"))
                .isEqualTo(tmp.resolve("elsewhere").toRealPath().resolve("site"));
        // A link that leads nowhere is refused rather than replaced.
        Files.createSymbolicLink(tmp.resolve("project/dangling"), tmp.resolve("nothing"));
        assertThatThrownBy(() -> guard.check(tmp.resolve("project/dangling"), "dangling"))
                .hasMessageStartingWith("dangling: error: refusing to replace the output folder: it is a link to "
                        + "something that does not exist");
    }
}
