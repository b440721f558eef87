package briefing.data;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.Status;
import briefing.value.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** figures.yaml: derived figures over written figures, dataset columns and each other, and every mistake in it. */
class DerivedFiguresTest {

    private static final String DIR = "briefings/x/";
    private static final ValueFormat US = new ValueFormat(Locale.US);

    private static final String SOURCES = """
            sources:
              - id: report
                name: News report
                status: reported
              - id: filings
                name: Annual reports
                status: confirmed
            """;
    private static final String ROUND = """
            company: Target
            name: Target's round
            date: 2026-02
            total:
              amount: $100 billion
              status: confirmed
              source: filings
            participants:
              - id: acme
                investor: Acme
                amount: up to $50 billion
                status: reported
                source: report
              - id: beta
                investor: Beta
                amount: $30 billion
                status: confirmed
                source: filings
            """;
    private static final String VALUATIONS = """
            company: Target
            valuations:
              - id: eur
                event: A sale in euros
                amount: EUR 5 billion
                status: reported
                source: report
            """;
    private static final String WORKFORCE = """
            company: Target
            changes:
              - id: cuts
                count: 1,000
                scope: corporate
                status: planned
                source: report
              - id: none
                count: 0
                scope: none
                status: reported
                source: report
            """;
    private static final String DATAPACKAGE = """
            resources:
              - name: capex
                title: Capital spending
                path: capex.csv
                schema:
                  fields:
                    - name: company
                    - name: year
                      type: year
                    - name: amount
                      type: number
                      kind: money
                      currency: USD
                      scale: billion
                    - name: qualifier
                      kind: qualifier
                    - name: status
                      kind: status
                    - name: source
                      kind: source
                  primaryKey: [company, year]
            """;
    private static final String CAPEX = """
            company,year,amount,qualifier,status,source
            meta,2024,39.2,,confirmed,filings
            meta,2025,72,,confirmed,filings
            alphabet,2025,91,up to,reported,report
            oracle,2025,21.2,about,confirmed,filings
            oracle,2026,35,,planned,report
            """;

    @TempDir
    Path base;

    private final Diagnostics problems = new Diagnostics();

