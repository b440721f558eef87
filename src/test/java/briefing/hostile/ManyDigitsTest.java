package briefing.hostile;

import briefing.pipeline.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A money value of 60,000 digits (README "Reliability") is refused with its place and the digit limit by
 * {@code briefing check} in a fresh JVM: such a tiny amount ($0.000...1) used to be read as a number and divided
 * (100,000 digits took 8.6 s). A longer value is refused before it is parsed, by the YAML reader's line limit
 * ({@code briefing.source.YamlReaderTest}). The command's own time (reading the file included) is measured by
 * {@link LimitProbe} and printed for the record, not asserted: speed is the benchmark's to measure.
 */
class ManyDigitsTest {

    static final String ROUND = "content/briefings/deal/round.yaml";

    @TempDir
    Path dir;

    @Test
    void aSixtyThousandDigitAmountIsRefusedAtItsPlace() throws Exception {
        TestSite.of("/hostile/base.txtar", dir.resolve("warmup"));
        Files.writeString(dir.resolve("warmup/" + ROUND), "company: [unclosed\n");
        TestSite.of("/hostile/base.txtar", dir);
        Path round = dir.resolve(ROUND);
        String yaml = Files.readString(round);
        Files.writeString(round, yaml.replace("amount: $100 billion", "amount: $0." + "0".repeat(59_998) + "1"),
                StandardCharsets.UTF_8);
        assertThat(Files.size(round)).isGreaterThan(60_000);

        Forked.Result run = Forked.run(dir, List.of("-Xmx256m"), LimitProbe.class.getName(),
                "--warmup", "warmup/content", "check",
                "--content", "content", "--templates", TestSite.PROJECT_TEMPLATES.toString());
        Matcher m = Pattern.compile("probe: exit=(\\d+) millis=(\\d+)").matcher(run.all());
        assertThat(m.find()).as(run.all()).isTrue();
        long millis = Long.parseLong(m.group(2));
        System.out.printf("digit limit: a 60,000-digit amount refused by briefing check in %d ms%n", millis);
        assertThat(Integer.parseInt(m.group(1))).as(run.all()).isEqualTo(1);
        assertThat(run.all()).contains(ROUND + ":3:11: error: total.amount: money has more than 30 digits, found \"$0."
                + "0".repeat(37) + "\u2026\" (60,002 characters)")
                .contains("a value has at most 30 digits").doesNotContain("Exception");
    }
}
