package briefing.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published JSON Schemas, run through a real JSON Schema validator (not our own reading of them), against the
 * files the loader accepts and refuses: where the two disagree, an editor's completion would flag a good file or
 * pass a bad one.
 */
class SchemaValidationTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    final Map<String, Schema> schemas = new LinkedHashMap<>();

    SchemaValidationTest() {
        new SchemaCatalog().schemas().forEach((file, bytes) ->
                schemas.put(file, REGISTRY.getSchema(new String(bytes, StandardCharsets.UTF_8), InputFormat.JSON)));
    }

    /** Test sites that build: their every file with a schema fits it. */
    static final List<String> GOOD_SITES = List.of("dataset-capex", "dataset-desk", "deal-tracker", "desk-companies",
            "charts-every-type", "figure-references", "search", "updates", "locale-de", "pagination", "escaping");

    @Test
    void everyFileTheLoaderAcceptsFitsItsSchema() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> files.put(p.toString(), read(p)));
        }
        for (String site : GOOD_SITES) {
            Txtar.resource("/sites/" + site + ".txtar").files().forEach((name, text) -> files.put(site + ": " + name, text));
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var file : files.entrySet()) {
            Schema schema = schemas.get(baseName(file.getKey()));
            if (schema == null) {
                continue;
            }
            checked++;
            schema.validate(json(file.getValue()), InputFormat.JSON)
                    .forEach(e -> problems.add(file.getKey() + ": " + e.getMessage()));
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(30);
        assertThat(files.keySet()).anyMatch(f -> f.endsWith("datapackage.yaml"));
    }

    /** The standard's own properties, which the loader accepts without using, are in the descriptor's schema. */
    @Test
    void aStandardDescriptorFitsTheDatapackageSchema() {
        String descriptor = """
                $schema: https://datapackage.org/profiles/2.0/datapackage.json
                name: gdp
                licenses: [{name: ODC-PDDL-1.0}]
                sources: [{title: World Bank}]
                resources:
                  - name: gdp
                    path: gdp.csv
                    profile: tabular-data-resource
                    format: csv
                    dialect: {delimiter: ";", header: true, doubleQuote: true}
                    schema:
                      fields:
                        - {name: year, type: year, constraints: {required: true, minimum: 1960}}
                        - {name: value, type: number, groupChar: ",", example: 1000}
                      primaryKey: year
                      missingValues: ["", "NA"]
                """;
        assertThat(schemas.get("datapackage.yaml").validate(json(descriptor), InputFormat.JSON)).isEmpty();
        assertThat(schemas.get("datapackage.yaml").validate(json(descriptor.replace("format: csv", "formt: csv")),
                InputFormat.JSON)).isNotEmpty();
    }

    /** Bad-input catalogue cases whose mistakes are of the file's shape (a missing or unknown key, a closed word). */
    static final Map<String, String> REFUSED = Map.of(
            "dataset-bad-descriptor", "content/briefings/deal/datapackage.yaml",
            "missing-required-field", "content/briefings/deal/sources.yaml",
            "unknown-key-data-row", "content/briefings/deal/round.yaml",
            "unknown-key-site", "content/site.yaml",
            "unknown-key-nested-site", "content/site.yaml");

    @Test
    void theShapeMistakesOfTheCatalogueFailTheirSchema() {
        for (var c : REFUSED.entrySet()) {
            String text = Txtar.resource("/hostile/catalogue/" + c.getKey() + ".txtar").files().get(c.getValue());
            assertThat(text).as(c.getKey()).isNotNull();
            assertThat(schemas.get(baseName(c.getValue())).validate(json(text), InputFormat.JSON)).as(c.getKey())
                    .isNotEmpty();
        }
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String json(String yaml) {
        try {
            return JSON.writeValueAsString(YAML.readTree(yaml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
