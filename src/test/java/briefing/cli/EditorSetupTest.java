package briefing.cli;

import briefing.pipeline.SchemaCatalog;
import briefing.pipeline.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh clone opened in an editor finds every data file's schema by itself, offline: the schemas are committed
 * under schemas/ (kept identical to {@code briefing schema}), every YAML file of content/ and of {@code new}'s
 * scaffold names its own with a modeline, and .vscode/settings.json maps them for editors that read that instead.
 */
class EditorSetupTest {

    static final Path SCHEMAS = Path.of("schemas");
    static final Pattern MODELINE = Pattern.compile("\\A# yaml-language-server: \\$schema=(\\S+)\\n");
    static final String REGENERATE = "regenerate with: mvn -B -q package -DskipTests && target/briefing schema "
            + "--output schemas";

    final Map<String, byte[]> catalog = new SchemaCatalog().schemas();

    @TempDir
    Path tmp;

    @Test
    void theCommittedSchemasAreWhatTheToolWrites() throws IOException {
        Map<String, String> committed = new TreeMap<>();
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path file : files.toList()) {
                committed.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        Map<String, String> written = new TreeMap<>();
        catalog.forEach((yaml, bytes) -> written.put(SchemaCatalog.jsonName(yaml),
                new String(bytes, StandardCharsets.UTF_8)));
        assertThat(committed).as("schemas/ differs from `briefing schema`; " + REGENERATE).isEqualTo(written);
    }

    @Test
    void everyYamlFileOfTheContentNamesItsSchema() throws IOException {
        List<Path> yaml;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            yaml = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(yaml).hasSizeGreaterThan(8);
        for (Path file : yaml) {
            assertNamesItsSchema(file, SCHEMAS.toAbsolutePath());
        }
    }

    @Test
    void everyYamlFileNewWritesNamesItsSchemaInTheProjectsSchemasFolder() throws IOException {
        TestSite.of("drafts-and-order.txtar", tmp);
        NewCommand command = new NewCommand();
        command.clock = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(command);
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(cli.execute("scaffold", "--title", "Scaffold", "--content", tmp.resolve("content").toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(cli.execute("--dataset", "capex", "scaffold", "--content", tmp.resolve("content").toString()))
                .isEqualTo(ExitCode.OK);
        // Without a schemas folder yet, new says how to write one.
        assertThat(out.toString()).contains("For completion in your editor, write the schemas once: "
                + "briefing schema --output schemas");
        List<Path> yaml;
        try (Stream<Path> walk = Files.list(tmp.resolve("content/briefings/scaffold"))) {
            yaml = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(yaml.stream().map(p -> p.getFileName().toString())).contains("round.yaml", "datapackage.yaml");
        for (Path file : yaml) {
            assertNamesItsSchema(file, tmp.resolve("schemas"));
        }
    }

    @Test
    void vsCodeMapsEveryContentFileToItsSchemaAndRecommendsTheYamlExtension() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode mapping = json.readTree(Path.of(".vscode/settings.json").toFile()).get("yaml.schemas");
        assertThat(mapping).as("yaml.schemas in .vscode/settings.json").isNotNull();
        List<Path> yaml;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            yaml = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : yaml) {
            List<String> schemas = new ArrayList<>();
            mapping.fields().forEachRemaining(entry -> {
                // A schema maps to one glob or to a list of them.
                List<JsonNode> globs = new ArrayList<>();
                if (entry.getValue().isArray()) {
                    entry.getValue().elements().forEachRemaining(globs::add);
                } else {
                    globs.add(entry.getValue());
                }
                if (globs.stream().anyMatch(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob.asText())
                        .matches(file))) {
                    schemas.add(entry.getKey());
                }
            });
            String expected = SCHEMAS.resolve(SchemaCatalog.jsonName(file.getFileName().toString())).toString();
            assertThat(schemas).as(file + " in .vscode/settings.json").containsExactly(expected);
            assertThat(Path.of(expected)).exists();
        }
        assertThat(json.readTree(Path.of(".vscode/extensions.json").toFile()).get("recommendations").toString())
                .contains("redhat.vscode-yaml");
    }

    @Test
    void gitIgnoresTheFoldersTheToolWritesButNotTheSharedEditorSettings() throws Exception {
        for (String written : List.of("site/index.html", ".staging-site-123/index.html",
                ".retired-site-.staging-site-123/index.html", ".staging-public-9/a.html", ".briefing-cache/charts/x")) {
            assertThat(ignored(written)).as(written + " is git-ignored").isTrue();
        }
        for (String shared : List.of(".vscode/settings.json", ".vscode/extensions.json", "schemas/round.json",
                "content/site.yaml")) {
            assertThat(ignored(shared)).as(shared + " is not git-ignored").isFalse();
        }
    }

    private static boolean ignored(String path) throws Exception {
        Process git = new ProcessBuilder("git", "check-ignore", "--no-index", "-q", path)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = git.waitFor();
        assertThat(code).as("git check-ignore " + path).isIn(0, 1);
        return code == 0;
    }

    /** The file's first line is a modeline naming, relative to the file, schemas/<its name>.json, which exists. */
    private void assertNamesItsSchema(Path file, Path schemasFolder) throws IOException {
        Matcher modeline = MODELINE.matcher(Files.readString(file));
        assertThat(modeline.find()).as(file + " starts with # yaml-language-server: $schema=...").isTrue();
        String json = SchemaCatalog.jsonName(file.getFileName().toString());
        Path target = file.toAbsolutePath().getParent().resolve(modeline.group(1)).normalize();
        assertThat(target).as(file + "'s modeline").isEqualTo(schemasFolder.toAbsolutePath().resolve(json).normalize());
        assertThat(catalog).as("a schema for " + file.getFileName()).containsKey(file.getFileName().toString());
    }
}
