package briefing.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas are recorded from the loaders; these tests check they describe the real files: every key the real
 * content uses is a property, every required property is there, closed words are enums.
 */
class SchemaCatalogTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    final Map<String, byte[]> schemas = new SchemaCatalog().schemas();

    @Test
    void thereIsASchemaForEveryFileAnEditorWrites() {
        assertThat(schemas.keySet()).containsExactly("site.yaml", "companies.yaml", "sources.yaml", "investments.yaml", "round.yaml",
                "valuations.yaml", "workforce.yaml", "timeline.yaml", "faqs.yaml", "figures.yaml", "charts.yaml",
                "datapackage.yaml", "deals.yaml");
    }

    @Test
    void theRealContentFitsItsSchemas() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Path.of("content/site.yaml"), Path.of("content/companies.yaml")));
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("content/briefings")),
                Files.walk(Path.of("content/data")))) {
            walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(8);
        for (Path file : files) {
            JsonNode schema = JSON.readTree(schemas.get(file.getFileName().toString()));
            List<String> problems = new ArrayList<>();
            check(YAML.readTree(file.toFile()), schema, file.getFileName().toString(), problems);
            assertThat(problems).as(file.toString()).isEmpty();
        }
    }

    @Test
    void describesValueFormsAndClosedWords() throws Exception {
        JsonNode round = JSON.readTree(schemas.get("round.yaml"));
        assertThat(round.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        JsonNode participant = round.at("/properties/participants/items");
        assertThat(participant.at("/properties/status/enum").toString())
                .isEqualTo("[\"reported\",\"confirmed\",\"planned\",\"estimated\",\"denied\"]");
        assertThat(participant.at("/properties/amount/examples/1").asText()).isEqualTo("up to $50 billion");
        // investor, status and source are required unless the participant refers to a ledger deal (`deal:`).
        assertThat(participant.at("/required").toString()).isEqualTo("[\"id\"]");
        JsonNode deals = JSON.readTree(schemas.get("deals.yaml"));
        JsonNode deal = deals.at("/properties/deals/items");
        assertThat(deal.at("/required").toString())
                .isEqualTo("[\"id\",\"kind\",\"company\",\"status\",\"source\"]");
        assertThat(deal.at("/properties/kind/enum").toString()).isEqualTo("[\"investment\",\"round\",\"commitment\"]");
        assertThat(deal.at("/properties/amount/examples/1").asText()).isEqualTo("up to $50 billion");
        assertThat(deal.get("additionalProperties").asBoolean()).isFalse();
        assertThat(participant.get("additionalProperties").asBoolean()).isFalse();
        JsonNode charts = JSON.readTree(schemas.get("charts.yaml"));
        assertThat(charts.at("/properties/charts/items/properties/data/properties").has("remainder")).isTrue();
        assertThat(charts.at("/properties/charts/items/properties/series/items/properties/points/items/properties")
                .has("figure")).isTrue();
        JsonNode site = JSON.readTree(schemas.get("site.yaml"));
        assertThat(site.at("/properties/markdown/properties/raw_html/type").asText()).isEqualTo("boolean");
    }

    @Test
    void builtInListsHaveTheSchemaOfTheirBuiltInTableSchema() throws Exception {
        JsonNode change = JSON.readTree(schemas.get("workforce.yaml")).at("/properties/changes/items");
        assertThat(change.at("/required").toString()).isEqualTo("[\"count\",\"id\",\"scope\",\"source\",\"status\"]");
        assertThat(change.at("/properties/kind/enum").toString()).isEqualTo("[\"cut\",\"hire\"]");
        assertThat(change.at("/properties/count/examples/1").asText()).isEqualTo("about 16,000");
        assertThat(change.at("/properties/id/pattern").asText()).isEqualTo("^[a-z0-9]+(-[a-z0-9]+)*$");
        assertThat(change.at("/properties/scope/description").asText()).isEqualTo("Who is affected, as tables show it");
        JsonNode valuation = JSON.readTree(schemas.get("valuations.yaml")).at("/properties/valuations/items");
        assertThat(valuation.at("/properties/amount/examples/1").asText()).isEqualTo("up to $50 billion");
        assertThat(valuation.get("additionalProperties").asBoolean()).isFalse();
    }

    @Test
    void everyBuiltInFileHasTheSchemaOfItsBuiltInTableSchemaPartsNested() throws Exception {
        JsonNode round = JSON.readTree(schemas.get("round.yaml"));
        assertThat(round.at("/required").toString()).isEqualTo("[\"company\",\"participants\",\"total\"]");
        assertThat(round.at("/properties/total/required").toString()).isEqualTo("[\"amount\",\"source\",\"status\"]");
        assertThat(round.at("/properties/total/properties/amount/examples/1").asText()).isEqualTo("up to $50 billion");
        assertThat(round.at("/properties/participants/items/properties/deal/description").asText())
                .isEqualTo("A deal of the desk's ledger, whose investor, amount, status and source it takes");
        JsonNode item = JSON.readTree(schemas.get("investments.yaml"))
                .at("/properties/investments/items/properties/current/items");
        assertThat(item.at("/properties/id/pattern").asText()).isEqualTo("^[a-z0-9]+(-[a-z0-9]+)*$");
        assertThat(item.has("required")).isFalse();
        JsonNode companies = JSON.readTree(schemas.get("timeline.yaml"))
                .at("/properties/events/items/properties/companies");
        assertThat(companies.at("/anyOf/0/type").asText()).isEqualTo("string");
        assertThat(companies.at("/anyOf/1/items/type").asText()).isEqualTo("string");
        JsonNode source = JSON.readTree(schemas.get("sources.yaml")).at("/properties/sources/items/properties");
        assertThat(source.at("/kind/enum/0").asText()).isEqualTo("news-report");
        assertThat(source.at("/name/minLength").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(schemas.get("faqs.yaml")).at("/properties/faqs/items/required").toString())
                .isEqualTo("[\"answer\",\"id\",\"question\"]");
    }

    /** Enough of JSON Schema to check keys, required keys, enums and nesting, which is what the loaders add. */
    static void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.has("enum") && value.isValueNode()) {
            List<String> words = new ArrayList<>();
            schema.get("enum").forEach(w -> words.add(w.asText()));
            if (!words.contains(value.asText())) {
                problems.add(path + ": " + value.asText() + " not in " + words);
            }
        }
        if ("object".equals(schema.path("type").asText())) {
            if (!value.isObject()) {
                problems.add(path + ": expected a mapping");
                return;
            }
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    problems.add(path + ": missing required " + r.asText());
                }
            });
            for (Iterator<String> keys = value.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                JsonNode property = schema.path("properties").get(key);
                if (property == null) {
                    problems.add(path + "." + key + ": not in the schema");
                } else {
                    check(value.get(key), property, path + "." + key, problems);
                }
            }
        }
        if ("array".equals(schema.path("type").asText()) && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), path + "[" + i + "]", problems);
            }
        }
    }
}
