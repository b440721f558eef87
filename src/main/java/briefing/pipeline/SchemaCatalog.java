package briefing.pipeline;

import briefing.chart.ChartLoader;
import briefing.config.ConfigLoader;
import briefing.data.DataLoader;
import briefing.render.OutputFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas for every YAML file an editor writes, for completion and validation as they type
 * ({@code # yaml-language-server: $schema=...}). Each is recorded from the loader's own binding code.
 */
public final class SchemaCatalog {

    public static final String FOLDER = "schemas/";

    /** File name (e.g. {@code round.yaml}) to its schema document. */
    public Map<String, byte[]> schemas() {
        Map<String, ObjectNode> all = new LinkedHashMap<>();
        all.put(ConfigLoader.FILE_NAME, ConfigLoader.schema());
        all.put(briefing.data.CompanyLoader.FILE_NAME, briefing.data.CompanyLoader.schema());
        all.putAll(DataLoader.schemas());
        all.put(DataLoader.CHARTS, ChartLoader.schema());
        all.put(briefing.dataset.DatasetLoader.YAML, briefing.dataset.DatasetLoader.schema());
        all.put(briefing.data.Ledger.DEALS_FILE, briefing.data.LedgerLoader.schema());
        ObjectMapper json = new ObjectMapper();
        Map<String, byte[]> out = new LinkedHashMap<>();
        all.forEach((file, schema) -> {
            ObjectNode document = json.createObjectNode();
            document.put("$schema", "http://json-schema.org/draft-07/schema#");
            document.put("title", "briefing " + file);
            document.setAll(schema);
            try {
                out.put(file, (json.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree always serialises", e);
            }
        });
        return out;
    }

    /** The schema's file name: {@code round.yaml} -> {@code round.json}. */
    public static String jsonName(String yamlFile) {
        return yamlFile.replaceFirst("\\.yaml$", ".json");
    }

    /** The schemas as files of the site, under {@code schemas/}. */
    public List<OutputFile> files() {
        List<OutputFile> files = new ArrayList<>();
        schemas().forEach((file, bytes) -> files.add(new OutputFile(FOLDER + jsonName(file), bytes)));
        return files;
    }
}
