package briefing.chart;

import briefing.data.BriefingData;
import briefing.data.DataLoader;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ChartLoaderTest {

    static final String SOURCES = """
            sources:
              - id: report
                name: A report
                status: reported
            """;
    static final String ROUND = """
            company: Target
            total:
              amount: $100 billion
              status: reported
              source: report
            participants:
              - id: acme
                investor: Acme
                amount: up to $50 billion
                status: reported
                source: report
              - id: beta
                investor: Beta
                amount: up to $30 billion
                status: reported
                source: report
              - id: gamma
                investor: Gamma
                status: reported
                source: report
            """;
    static final String WORKFORCE = """
            company: Acme
            changes:
              - id: a
                date: 2025-10
                count: 14,000
                scope: corporate jobs
                status: reported
                source: report
              - id: b
                date: 2026-02
                count: about 16,000
                scope: corporate jobs
                status: planned
                source: report
            """;

    @TempDir
    Path tmp;

    record Loaded(List<ChartSpec> charts, List<String> errors) {
    }

    Loaded load(String charts) throws IOException {
        return load(charts, ROUND);
    }

    Loaded load(String charts, String round) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(folder.resolve("sources.yaml"), SOURCES);
        Files.writeString(folder.resolve("round.yaml"), round);
        Files.writeString(folder.resolve("workforce.yaml"), WORKFORCE);
        Files.writeString(folder.resolve("charts.yaml"), charts);
        SourceReader reader = new SourceReader(tmp, 1_000_000);
        YamlReader yaml = new YamlReader(1_000_000);
        Diagnostics problems = new Diagnostics();
        BriefingData data = new DataLoader(reader, yaml).load(folder, briefing.data.Companies.NONE, problems);
        assertThat(problems.sorted()).as("the fixture data is valid").isEmpty();
        List<ChartSpec> specs = new ChartLoader(reader, yaml, new ValueFormat(Locale.US)).load(folder, data, problems);
        return new Loaded(specs, problems.sorted().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void readsRowsOfADataFileWithARemainderOfTheTotal() throws IOException {
        Loaded loaded = load("""
                charts:
                  - id: round
                    type: donut
                    title: The round
                    data:
                      from: round.participants
                      label: investor
                      value: amount
                      remainder: Others
                    source: report
                """);
        assertThat(loaded.errors()).isEmpty();
        ChartSpec spec = loaded.charts().get(0);
        assertThat(spec.categories()).containsExactly("Acme", "Beta", "Others");
        assertThat(spec.series().get(0).points()).extracting(ChartSpec.Point::display)
                .containsExactly("up to $50 billion", "up to $30 billion", "at least $20 billion");
        assertThat(spec.series().get(0).points()).extracting(ChartSpec.Point::value)
                .containsExactly(5.0e10, 3.0e10, 2.0e10);
        assertThat(spec.format()).isEqualTo(ValueKind.MONEY);
        assertThat(spec.currency()).contains("USD");
        assertThat(spec.description()).isEqualTo("Donut chart: The round. Acme up to $50 billion (50%), reported; "
                + "Beta up to $30 billion (30%), reported; Others at least $20 billion (20%), reported.");
        assertThat(spec.source()).map(ChartSpec.SourceRef::name).contains("A report");
    }

    @Test
    void theRemainderOfAnAboutTotalIsOnlyAboutTheRest() throws IOException {
        Loaded loaded = load("""
                charts:
                  - id: round
                    type: donut
                    title: The round
                    data: {from: round.participants, label: investor, value: amount, remainder: Others}
                """, ROUND.replace("amount: $100 billion", "amount: about $100 billion"));

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.charts().get(0).series().get(0).points()).extracting(ChartSpec.Point::display)
                .containsExactly("up to $50 billion", "up to $30 billion", "about $20 billion");
    }

    @Test
    void readsInlineSeriesWithFigureReferencesAndMissingPoints() throws IOException {
        Loaded loaded = load("""
                charts:
                  - id: stack
                    type: stacked-bar
                    title: Commitments
                    series:
                      - name: Equity
                        points:
                          - label: Acme
                            figure: round.acme
                          - label: Beta
                            value: $8 billion
                      - name: Other
                        points:
                          - label: Acme
                          - label: Beta
                            value: $11B
                """);
        assertThat(loaded.errors()).isEmpty();
        ChartSpec spec = loaded.charts().get(0);
        assertThat(spec.series()).hasSize(2);
        assertThat(spec.series().get(1).points().get(0).value()).isNull();
        assertThat(spec.series().get(0).points().get(0).status()).contains("Reported");
        assertThat(spec.description()).isEqualTo("Stacked bar chart: Commitments. Acme: Equity up to $50 billion; "
                + "Beta: Equity $8 billion, Other $11 billion.");
    }

    @Test
    void lineChartsTakeDatesAndCountsFromTheData() throws IOException {
        Loaded loaded = load("""
                charts:
                  - id: cuts
                    type: line
                    title: Cuts
                    data: {from: workforce, label: date, value: count}
                """);
        assertThat(loaded.errors()).isEmpty();
        ChartSpec spec = loaded.charts().get(0);
        assertThat(spec.categories()).containsExactly("October 2025", "February 2026");
        assertThat(spec.series().get(0).points()).extracting(p -> p.date().orElseThrow().toString())
                .containsExactly("2025-10-01", "2026-02-01");
        assertThat(spec.format()).isEqualTo(ValueKind.COUNT);
    }

    static Stream<Arguments> badDeclarations() {
        String head = "charts:\n  - id: c\n    title: T\n";
        return Stream.of(
                Arguments.of(head + "    type: radar\n    series: []\n",
                        "b/charts.yaml:4:11: error: charts[0].type: expected one of bar, horizontal-bar, stacked-bar, "
                                + "grouped-bar, pie, donut, line, found \"radar\""),
                Arguments.of(head + "    type: bar\n    colour: red\n    data: {from: workforce, label: date, value: count}\n",
                        "b/charts.yaml:5:5: error: charts[0].colour: unknown field"),
                Arguments.of(head + "    type: bar\n    data: {from: workforce, label: date, value: cuont}\n",
                        "b/charts.yaml:5:49: error: charts[0].data.value: `workforce` has no field `cuont`"),
                Arguments.of(head + "    type: bar\n    data: {from: valuations, label: date, value: amount}\n",
                        "b/charts.yaml:5:18: error: charts[0].data.from: no data set `valuations`"),
                Arguments.of(head + "    type: bar\n    data: {from: workforce, label: date, value: scope}\n",
                        "b/charts.yaml:5:49: error: charts[0].data.value: `scope` is not a number"),
                Arguments.of(head + "    type: line\n    data: {from: workforce, label: scope, value: count}\n",
                        "b/charts.yaml:5:36: error: charts[0].data.label: a line chart needs dates on its x axis; "
                                + "`scope` is not a date"),
                Arguments.of(head + "    type: bar\n    series:\n      - name: A\n        points:\n"
                                + "          - {label: x, value: fifty}\n",
                        "b/charts.yaml:8:31: error: charts[0].series[0].points[0].value: expected a number like "
                                + "\"$50B\", \"16,000\" or \"50%\", found \"fifty\""),
                Arguments.of(head + "    type: grouped-bar\n    series:\n      - name: A\n        points:\n"
                                + "          - {label: x, value: 1}\n          - {label: y, value: 2}\n"
                                + "      - name: B\n        points:\n          - {label: x, value: 3}\n",
                        "b/charts.yaml:10:9: error: charts[0].series[1].points: series \"B\" has the labels [x] but "
                                + "the first series (line 6) has [x, y]"),
                Arguments.of(head + "    type: bar\n    series:\n      - name: A\n        points:\n"
                                + "          - {label: x, figure: round.acm}\n",
                        "b/charts.yaml:8:32: error: charts[0].series[0].points[0].figure: unknown figure `round.acm`"),
                Arguments.of(head + "    type: bar\n    series:\n      - name: A\n        points:\n"
                                + "          - {label: x, value: $1B}\n          - {label: y, value: 16000}\n",
                        "b/charts.yaml:9:31: error: charts[0].series[0].points[1].value: expected money like "
                                + "\"$50B\", \"$8 billion\" or \"up to $50 billion\", found \"16000\""),
                Arguments.of(head + "    type: pie\n    source: reprot\n    data: {from: workforce, label: date, value: count}\n",
                        "b/charts.yaml:5:13: error: unknown source `reprot`"),
                Arguments.of(head + "    type: bar\n",
                        "b/charts.yaml:2:5: error: charts[0].data: a chart takes its numbers from `data` (rows of a "
                                + "data file) or from `series` (inline), exactly one of them"),
                Arguments.of("charts:\n  - id: c\n    type: bar\n    title: T\n    data: {from: workforce, label: date, value: count}\n"
                                + "  - id: c\n    type: bar\n    title: U\n    data: {from: workforce, label: date, value: count}\n",
                        "b/charts.yaml:6:9: error: duplicate chart id \"c\""),
                Arguments.of(head + "    type: pie\n    series:\n      - {name: A, points: [{label: x, value: 1}]}\n"
                                + "      - {name: B, points: [{label: x, value: 2}]}\n",
                        "b/charts.yaml:4:11: error: charts[0].type: a pie chart shows one series, found 2"));
    }

    @ParameterizedTest
    @MethodSource("badDeclarations")
    void reportsABadDeclarationAtItsPosition(String yaml, String expected) throws IOException {
        assertThat(load(yaml).errors()).contains(expected);
    }
}
