package briefing.cli;

import briefing.diagnostic.DiagnosticPrinter;
import briefing.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What serve prints per build: one line saying what was rebuilt, in the words of build's summary. */
class ServeMessagesTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ServeCommand.Messages messages = new ServeCommand.Messages(new PrintWriter(out), new PrintWriter(err),
            new DiagnosticPrinter(Path.of("").toAbsolutePath()), Path.of("site"));

    private static BuildResult result(int drawn, int reused, int files, int unchanged, long millis) {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("load", 12L);
        stages.put("charts", 3L);
        stages.put("render", 30L);
        stages.put("write", 4L);
        return new BuildResult(15, drawn, reused, files, unchanged, millis, stages, List.of(), false);
    }

    @Test
    void theFirstBuildSaysBuiltAndEveryLaterOneWhatItRebuilt() {
        messages.built(result(6, 0, 70, 0, 2100));
        messages.built(result(1, 5, 70, 67, 61));
        assertThat(out.toString()).isEqualTo("""
                Built 15 pages, 6 charts (6 drawn, 0 reused), 70 files (70 written, 0 unchanged) into site in 2100 ms (load 12, charts 3, render 30, write 4)
                Rebuilt 15 pages, 6 charts (1 drawn, 5 reused), 70 files (3 written, 67 unchanged) into site in 61 ms (load 12, charts 3, render 30, write 4)
                """);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFailedBuildSaysTheLastGoodVersionStaysUp() {
        messages.failed(List.of());
        assertThat(err.toString()).endsWith("build failed; still serving the last good version\n");
        assertThat(out.toString()).isEmpty();
    }
}
