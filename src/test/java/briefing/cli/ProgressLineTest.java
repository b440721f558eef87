package briefing.cli;

import briefing.pipeline.BuildPipeline;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

    @Test
    void aLineNamesTheStageAndOnceAssembledThePagesAndChartsDone() {
        assertThat(ProgressLine.format(new BuildPipeline.Progress("load", 0, 0, 0, 0))).isEqualTo("load");
        assertThat(ProgressLine.format(new BuildPipeline.Progress("render", 120, 300, 40, 90)))
                .isEqualTo("render: 120/300 pages, 40/90 charts");
        assertThat(ProgressLine.format(new BuildPipeline.Progress("check", 300, 300, 0, 0)))
                .isEqualTo("check: 300/300 pages");
    }

    @Test
    void plainLinesForCiOnePerStage() throws Exception {
        StringWriter err = new StringWriter();
        AtomicReference<BuildPipeline.Progress> now = new AtomicReference<>(new BuildPipeline.Progress("load", 0, 0,
                0, 0));
        try (ProgressLine line = ProgressLine.start(ProgressLine.Mode.PLAIN, new PrintWriter(err), now::get, 0)) {
            Thread.sleep(500);
            now.set(new BuildPipeline.Progress("render", 3, 5, 1, 2));
            Thread.sleep(500);
        }
        assertThat(err.toString()).isEqualTo("load" + System.lineSeparator() + "render: 3/5 pages, 1/2 charts"
                + System.lineSeparator());
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlaceAndErasedAtTheEnd() throws Exception {
        StringWriter err = new StringWriter();
        AtomicReference<BuildPipeline.Progress> now = new AtomicReference<>(new BuildPipeline.Progress("render", 1,
                5, 0, 0));
        try (ProgressLine line = ProgressLine.start(ProgressLine.Mode.LIVE, new PrintWriter(err), now::get, 0)) {
            Thread.sleep(300);
        }
        String shown = err.toString();
        assertThat(shown).startsWith("\rrender: 1/5 pages").doesNotContain("\n")
                .endsWith("\r" + " ".repeat("render: 1/5 pages".length()) + "\r");
    }

    @Test
    void nothingBeforeTheDelayNorWhenOff() throws Exception {
        StringWriter err = new StringWriter();
        BuildPipeline.Progress p = new BuildPipeline.Progress("render", 1, 5, 0, 0);
        try (ProgressLine line = ProgressLine.start(ProgressLine.Mode.LIVE, new PrintWriter(err), () -> p, 60_000)) {
            Thread.sleep(300);
        }
        try (ProgressLine line = ProgressLine.start(ProgressLine.Mode.OFF, new PrintWriter(err), () -> p, 0)) {
            Thread.sleep(300);
        }
        assertThat(err.toString()).isEmpty();
    }
}
