package briefing.hostile;

import briefing.build.TestSite;
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
 * A money value of 100,000 digits (README "Reliability") is refused with its place and the digit limit by
 * {@code briefing check} in a fresh JVM, quickly: such a tiny amount ($0.000...1) used to be read as a number and
 * divided, for 8.6 s.
 * The time is the command's own (reading the file included), measured by {@link LimitProbe} and printed for the
 * record. The value parsers alone refuse a million digits in milliseconds ({@code briefing.value.DigitLimitTest});
 * at a million digits, most of a build's time is the YAML parser scanning the 1 MB scalar.
 */
class ManyDigitsTest {

    static final String ROUND = "content/briefings/deal/round.yaml";

    @TempDir
    Path dir;

    @Test
    void aHundredThousandDigitAmountIsRefusedAtItsPlaceQuickly() throws Exception {
        TestSite.of("/hostile/base.txtar", dir.resolve("warmup"));
        Files.writeString(dir.resolve("warmup/" + ROUND), "company: [unclosed\n");
        TestSite.of("/hostile/base.txtar", dir);
        Path round = dir.resolve(ROUND);
        String yaml = Files.readString(round);
        Files.writeString(round, yaml.replace("amount: $100 billion", "amount: $0." + "0".repeat(99_998) + "1"),
                StandardCharsets.UTF_8);
        assertThat(Files.size(round)).isGreaterThan(100_000);

        Forked.Result run = Forked.run(dir, List.of("-Xmx256m"), LimitProbe.class.getName(),
                "--warmup", "warmup/content", "check",
                "--content", "content", "--templates", TestSite.PROJECT_TEMPLATES.toString());
        Matcher m = Pattern.compile("probe: exit=(\\d+) millis=(\\d+)").matcher(run.all());
        assertThat(m.find()).as(run.all()).isTrue();
        long millis = Long.parseLong(m.group(2));
        System.out.printf("digit limit: a 100,000-digit amount refused by briefing check in %d ms%n", millis);
        assertThat(Integer.parseInt(m.group(1))).as(run.all()).isEqualTo(1);
        assertThat(run.all()).contains(ROUND + ":3:11: error: total.amount: money has more than 30 digits, found \"$0."
                + "0".repeat(37) + "\u2026\" (100,002 characters)")
                .contains("a value has at most 30 digits").doesNotContain("Exception");
        // Twice the budget of the other limits: the YAML parser's scan of a 100 KB scalar is slow on a loaded machine.
        assertThat(millis).isLessThan(2 * ResourceLimitsTest.MAX_MILLIS);
    }
}
