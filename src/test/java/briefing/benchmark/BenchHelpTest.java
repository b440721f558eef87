package briefing.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bash src/bench/run.sh --help} only prints the options: it builds, installs and creates nothing. */
class BenchHelpTest {

    @TempDir
    Path tmp;

    @Test
    void helpPrintsTheOptionsAndTouchesNothing() throws Exception {
        // A copy of the bench folder alone: with no pom.xml here, any packaging would fail the run.
        Files.createDirectories(tmp.resolve("src/bench"));
        Files.copy(Path.of("src/bench/run.sh"), tmp.resolve("src/bench/run.sh"));
        Files.copy(Bench.USAGE, tmp.resolve("src/bench/usage.txt"));
        Path output = tmp.resolve("out.txt");
        Process bench = new ProcessBuilder("bash", "src/bench/run.sh", "--sizes", "10", "--help").directory(tmp.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(bench.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bench.exitValue()).as(Files.readString(output)).isZero();
        assertThat(Files.readString(output)).isEqualTo(Bench.usage() + "\n");
        try (Stream<Path> files = Files.walk(tmp)) {
            assertThat(files.map(p -> tmp.relativize(p).toString()).sorted().toList())
                    .isEqualTo(List.of("", "out.txt", "src", "src/bench", "src/bench/run.sh", "src/bench/usage.txt"));
        }
        assertThat(Bench.usage()).startsWith("usage: bash src/bench/run.sh").contains("--sizes", "--help");
    }
}