    private FigureIndex load(String figuresYaml) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sources.yaml", SOURCES);
        files.put("round.yaml", ROUND);
        files.put("valuations.yaml", VALUATIONS);
        files.put("workforce.yaml", WORKFORCE);
        files.put("datapackage.yaml", DATAPACKAGE);
        files.put("capex.csv", CAPEX);
        files.put("figures.yaml", figuresYaml);
        Path folder = base.resolve("briefings/x");
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return new DataLoader(new SourceReader(base, 1_000_000), new YamlReader(1_000_000))
                .load(folder, Companies.NONE, problems).figures();
    }

    private List<String> headlines() {
        return problems.sorted().stream().map(Diagnostic::headline).toList();
    }

    private String shown(FigureIndex figures, String key) {
        Figure f = figures.find(key).orElseThrow(() -> new AssertionError(key + " missing; " + headlines()));
        return f.value().format(US) + " (" + f.status().map(Status::id).orElse("no status") + ")";
    }

    @Test
    void derivesFromWrittenFiguresWithTheWeakestStatusAndTheQualifierThatFollows() throws IOException {
        FigureIndex figures = load("""
                figures:
                  - id: named
                    label: Named commitments
                    sum: [round.acme, round.beta]
                  - id: acme-share
                    share: {part: round.acme, of: round.total}
                  - id: rest
                    difference: {from: round.total, minus: [round.acme, round.beta]}
                  - id: rest-share
                    share: {part: derived.rest, of: round.total}
                  - id: participants
                    count: [round.acme, round.beta]
                """);

        assertThat(headlines()).isEmpty();
        assertThat(shown(figures, "derived.named")).isEqualTo("up to $80 billion (reported)");
        assertThat(shown(figures, "derived.acme-share")).isEqualTo("up to 50% (reported)");
        assertThat(shown(figures, "derived.rest")).isEqualTo("at least $20 billion (reported)");
        assertThat(shown(figures, "derived.rest-share")).isEqualTo("at least 20% (reported)");
        assertThat(shown(figures, "derived.participants")).isEqualTo("2 (reported)");
        Figure named = figures.find("derived.named").orElseThrow();
        assertThat(named.label()).isEqualTo("Named commitments");
        assertThat(named.source()).isEmpty();
        assertThat(named.location().toString()).isEqualTo(DIR + "figures.yaml:2:5");
        assertThat(figures.find("derived.acme-share").orElseThrow().label())
                .isEqualTo("Acme in Target's round as a share of Target's round: total");
        assertThat(figures.find("derived.rest-share").orElseThrow().derivation().orElseThrow().inputs())
                .extracting(i -> i.figure().key()).containsExactly("derived.rest", "round.total");
    }

    @Test
    void derivesFromADatasetColumnFilteredByOtherColumns() throws IOException {
        FigureIndex figures = load("""
                figures:
                  - id: capex-2025
                    sum: {resource: capex, column: amount, where: {year: 2025}}
                  - id: meta-oracle
                    sum: {resource: capex, column: amount, where: {company: [meta, oracle], year: 2025}}
                  - id: rows-2025
                    count: {resource: capex, column: company, where: {year: 2025}}
                  - id: meta-growth
                    growth: {from: capex.meta.2024.amount, to: capex.meta.2025.amount}
                  - id: all
                    sum: {resource: capex, column: amount}
                """);

        assertThat(headlines()).isEmpty();
        // 72 + up to 91 + about 21.2: an "about" among the terms makes the sum only "about"
        assertThat(shown(figures, "derived.capex-2025")).isEqualTo("about $184.2 billion (reported)");
        assertThat(shown(figures, "derived.meta-oracle")).isEqualTo("about $93.2 billion (confirmed)");
        assertThat(shown(figures, "derived.rows-2025")).isEqualTo("3 (reported)");
        assertThat(shown(figures, "derived.meta-growth")).isEqualTo("+83.7% (confirmed)");
        assertThat(shown(figures, "derived.all")).isEqualTo("about $258.4 billion (planned)");
        Figure sum = figures.find("derived.capex-2025").orElseThrow();
        assertThat(sum.derivation().orElseThrow().inputs()).extracting(i -> i.figure().key())
                .containsExactly("capex.meta.2025.amount", "capex.alphabet.2025.amount", "capex.oracle.2025.amount");
        assertThat(sum.date().map(d -> d.canonical())).as("all inputs are of 2025").contains("2025");
        assertThat(figures.find("derived.rows-2025").orElseThrow().derivation().orElseThrow().inputs())
                .extracting(i -> i.figure().key())
                .as("key columns are no figures of their own: made for the count")
                .containsExactly("capex.meta.2025.company", "capex.alphabet.2025.company", "capex.oracle.2025.company");
    }

    /** Each mistake: the figures.yaml entry, and the exact headline it gives. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown input            | sum: [round.acme, round.acmee]                                 | figures.yaml:3:23: error: unknown figure `round.acmee`
            unknown derived input    | sum: [round.acme, derived.nmed]                                | figures.yaml:3:23: error: unknown figure `derived.nmed`
            two currencies           | sum: [round.acme, valuations.eur]                              | figures.yaml:3:23: error: figures[0].sum: cannot add `valuations.eur` (money in EUR) to `round.acme` (money in USD)
            money plus a count       | sum: [round.acme, workforce.cuts]                              | figures.yaml:3:23: error: figures[0].sum: cannot add `workforce.cuts` (a count) to `round.acme` (money in USD)
            share of a date          | 'share: {part: round.date, of: round.total}'                   | figures.yaml:3:19: error: figures[0].share: cannot take a share of `round.date`: it is a date
            division by zero         | 'share: {part: workforce.cuts, of: workforce.none}'            | figures.yaml:3:39: error: figures[0].share: `workforce.none` is zero, and there is no share of zero
            growth from zero         | 'growth: {from: workforce.none, to: workforce.cuts}'           | figures.yaml:3:20: error: figures[0].growth: `workforce.none` is zero, and there is no growth from zero
            negative difference      | 'difference: {from: round.beta, minus: [round.total]}'         | figures.yaml:3:24: error: figures[0].difference: the difference is negative: `round.beta` ($30 billion) is less than what is subtracted from it
            no operation             | 'label: Nothing'                                               | figures.yaml:2:5: error: figures[0].sum: a derived figure has exactly one operation, found none
            two operations           | 'sum: [round.acme]\n    count: [round.acme]'                    | figures.yaml:4:12: error: figures[0].count: a derived figure has exactly one operation, found sum and count
            unknown operation key    | 'summ: [round.acme]\n    sum: [round.acme]'                     | figures.yaml:3:5: error: figures[0].summ: unknown field
            share without its whole  | 'share: {part: round.acme}'                                    | figures.yaml:3:12: error: figures[0].share.of: required field is missing
            unknown resource         | 'sum: {resource: capx, column: amount}'                        | figures.yaml:3:21: error: unknown resource `capx`
            unknown column           | 'sum: {resource: capex, column: amout}'                        | figures.yaml:3:36: error: resource `capex` has no field `amout`
            unknown where field      | 'sum: {resource: capex, column: amount, where: {yaer: 2025}}'  | figures.yaml:3:52: error: resource `capex` has no field `yaer`
            where value in no row    | 'sum: {resource: capex, column: amount, where: {year: 2052}}'  | figures.yaml:3:58: error: no row of `capex` has year `2052`
            where matches no row     | 'sum: {resource: capex, column: amount, where: {year: 2024, company: oracle}}' | figures.yaml:3:51: error: figures[0].sum: no row of `capex` meets every condition of `where` and has a value in `amount`
            sum of text              | 'sum: {resource: capex, column: company}'                      | capex.csv:2:1: error: figures[0].sum: cannot add `capex.meta.2024.company`: it is text
            """)
    void reportsEachMistakeAtItsPlace(String name, String entry, String expected) throws IOException {
        load("figures:\n  - id: bad\n    " + entry.replace("\\n", "\n") + "\n");

        assertThat(headlines()).contains(DIR + expected);
    }

    @Test
    void aCycleIsReportedWhereItCloses() throws IOException {
        load("""
                figures:
                  - id: a
                    sum: [round.acme, derived.b]
                  - id: b
                    sum: [derived.c]
                  - id: c
                    share: {part: derived.a, of: round.total}
                """);

        assertThat(headlines()).containsExactly(DIR + "figures.yaml:7:19: error: derived figure `derived.a` depends "
                + "on itself: derived.a -> derived.b -> derived.c -> derived.a");
        assertThat(problems.sorted().get(0).hint()).contains("a derived figure can only take figures that are "
                + "computed without it");
    }

    @Test
    void suggestsTheFigureMeant() throws IOException {
        load("""
                figures:
                  - id: named
                    sum: [round.acme, round.beta]
                  - id: share
                    share: {part: derived.nmed, of: round.total}
                """);

        assertThat(problems.sorted()).singleElement().satisfies(d -> {
            assertThat(d.headline()).isEqualTo(DIR + "figures.yaml:5:19: error: unknown figure `derived.nmed`");
            assertThat(d.hint()).contains("did you mean `derived.named`?");
        });
    }

    @Test
    void aDuplicateIdIsReportedAtTheSecond() throws IOException {
        load("""
                figures:
                  - id: twice
                    sum: [round.acme]
                  - id: twice
                    sum: [round.beta]
                """);

        assertThat(headlines()).containsExactly(DIR + "figures.yaml:4:9: error: duplicate derived figure id \"twice\"");
    }
}
