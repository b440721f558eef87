package briefing.cli;

import briefing.pipeline.TestSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A mistyped figure reference is an error, not a warning: build and check fail on it, with or without --strict. */
class FigureMistakeCommandTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "check --strict"})
    void aMistypedReferenceFailsWithItsPlaceTheLineAndAHint(String command) throws Exception {
        TestSite.of("/hostile/base.txtar", tmp);
        Path index = tmp.resolve("content/briefings/deal/index.md");
        Files.writeString(index, Files.readString(index).replace("Acme is said to offer {{ round.acme }}",
                "Acme is said to offer {{ round.acme }"));
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--content", tmp.resolve("content").toString(), "--templates",
                TestSite.PROJECT_TEMPLATES.toString()));
        if (command.equals("build")) {
            args.addAll(List.of("--output", tmp.resolve("site").toString()));
        }

        BuildCommandTest.Run run = BuildCommandTest.run(args.toArray(String[]::new));

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(run.err()).contains("content/briefings/deal/index.md:9:23: error: figure reference "
                        + "\"{{ round.acme }\" is not closed: expected \"}}\"",
                "Acme is said to offer {{ round.acme } of {{ round.total }}.",
                "hint: write {{ round.acme }}; to show braces as text, put them in a code span")
                .doesNotContain("Exception");
        assertThat(Files.exists(tmp.resolve("site"))).isFalse();
    }
}
