package briefing.cli;

import briefing.pipeline.TestSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One mistake in one file of the real content (docs/errors.md: errors lead with their cause). The
 * first error printed is that mistake, and the count holds only the errors that stand on their own: the references
 * that fail only because the file or entry could not be read (unknown figure, unknown chart, no data set, unknown
 * company or source) are counted under their cause, not as errors of their own.
 */
class OneMistakeTest {

    static final String BRIEFING = "content/briefings/amazon-openai-talks/";

    @TempDir
    Path tmp;

    /** File, line, text on that line, its replacement, the expected first headline, errors following from it. */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments(BRIEFING + "round.yaml", 6, "$100 billion", "$100 bilion",
                        BRIEFING + "round.yaml:6:11: error: total.amount: expected money like \"$50B\", \"$8 billion\""
                                + " or \"up to $50 billion\", found \"$100 bilion\"", 26),
                arguments(BRIEFING + "investments.yaml", 17, "amazon-anthropic-stake", "amazon-anthropic-stak",
                        BRIEFING + "investments.yaml:17:15: error: investments[1].current[0].deal: unknown deal "
                                + "`amazon-anthropic-stak`", 5),
                arguments("content/data/deals.yaml", 11, "about $8 billion", "about $8 bilion",
                        "content/data/deals.yaml:11:13: error: deals[0].amount: expected money like \"$50B\", "
                                + "\"$8 billion\" or \"up to $50 billion\", found \"about $8 bilion\"", 6),
                arguments("content/data/sources.yaml", 8, "news-report", "newsreport",
                        "content/data/sources.yaml:8:11: error: sources[0].kind: expected one of news-report, "
                                + "company-statement, analyst-estimate, filing, other, found \"newsreport\"", 0),
                arguments(BRIEFING + "figures.yaml", 8, "round.amazon", "round.amazn",
                        BRIEFING + "figures.yaml:8:19: error: unknown figure `round.amazn`", 2),
                arguments(BRIEFING + "valuations.yaml", 6, "$500 billion", "$500 bilion",
                        BRIEFING + "valuations.yaml:6:13: error: valuations[0].amount: expected money like \"$50B\", "
                                + "\"$8 billion\" or \"up to $50 billion\", found \"$500 bilion\"", 3),
                arguments(BRIEFING + "workforce.yaml", 6, "14,000", "fourteen thousand",
                        BRIEFING + "workforce.yaml:6:12: error: changes[0].count: expected a count like \"16,000\" or "
                                + "\"about 16,000\", found \"fourteen thousand\"", 5),
                arguments(BRIEFING + "timeline.yaml", 4, "2015", "2015-13",
                        BRIEFING + "timeline.yaml:4:11: error: events[0].date: month must be between 01 and 12, "
                                + "found \"2015-13\"", 1),
                arguments(BRIEFING + "faqs.yaml", 7, "analyst-estimates]", "analyst-estimates",
                        BRIEFING + "faqs.yaml:7:14: error: YAML syntax: the [ that starts here is not closed "
                                + "(expected ',' or ']', but got : at line 8, column 7)", 0),
                arguments(BRIEFING + "sources.yaml", 9, "not named.\"", "not named.",
                        BRIEFING + "sources.yaml:15:12: error: YAML syntax: expected <block end>, but found "
                                + "'<scalar>' (while parsing a block mapping that starts at line 4)", 5),
                arguments(BRIEFING + "charts.yaml", 6, "donut", "donught",
                        BRIEFING + "charts.yaml:6:11: error: charts[0].type: expected one of bar, horizontal-bar, "
                                + "stacked-bar, grouped-bar, pie, donut, line, found \"donught\"", 1),
                arguments("content/companies.yaml", 5, "id: amazon", "id: amazon!",
                        "content/companies.yaml:5:9: error: companies[0].id: expected an id of lowercase letters, "
                                + "digits and dashes like \"press-report\", found \"amazon!\"", 34),
                arguments("content/site.yaml", 7, "UTC", "Mars/Olympus",
                        "content/site.yaml:7:12: error: time_zone: expected a time zone like \"UTC\" or "
                                + "\"Europe/London\", found \"Mars/Olympus\"", 0),
                arguments(BRIEFING + "index.md", 4, "2026-02-27", "2026-02-30",
                        BRIEFING + "index.md:4:7: error: date: no day 30 in February 2026 (it has 28 days), found "
                                + "\"2026-02-30\"", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void theFirstErrorIsTheMistakeAndTheCountHoldsOnlyIndependentErrors(String file, int line, String text,
            String replacement, String headline, int following) throws IOException {
        TestSite.copyTree(Path.of("content").toAbsolutePath(), tmp.resolve("content"));
        Path edited = tmp.resolve(file);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(edited));
        assertThat(lines.get(line - 1)).contains(text);
        lines.set(line - 1, lines.get(line - 1).replace(text, replacement));
        Files.write(edited, lines);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"check", "--content", tmp.resolve("content").toString(), "--templates",
                TestSite.PROJECT_TEMPLATES.toString()}, new PrintWriter(out), new PrintWriter(err));
        List<String> printed = err.toString().replace(tmp + "/", "").lines().toList();

        assertThat(code).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(printed.get(0)).isEqualTo(headline);
        assertThat(printed.stream().filter(l -> l.contains(": error: "))).as(err.toString()).containsExactly(headline);
        assertThat(printed.get(printed.size() - 1)).isEqualTo("1 error");
        if (following > 0) {
            assertThat(printed).contains("  note: " + following + (following == 1 ? " other error follows"
                    : " other errors follow") + " from this one (not shown: fixing this fixes them)");
        } else {
            assertThat(printed).noneMatch(l -> l.startsWith("  note:"));
        }
    }
}
