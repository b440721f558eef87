package briefing.dataset;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.Money;
import briefing.value.Qualifier;
import briefing.value.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetLoaderTest {

    @TempDir
    Path tmp;

    private DataPackage load(Path folder, DatasetLoader.Known known, Diagnostics problems) {
        return new DatasetLoader(new SourceReader(tmp, 1_000_000), new YamlReader(1_000_000))
                .load(folder, known, problems).orElseThrow();
    }

    @Test
    void aStandardDataPackageWithStandardTypesOnlyLoadsAsItIs() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("census"));
        for (String name : List.of("datapackage.json", "population.csv")) {
            Files.copy(Path.of("src/test/resources/datasets/census", name), folder.resolve(name));
        }
        Diagnostics problems = new Diagnostics();
        DataPackage pack = load(folder, DatasetLoader.Known.NOTHING, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(pack.name()).contains("us-resident-population");
        Resource population = pack.resource("population").orElseThrow();
        assertThat(population.rows()).hasSize(4);
        Row last = population.row("2020").orElseThrow();
        assertThat(last.cell(0).value()).isEqualTo(Year.of(2020));
        assertThat(last.cell(1).value()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(last.cell(2).value()).isEqualTo(BigInteger.valueOf(331_449_281));
        assertThat(last.cell(2).location().toString()).isEqualTo("census/population.csv:5:17");
        assertThat(last.cell(3).isMissing()).isTrue();
        assertThat(last.cell(4).value()).isEqualTo(true);
        assertThat(population.row("1990").orElseThrow().cell(3).value()).isEqualTo(new BigDecimal("9.8"));
    }

    @Test
    void extensionKindsGiveMoneyStatusQualifierAndSourcePerRow() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("capex"));
        Files.writeString(folder.resolve("datapackage.yaml"), """
                resources:
                  - name: capex
                    source: filings
                    data:
                      - [company, year, capex, qualifier, status]
                      - [meta, 2026, 115, at least, planned]
                      - [meta, 2025, 72, "", ""]
                    status: confirmed
                    schema:
                      fields:
                        - {name: company, kind: company}
                        - {name: year, type: year}
                        - {name: capex, type: number, kind: money, currency: USD, scale: billion}
                        - {name: qualifier, kind: qualifier}
                        - {name: status, kind: status}
                      primaryKey: [company, year]
                """);
        Diagnostics problems = new Diagnostics();
        DataPackage pack = load(folder, new DatasetLoader.Known(Optional.of(Set.of("meta")),
                Optional.of(Set.of("filings"))), problems);
        assertThat(problems.sorted()).isEmpty();
        Resource capex = pack.resource("capex").orElseThrow();
        Row planned = capex.row("meta.2026").orElseThrow();
        assertThat(capex.cell(planned, "capex").orElseThrow().value())
                .isEqualTo(new Money("USD", new BigDecimal("115000000000"), Qualifier.EXACT));
        assertThat(capex.qualifier(planned)).contains(Qualifier.AT_LEAST);
        assertThat(capex.status(planned)).contains(Status.PLANNED);
        Row confirmed = capex.row("meta.2025").orElseThrow();
        assertThat(capex.status(confirmed)).contains(Status.CONFIRMED);
        assertThat(capex.source(confirmed).map(Resource.Reference::id)).contains("filings");
        assertThat(capex.companies(confirmed)).containsExactly("meta");
    }

    @Test
    void failsWithLocationAndHintWhenAHeaderColumnIsMisspelt() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("bad"));
        Files.writeString(folder.resolve("datapackage.yaml"), """
                resources:
                  - name: capex
                    path: capex.csv
                    schema:
                      fields: [{name: company}, {name: capex, type: number}]
                """);
        Files.writeString(folder.resolve("capex.csv"), "company,capx\nmeta,1\n");
        Diagnostics problems = new Diagnostics();
        load(folder, DatasetLoader.Known.NOTHING, problems);
        assertThat(problems.sorted()).extracting(Diagnostic::headline, Diagnostic::hint).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bad/capex.csv:1:1: error: header: no column for field \"capex\"",
                        "add a column named capex, or remove the field from the schema"),
                org.assertj.core.groups.Tuple.tuple(
                        "bad/capex.csv:1:9: error: header: column \"capx\" is not a field of the schema",
                        "did you mean `capex`?"));
    }

    @Test
    void cutsALongValueShortInItsMessage() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("long"));
        Files.writeString(folder.resolve("datapackage.yaml"), """
                resources:
                  - name: t
                    data: [{n: "%s"}]
                    schema: {fields: [{name: n, type: integer}]}
                """.formatted("x".repeat(60)));
        Diagnostics problems = new Diagnostics();
        load(folder, DatasetLoader.Known.NOTHING, problems);
        assertThat(problems.sorted()).extracting(Diagnostic::headline).containsExactly(
                "long/datapackage.yaml:3:17: error: field \"n\": expected an integer, found \"" + "x".repeat(40) + "…\"");
    }

    @Test
    void anInlineRowWithoutAKeyHasAMissingValueWhateverMissingValuesSays() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("inline"));
        Files.writeString(folder.resolve("datapackage.yaml"), """
                resources:
                  - name: t
                    data:
                      - {id: a, n: 1}
                      - {id: b}
                      - {id: c, n: ~}
                    schema:
                      fields: [{name: id}, {name: n, type: integer}]
                      missingValues: [NA]
                """);
        Diagnostics problems = new Diagnostics();
        Resource t = load(folder, DatasetLoader.Known.NOTHING, problems).resource("t").orElseThrow();
        assertThat(problems.sorted()).isEmpty();
        assertThat(t.rows()).extracting(r -> r.cell(1).isMissing()).containsExactly(false, true, true);
    }

    @Test
    void reportsEveryDescriptorMistakeAtItsPlaceWithAHint() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("desc"));
        Files.writeString(folder.resolve("datapackage.yaml"), """
                resources:
                  - name: a
                    path: [a.csv, b.csv]
                    schema:
                      fields:
                        - {name: m, type: number, kind: money}
                        - {name: c, currency: USD}
                        - {name: k, kind: cash}
                        - {name: d, type: date, format: "%d/%Q"}
                        - {name: b, type: boolean, kind: money}
                  - name: a
                    path: https://example.org/a.csv
                    data: []
                    schema: {fields: [{name: x}]}
                """);
        Diagnostics problems = new Diagnostics();
        new DatasetLoader(new SourceReader(tmp, 1_000_000), new YamlReader(1_000_000))
                .load(folder, DatasetLoader.Known.NOTHING, problems);
        assertThat(problems.sorted()).extracting(d -> d.headline() + " | " + d.hint()).containsExactly(
                "desc/datapackage.yaml:3:11: error: resources[0].path: expected a single value, found a list | null",
                "desc/datapackage.yaml:6:41: error: resources[0].schema.fields[0].currency: a money column of numbers needs a currency | add `currency: USD` (and `scale: billion` when the numbers are in billions)",
                "desc/datapackage.yaml:7:31: error: resources[0].schema.fields[1].currency: only a `kind: money` field has a currency | null",
                "desc/datapackage.yaml:8:27: error: resources[0].schema.fields[2].kind: expected a kind (money, count, percent, date, status, qualifier, source, company), found \"cash\" | null",
                "desc/datapackage.yaml:9:42: error: resources[0].schema.fields[3].format: unknown date directive %Q | known: %Y %y %m %d %e %H %I %M %S %f %p %b %B %a %A %j %z %%",
                "desc/datapackage.yaml:10:42: error: resources[0].schema.fields[4].kind: a money column cannot be of type boolean | use type number or integer (or string, for values like \"$50B\")",
                "desc/datapackage.yaml:11:11: error: resources[1].name: duplicate resource name \"a\" | the first is at line 2; resource names must be unique",
                "desc/datapackage.yaml:13:11: error: resources[1].data: a resource has either `path` or `data`, not both | null");
    }
}
