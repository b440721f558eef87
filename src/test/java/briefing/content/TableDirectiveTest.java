package briefing.content;

import briefing.data.FigureIndex;
import briefing.dataset.DataPackage;
import briefing.dataset.DatasetLoader;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.ValueFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ```table} blocks: what they select, and every mistake reported with its exact message, hint and place in
 * the Markdown file (line 1 of the body is line 1 of the file here).
 */
class TableDirectiveTest {

    static final String FILE = "content/briefings/x/index.md";

    @TempDir
    static Path tmp;
    static DataPackage pack;

    @BeforeAll
    static void loadPackage() throws Exception {
        Files.writeString(tmp.resolve("datapackage.yaml"), """
                resources:
                  - name: capex
                    data:
                      - [company, year, capex, status, where]
                      - [meta, 2024, 39.2, confirmed, "1,2"]
                      - [meta, 2025, 72, confirmed, "1,2"]
                      - [amazon, 2025, 131, confirmed, "3,4"]
                      - [amazon, 2026, 200, planned, "3,4"]
                    schema:
                      fields:
                        - {name: company}
                        - {name: year, type: year}
                        - {name: capex, type: number, kind: money, currency: USD, scale: billion}
                        - {name: status, kind: status}
                        - {name: where, type: geopoint}
                      primaryKey: [company, year]
                """);
        Diagnostics problems = new Diagnostics();
        pack = new DatasetLoader(new SourceReader(tmp, 1_000_000), new YamlReader(1_000_000))
                .load(tmp, DatasetLoader.Known.NOTHING, problems).orElseThrow();
        assertThat(problems.sorted()).isEmpty();
    }

    record Result(RenderedMarkdown markdown, List<Diagnostic> problems) {
        List<String> headlines() {
            return problems.stream().map(Diagnostic::headline).toList();
        }

        List<String> hints() {
            return problems.stream().map(Diagnostic::hint).toList();
        }
    }

    static Result render(String markdown) {
        Diagnostics problems = new Diagnostics();
        RenderedMarkdown out = new MarkdownRenderer(false, "/").render(markdown,
                MarkdownRenderer.Positions.of(FILE), new FigureIndex(Map.of()), Set.of(), List.of(pack),
                new ValueFormat(Locale.US), problems);
        return new Result(out, problems.sorted());
    }

    static DatasetTable only(Result result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.markdown().tables()).hasSize(1);
        return result.markdown().tables().get(0);
    }

    static List<String> keys(DatasetTable t) {
        return t.rows().stream().map(r -> t.resource().key(r).orElseThrow()).toList();
    }

    @Test
    void selectsColumnsFiltersSortsAndLimits() {
        DatasetTable t = only(render("""
                Before.

                ```table
                resource: capex
                columns: [year, capex, company]
                filter: {year: [2025, 2026]}
                sort: -capex
                limit: 2
                caption: Spending
                ```

                After.
                """));
        assertThat(t.columns().stream().map(f -> f.name()).toList()).containsExactly("year", "capex", "company");
        assertThat(keys(t)).containsExactly("amazon.2026", "amazon.2025");
        assertThat(t.matching()).isEqualTo(2);
        assertThat(t.caption()).isEqualTo("Spending");
        assertThat(t.id()).isEqualTo("table-capex");
        assertThat(t.location()).hasToString(FILE + ":3:1");
    }

    @Test
    void withoutOptionsShowsEveryRowInFileOrderUnderTheResourcesName() {
        DatasetTable t = only(render("```table\nresource: capex\n```\n"));
        assertThat(keys(t)).containsExactly("meta.2024", "meta.2025", "amazon.2025", "amazon.2026");
        assertThat(t.caption()).isEqualTo("capex");
        assertThat(t.columns()).hasSize(5);
    }

    @Test
    void filtersMoneyByItsWrittenNumberAndSortsAscendingWithTiesInFileOrder() {
        assertThat(keys(only(render("```table\nresource: capex\nfilter: {capex: 72}\n```\n"))))
                .containsExactly("meta.2025");
        assertThat(keys(only(render("```table\nresource: capex\nsort: company\n```\n"))))
                .containsExactly("amazon.2025", "amazon.2026", "meta.2024", "meta.2025");
    }

    @Test
    void aSortedTableOfManyRowsShowsTheBestRowsInOrderWithTiesInFileOrder(@TempDir Path big) throws Exception {
        // 1,000 rows, amounts 0 to 49 (many ties), every seventh empty (empty values come last either way).
        StringBuilder csv = new StringBuilder("id,amount\n");
        List<int[]> rows = new java.util.ArrayList<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(15);
        for (int i = 1; i <= 1000; i++) {
            int amount = i % 7 == 0 ? -1 : random.nextInt(50);
            rows.add(new int[] {i, amount});
            csv.append(i).append(',').append(amount < 0 ? "" : amount).append('\n');
        }
        Files.writeString(big.resolve("many.csv"), csv.toString());
        Files.writeString(big.resolve("datapackage.yaml"), """
                resources:
                  - name: many
                    path: many.csv
                    schema:
                      fields:
                        - {name: id, type: integer}
                        - {name: amount, type: integer}
                      primaryKey: [id]
                """);
        Diagnostics problems = new Diagnostics();
        DataPackage many = new DatasetLoader(new SourceReader(big, 1_000_000), new YamlReader(1_000_000))
                .load(big, DatasetLoader.Known.NOTHING, problems).orElseThrow();
        java.util.Comparator<int[]> descending = java.util.Comparator.<int[]>comparingInt(r -> r[1] < 0 ? 1 : 0)
                .thenComparingInt(r -> -r[1]).thenComparingInt(r -> r[0]);
        java.util.Comparator<int[]> ascending = java.util.Comparator.<int[]>comparingInt(r -> r[1] < 0 ? 1 : 0)
                .thenComparingInt(r -> r[1]).thenComparingInt(r -> r[0]);
        for (String options : List.of("sort: -amount\nlimit: 30", "sort: amount", "sort: -amount\nlimit: 900")) {
            RenderedMarkdown out = new MarkdownRenderer(false, "/").render("```table\nresource: many\n" + options
                    + "\n```\n", MarkdownRenderer.Positions.of(FILE), new FigureIndex(Map.of()), Set.of(),
                    List.of(many), new ValueFormat(Locale.US), problems);
            DatasetTable t = out.tables().get(0);
            int limit = options.contains("limit: 30") ? 30 : options.contains("limit") ? 900 : 1000;
            List<String> expected = rows.stream().sorted(options.contains("-") ? descending : ascending)
                    .limit(Math.min(limit, TableDirective.MAX_ROWS)).map(r -> String.valueOf(r[0])).toList();
            assertThat(keys(t)).as(options).isEqualTo(expected);
            assertThat(t.matching()).as(options).isEqualTo(limit);
        }
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void theLayoutsIdsAndEarlierTablesAreNotReused() {
        Result r = render("```table\nresource: capex\n```\n\n```table\nresource: capex\n```\n\n## Table capex\n");
        assertThat(r.markdown().tables()).extracting(DatasetTable::id).containsExactly("table-capex", "table-capex-2");
        assertThat(r.markdown().headings().get(0).id()).isEqualTo("table-capex-1");
    }

    @Test
    void aBlockInAListItemIsReportedAtTheFilesColumn() {
        Result r = render("- A list\n\n  ```table\n  resource: capx\n  ```\n");
        assertThat(r.headlines()).containsExactly(FILE + ":4:13: error: table: unknown resource \"capx\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown resource         | resource: capx                       | 2:11: error: table: unknown resource "capx"                                  | did you mean `capex`?
            unknown column           | resource: capex\\ncolumns: [year, compnay] | 3:17: error: table: columns: resource "capex" has no column "compnay"   | did you mean `company`?
            transposed letters       | resource: capex\\ncolumns: [yaer]      | 3:11: error: table: columns: resource "capex" has no column "yaer"          | did you mean `year`?
            far from every column    | resource: capex\\ncolumns: [qqqqqq]    | 3:11: error: table: columns: resource "capex" has no column "qqqqqq"        | expected one of: capex, company, status, where, year
            column named twice       | resource: capex\\ncolumns: [year, year] | 3:17: error: table: columns: column "year" is named twice                  |
            empty column list        | resource: capex\\ncolumns: []          | 3:10: error: table: columns: the list is empty                              | name the columns to show, or leave `columns` out to show them all
            columns as a mapping     | resource: capex\\ncolumns: {a: b}      | 3:10: error: table: columns: expected a list of column names, found a mapping | write `columns: [company, year, capex]`
            unknown filter column    | resource: capex\\nfilter: {yeer: 2025} | 3:10: error: table: filter: resource "capex" has no column "yeer"           | did you mean `year`?
            filter of the wrong type | resource: capex\\nfilter: {year: twenty} | 3:16: error: table: filter: column "year": expected a year like "2026", found "twenty" | the column holds a year
            wrong type in a list     | resource: capex\\nfilter: {capex: [72, lots]} | 3:22: error: table: filter: column "capex": expected a number, found "lots" | the column holds a number
            filter not a mapping     | resource: capex\\nfilter: 2025         | 3:9: error: table: filter: expected column: value pairs, found "2025"      | write `filter: {year: 2025}` or `filter: {company: [meta, amazon]}`
            unknown sort column      | resource: capex\\nsort: -capx          | 3:8: error: table: sort: resource "capex" has no column "capx"              | did you mean `capex`?
            sort without a column    | resource: capex\\nsort: '-'            | 3:8: error: table: sort: expected a column name, found "-"                 | write `sort: capex` (ascending) or `sort: -capex` (descending)
            sort by a geopoint       | resource: capex\\nsort: where          | 3:7: error: table: sort: column "where" holds geopoint values, which have no order | sort by another column
            zero limit               | resource: capex\\nlimit: 0             | 3:8: error: table: limit: expected a whole number above 0, found "0"       | write how many rows to show, e.g. `limit: 10`, or leave `limit` out to show every row
            negative limit           | resource: capex\\nlimit: -3            | 3:8: error: table: limit: expected a whole number above 0, found "-3"      | write how many rows to show, e.g. `limit: 10`, or leave `limit` out to show every row
            limit in words           | resource: capex\\nlimit: ten           | 3:8: error: table: limit: expected a whole number above 0, found "ten"     | write how many rows to show, e.g. `limit: 10`, or leave `limit` out to show every row
            unknown option           | resource: capex\\ncaptoin: Spending    | 3:1: error: table: unknown option "captoin"                                | did you mean `caption`?
            missing resource         | columns: [year]                      | 1:1: error: table: `resource` is missing                                    | name a resource of the briefing's datapackage.yaml: `resource: <name>`
            resource without value   | resource:                            | 2:1: error: table: `resource` has no value                                  | name a resource of the briefing's datapackage.yaml: `resource: <name>`
            caption as a list        | resource: capex\\ncaption: [a, b]      | 3:10: error: table: caption: expected a single value, found a list         |
            not a mapping            | capex                                | 2:1: error: table: expected options (resource: ..., columns: ...), found "capex" | write one option a line, e.g. `resource: capex`
            """)
    void aMistakeIsReportedAtItsPlace(String what, String options, String expected, String hint) {
        Result r = render("```table\n" + options.replace("\\n", "\n") + "\n```\n");
        assertThat(r.headlines()).as(what).containsExactly(FILE + ":" + expected);
        assertThat(r.hints()).as(what).containsExactly(hint);
        assertThat(r.markdown().tables()).isEmpty();
    }

    @Test
    void anEmptyBlockIsReportedAtItsFence() {
        Result r = render("Text.\n\n```table\n```\n");
        assertThat(r.headlines()).containsExactly(FILE + ":3:1: error: table: the block names no resource");
        assertThat(r.hints()).containsExactly(
                "write `resource: <name>` inside the block, naming a resource of the briefing's datapackage.yaml");
    }

    @Test
    void yamlSyntaxInsideTheBlockIsReportedAtTheFilesLine() {
        Result r = render("Text.\n\n```table\nresource: capex\ncolumns: [year\n```\n");
        assertThat(r.headlines()).hasSize(1);
        assertThat(r.headlines().get(0)).isEqualTo(FILE + ":5:10: error: YAML syntax: the [ that starts here is not closed (expected ',' or ']', but got <stream end> at line 6, column 1)");
    }

    @Test
    void everyMistakeOfABlockIsReportedInOneRun() {
        Result r = render("```table\nresource: capex\ncolumns: [yaer]\nsort: amont\nlimit: 0\n```\n");
        assertThat(r.headlines()).containsExactly(
                FILE + ":3:11: error: table: columns: resource \"capex\" has no column \"yaer\"",
                FILE + ":4:7: error: table: sort: resource \"capex\" has no column \"amont\"",
                FILE + ":5:8: error: table: limit: expected a whole number above 0, found \"0\"");
    }

    @Test
    void aResourceNamedNowhereSaysWhereToDeclareIt() {
        Diagnostics problems = new Diagnostics();
        new MarkdownRenderer(false, "/").render("```table\nresource: capex\n```\n", MarkdownRenderer.Positions.of(FILE),
                new FigureIndex(Map.of()), Set.of(), List.of(), new ValueFormat(Locale.US), problems);
        assertThat(problems.sorted()).extracting(Diagnostic::hint)
                .containsExactly("declare it in a datapackage.yaml beside this briefing, or in content/data/");
    }
}
