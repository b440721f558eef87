package briefing.hostile;

import briefing.pipeline.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resource limits (README "Reliability"): each hostile file is refused with a clear message by {@code briefing
 * check} in a fresh JVM with a 256 MB heap. The time is the command's own (JVM start-up excluded) and the heap is
 * the peak of the heap pools, both measured by {@link LimitProbe} and printed for the record. Speed is the
 * benchmark's to measure; the only bound here is {@link #HANG}, far above any honest run on a loaded machine, so
 * that a limit that stops working (a parse that runs away) fails instead of hanging the suite.
 */
class ResourceLimitsTest {

    /** A run this long is a limit that no longer stops the input, not a slow machine (quiet runs take 0.1-2 s). */
    static final long HANG = 60_000;
    static final String DATA = "content/briefings/deal/";

    @TempDir
    Path dir;

    @Test
    void billionLaughsIsRefusedAtTheFirstAlias() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = String.valueOf(c);
        }
        yaml.append("sources: *i\n");
        site().write("sources.yaml", yaml.toString());
        probe("alias bomb", DATA + "sources.yaml:2:", "YAML aliases (*name) are not supported");
    }

    @Test
    void tenThousandLevelsOfNestingStopAtTheDepthLimit() throws Exception {
        site().write("sources.yaml", "sources: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        probe("10,000-deep nesting", DATA + "sources.yaml:1:", "YAML is nested more than 64 levels deep");
    }

    @Test
    void twoThousandLevelsOfBlockNestingToo() throws Exception {
        // Block nesting needs indentation that grows with depth: 2,000 levels are 2 MB, under the size limit.
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            yaml.append(" ".repeat(i)).append("- \n");
        }
        site().write("faqs.yaml", "faqs:\n" + yaml);
        probe("2,000-deep block nesting", DATA + "faqs.yaml:", "YAML is nested more than 64 levels deep");
    }

    @Test
    void aHundredMegabyteDataFileIsRefusedBeforeReading() throws Exception {
        Path file = site().path("sources.yaml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("sources:\n");
            String row = "  - {id: s, name: padding padding padding padding padding, status: reported}\n";
            for (long written = 0; written < 100L * 1024 * 1024; written += row.length()) {
                out.write(row);
            }
        }
        probe("100 MB data file", DATA + "sources.yaml: error: file is ", "over the limit of 4194304");
    }

    @Test
    void aTenMegabyteLineIsRefusedBeforeReading() throws Exception {
        site().write("sources.yaml", "sources:\n  - id: s\n    name: \"" + "x".repeat(10 * 1024 * 1024) + "\"\n");
        probe("10 MB single line", DATA + "sources.yaml: error: file is ", "over the limit of 4194304");
    }

    @Test
    void aMillionRowsAreRefusedBySizeByDefault() throws Exception {
        Files.writeString(millionRows(), "", java.nio.file.StandardOpenOption.APPEND);
        probe("1,000,000 FAQ rows", DATA + "faqs.yaml: error: file is ", "raise limits.max_file_bytes");
    }

    @Test
    void aMillionRowsAreRefusedByTheValueLimitWhenTheSizeLimitIsRaised() throws Exception {
        millionRows();
        Path config = dir.resolve("content/site.yaml");
        Files.writeString(config, Files.readString(config) + "limits:\n  max_file_bytes: 500_000_000\n");
        // Raising the size limit means reading 40 MB first (about 5 s on a quiet machine), still far from a hang or an OOM.
        probe("1,000,000 FAQ rows, size limit raised", DATA + "faqs.yaml:",
                "YAML holds more than 200000 values");
    }

    private Path millionRows() throws IOException {
        Path file = site().path("faqs.yaml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("faqs:\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("  - {id: q" + i + ", question: Why, answer: Because}\n");
            }
        }
        return file;
    }

    private static final Pattern PROBE = Pattern.compile("probe: exit=(\\d+) millis=(\\d+) peakHeapMb=(\\d+)");

    private void probe(String what, String location, String message) throws Exception {
        TestSite.of("/hostile/base.txtar", dir.resolve("warmup"));
        Files.writeString(dir.resolve("warmup/" + DATA + "sources.yaml"), "sources: [unclosed\n");
        Forked.Result run = Forked.run(dir, List.of("-Xmx256m"), LimitProbe.class.getName(),
                "--warmup", "warmup/content", "check",
                "--content", "content", "--templates", TestSite.PROJECT_TEMPLATES.toString());
        Matcher m = PROBE.matcher(run.all());
        assertThat(m.find()).as("probe output of %s:%n%s", what, run.all()).isTrue();
        int exit = Integer.parseInt(m.group(1));
        long millis = Long.parseLong(m.group(2));
        long heap = Long.parseLong(m.group(3));
        System.out.printf("resource limit: %-40s %5d ms, peak heap %4d MB%n", what, millis, heap);
        assertThat(exit).as("%s: exit code (1 = content error)%n%s", what, run.all()).isEqualTo(1);
        assertThat(run.all()).as(what).contains(location).contains(message).doesNotContain("Exception")
                .doesNotContain("internal error");
        assertThat(millis).as("%s: refused, not left running (%d ms)", what, millis).isLessThan(HANG);
    }

    private Data site() {
        TestSite.of("/hostile/base.txtar", dir);
        return new Data();
    }

    private final class Data {
        Path path(String name) {
            return dir.resolve(DATA + name);
        }

        void write(String name, String text) throws IOException {
            Files.writeString(path(name), text, StandardCharsets.UTF_8);
        }
    }
}
