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

    record Loaded(List<ChartSpec> charts, List<String> errors, List<String> hints) {
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
        return new Loaded(specs, problems.sorted().stream().map(Diagnostic::headline).toList(),
                problems.sorted().stream().map(Diagnostic::hint).filter(java.util.Objects::nonNull).toList());
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
        assertThat(spec.description()).isEqualTo("Stacked bar chart: Commitments. Acme: Equity up to $50 billion "
                + "(reported); Beta: Equity $8 billion, Other $11 billion.");
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

    @Test
    void oneAxisShowsOneQuantityAndTheHintSaysHowToSplitTheChart() throws IOException {
        Loaded loaded = load("""
                charts:
                  - id: mixed
                    type: bar
                    title: Money and jobs
                    series:
                      - points:
                          - {label: Acme, figure: round.acme}
                          - {label: Jobs, figure: workforce.a}
                """);
        assertThat(loaded.errors()).containsExactly("b/charts.yaml:8:35: error: charts[0].series[0].points[1].figure: "
                + "this chart plots money values (line 7); this one is count");
        assertThat(loaded.hints()).containsExactly("one axis shows one quantity: make a separate chart for the count "
                + "values");
        assertThat(Quantity.of(new briefing.data.Figure("valuations.x", "x", null, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), List.of(), null))).contains(Quantity.VALUATION);
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

    static final String PACKAGE = """
            resources:
              - name: capex
                path: capex.csv
                schema:
                  fields:
                    - {name: company, type: string}
                    - {name: year, type: year}
                    - {name: capex, title: Capital spending, type: number, kind: money, currency: USD, scale: billion}
                    - {name: region, type: string}
                    - {name: qualifier, kind: qualifier}
                    - {name: status, kind: status}
                    - {name: source, kind: source}
                  primaryKey: [company, year]
              - name: flows
                path: flows.csv
                schema:
                  fields:
                    - {name: id, type: integer}
                    - {name: party, type: string}
                    - {name: amount, type: string, kind: money}
                    - {name: quarter, type: string, kind: date}
            """;
    static final String CAPEX = """
            company,year,capex,region,qualifier,status,source
            Meta,2025,72,US,,confirmed,report
            Meta,2024,39.2,US,,confirmed,report
            Oracle,2024,6.9,US,about,estimated,report
            Oracle,2025,21.2,US,,reported,report
            SAP,2024,2,EU,,confirmed,report
            """;
    static final String DEALS = """
            id,party,amount,quarter
            1,Acme,$5B,2025-Q1
            2,Beta,€3B,2025-Q2
            3,Acme,$1B,2025-Q2
            """;

    /** Loads charts over the fixture data plus a data package (capex, flows) beside them. */
    Loaded loadDataset(String charts, String flows) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(folder.resolve("datapackage.yaml"), PACKAGE);
        Files.writeString(folder.resolve("capex.csv"), CAPEX);
        Files.writeString(folder.resolve("flows.csv"), flows);
        return load(charts);
    }

    Loaded loadDataset(String charts) throws IOException {
        return loadDataset(charts, DEALS);
    }

    static final String HEAD = "charts:\n  - id: c\n    title: T\n";

    @Test
    void aResourceGivesOneSeriesPerValueOfTheSeriesColumnInTimeOrder() throws IOException {
        Loaded loaded = loadDataset(HEAD + "    type: grouped-bar\n    data: {from: capex, label: year, value: capex, "
                + "series: company, filter: {region: US}}\n");
        assertThat(loaded.errors()).isEmpty();
        ChartSpec spec = loaded.charts().get(0);
        assertThat(spec.categories()).containsExactly("2024", "2025");
        assertThat(spec.series()).extracting(ChartSpec.Series::name).containsExactly("Meta", "Oracle");
        ChartSpec.Point oracle2024 = spec.series().get(1).points().get(0);
        assertThat(oracle2024.display()).isEqualTo("about $6.9 billion");
        assertThat(oracle2024.qualified()).isTrue();
        assertThat(oracle2024.status()).contains("Estimated");
        assertThat(oracle2024.source()).contains("A report");
        assertThat(oracle2024.date()).map(Object::toString).contains("2024-01-01");
        assertThat(spec.format()).isEqualTo(ValueKind.MONEY);
        assertThat(spec.currency()).contains("USD");
        assertThat(spec.description()).isEqualTo("Grouped bar chart: T. 2024: Meta $39.2 billion (confirmed), "
                + "Oracle about $6.9 billion (estimated); 2025: Meta $72 billion (confirmed), Oracle $21.2 billion "
                + "(reported). Source: A report.");
    }

    @Test
    void aggregateSumAddsRowsOfOneLabelWithTheWeakestStatusAndTheirQualifier() throws IOException {
        Loaded loaded = loadDataset(HEAD + "    type: bar\n    data: {from: capex, label: year, value: capex, "
                + "aggregate: sum, sort: -value}\n");
        assertThat(loaded.errors()).isEmpty();
        ChartSpec spec = loaded.charts().get(0);
        assertThat(spec.categories()).containsExactly("2025", "2024");
        assertThat(spec.series().get(0).name()).isEqualTo("Capital spending");
        assertThat(spec.series().get(0).points()).extracting(ChartSpec.Point::display)
                .containsExactly("$93.2 billion", "about $48.1 billion");
        assertThat(spec.series().get(0).points()).extracting(p -> p.status().orElseThrow())
                .containsExactly("Reported", "Estimated");
    }

    @Test
    void topKeepsTheLargestLabelsAndSumsTheRestIntoOther() throws IOException {
        Loaded loaded = loadDataset(HEAD + "    type: pie\n    data: {from: capex, label: company, value: capex, "
                + "aggregate: sum, top: 1, other: The rest}\n");
        assertThat(loaded.errors()).isEmpty();
        ChartSpec spec = loaded.charts().get(0);
        assertThat(spec.categories()).containsExactly("Meta", "The rest");
        assertThat(spec.series().get(0).points()).extracting(ChartSpec.Point::display)
                .containsExactly("$111.2 billion", "about $30.1 billion");
    }

    @Test
    void aMissingValueIsAGapNotAZero() throws IOException {
        Loaded loaded = loadDataset(HEAD + "    type: line\n    data: {from: flows, label: quarter, value: amount, "
                + "series: party}\n", "id,party,amount,quarter\n1,Acme,$5B,2025-Q1\n2,Acme,,2025-Q2\n"
                + "3,Beta,$2B,2025-Q2\n");
        assertThat(loaded.errors()).isEmpty();
        ChartSpec spec = loaded.charts().get(0);
        assertThat(spec.categories()).containsExactly("Q1 2025", "Q2 2025");
        assertThat(spec.series().get(0).points()).extracting(ChartSpec.Point::value).containsExactly(5.0e9, null);
        assertThat(spec.series().get(1).points()).extracting(ChartSpec.Point::value).containsExactly(null, 2.0e9);
        assertThat(spec.series().get(1).points().get(0).date()).map(Object::toString).contains("2025-01-01");
    }

    static Stream<Arguments> badDatasetCharts() {
        return Stream.of(
                Arguments.of(HEAD + "    type: bar\n    data: {from: capx, label: year, value: capex}\n",
                        "b/charts.yaml:5:18: error: charts[0].data.from: no data set `capx`",
                        "did you mean `capex`?"),
                Arguments.of(HEAD + "    type: bar\n    data: {from: capex, label: yaer, value: capex}\n",
                        "b/charts.yaml:5:32: error: charts[0].data.label: `capex` has no column `yaer`",
                        "did you mean `year`?"),
                Arguments.of(HEAD + "    type: bar\n    data: {from: capex, label: year, value: company}\n",
                        "b/charts.yaml:5:45: error: charts[0].data.value: column `company` of `capex` is string, "
                                + "not a number",
                        "plot one of its number columns: capex"),
                Arguments.of(HEAD + "    type: bar\n    data: {from: capex, label: year, value: capex, series: capex}\n",
                        "b/charts.yaml:5:60: error: charts[0].data.series: column `capex` holds money (kind) values, "
                                + "one series per distinct amount",
                        "split the rows by a column of categories, such as a company, a text, a year or a date"),
                Arguments.of(HEAD + "    type: bar\n    data: {from: flows, label: quarter, value: amount, "
                                + "aggregate: sum}\n",
                        "b/charts.yaml:5:48: error: charts[0].data.value: this chart would mix USD "
                                + "(b/flows.csv:2:8) and EUR (b/flows.csv:3:8)",
                        "one chart shows one currency: add a `filter` keeping one, or make a chart per currency"),
                Arguments.of(HEAD + "    type: bar\n    data: {from: capex, label: year, value: capex}\n",
                        "b/charts.yaml:5:32: error: charts[0].data.label: `capex` has more than one row for `2024`: "
                                + "b/capex.csv:3:1 and b/capex.csv:4:1",
                        "declare `aggregate: sum` to add them up, or a `filter` to keep one of them"),
                Arguments.of(HEAD + "    type: bar\n    data: {from: capex, label: year, value: capex, series: region}\n",
                        "b/charts.yaml:5:32: error: charts[0].data.label: `capex` has more than one row for `2024` "
                                + "in series `US`: b/capex.csv:3:1 and b/capex.csv:4:1",
                        "declare `aggregate: sum` to add them up, or a `filter` to keep one of them"),
                Arguments.of(HEAD + "    type: bar\n    data: {from: capex, label: year, value: capex, "
                                + "filter: {regoin: US}}\n",
                        "b/charts.yaml:5:61: error: charts[0].data.filter: `capex` has no column `regoin`",
                        "did you mean `region`?"),
                Arguments.of(HEAD + "    type: bar\n    data: {from: capex, label: year, value: capex, "
                                + "filter: {company: Metta}}\n",
                        "b/charts.yaml:5:61: error: charts[0].data.filter.company: no row of `capex` has company "
                                + "`Metta`",
                        "did you mean `Meta`?"),
                Arguments.of(HEAD + "    type: line\n    data: {from: capex, label: year, value: capex, series: company, "
                                + "sort: value}\n",
                        "b/charts.yaml:5:75: error: charts[0].data.sort: a line over time is ordered by time",
                        "remove `sort`"),
                Arguments.of(HEAD + "    type: bar\n    data: {from: workforce, label: date, value: count, "
                                + "aggregate: sum}\n",
                        "b/charts.yaml:5:67: error: charts[0].data.aggregate: `aggregate` applies to dataset "
                                + "resources; `workforce` is a built-in data file",
                        "see README.md, \"Charts from datasets\""),
                Arguments.of(HEAD + "    type: donut\n    data: {from: capex, label: company, value: capex, "
                                + "aggregate: sum, top: 8}\n",
                        "b/charts.yaml:5:76: error: charts[0].data.top: 8 labels and \"Other\" are more than a "
                                + "donut chart shows legibly: at most 8 slices",
                        "ask for fewer (`top: 7`)"));
    }

    @ParameterizedTest
    @MethodSource("badDatasetCharts")
    void reportsABadDatasetChartAtItsPositionWithAHint(String yaml, String expected, String hint) throws IOException {
        Loaded loaded = loadDataset(yaml);
        assertThat(loaded.errors()).contains(expected);
        assertThat(loaded.hints()).contains(hint);
    }

    @Test
    void aChartAskedForMorePointsThanItsTypeShowsIsAnErrorNamingTheLimit() throws IOException {
        StringBuilder csv = new StringBuilder("id,party,amount,quarter\n");
        for (int i = 1; i <= 61; i++) {
            csv.append(i).append(",Party ").append(i).append(",$1B,2025-Q1\n");
        }
        Loaded bars = loadDataset(HEAD + "    type: bar\n    data: {from: flows, label: party, value: amount}\n",
                csv.toString());
        assertThat(bars.errors()).containsExactly("b/charts.yaml:5:18: error: charts[0].data.from: `flows` gives 61 "
                + "bars; a bar chart shows at most 60 legibly");
        assertThat(bars.hints()).containsExactly("declare `top: 59` to keep the largest and sum the rest into "
                + "\"Other\", `aggregate: sum` over a coarser label, or a `filter`");
        Loaded slices = loadDataset(HEAD + "    type: pie\n    data: {from: flows, label: party, value: amount}\n",
                csv.toString());
        assertThat(slices.errors()).containsExactly("b/charts.yaml:5:18: error: charts[0].data.from: `flows` gives "
                + "61 slices; a pie chart shows at most 8 legibly");
        Loaded top = loadDataset(HEAD + "    type: pie\n    data: {from: flows, label: party, value: amount, top: 7}\n",
                csv.toString());
        assertThat(top.errors()).isEmpty();
        assertThat(top.charts().get(0).categories()).hasSize(8).endsWith("Other");
        assertThat(top.charts().get(0).series().get(0).points().get(7).display()).isEqualTo("$54 billion");
        Loaded series = loadDataset(HEAD + "    type: line\n    data: {from: flows, label: quarter, value: amount, "
                + "series: party}\n", csv.toString());
        assertThat(series.errors()).containsExactly("b/charts.yaml:5:64: error: charts[0].data.series: `flows` gives "
                + "61 series; a chart shows at most 8, one colour each");
    }
}
