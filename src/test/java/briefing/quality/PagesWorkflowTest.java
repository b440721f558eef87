package briefing.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The GitHub Pages workflow tests, builds with the URL Pages reports, and deploys with the official actions. */
class PagesWorkflowTest {

    static final Path WORKFLOW = Path.of(".github/workflows/pages.yml");
    static JsonNode workflow;

    @BeforeAll
    static void parse() throws Exception {
        workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    }

    static List<JsonNode> steps(String job) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").path(job).path("steps").forEach(steps::add);
        return steps;
    }

    static JsonNode step(String job, String action) {
        return steps(job).stream().filter(s -> s.path("uses").asText().startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError(job + " does not use " + action));
    }

    static String runs(String job) {
        StringBuilder all = new StringBuilder();
        steps(job).forEach(s -> all.append(s.path("run").asText()).append('\n'));
        return all.toString();
    }

    @Test
    void runsOnPushToMainAndByHand() {
        JsonNode on = workflow.path("on");
        assertThat(on.isObject()).as("'on' must be read as the key 'on', not as YAML 1.1 true").isTrue();
        List<String> branches = new ArrayList<>();
        on.path("push").path("branches").forEach(b -> branches.add(b.asText()));
        assertThat(branches).containsExactly("main");
        assertThat(on.has("workflow_dispatch")).isTrue();
        assertThat(on.has("pull_request_target")).isFalse();
    }

    @Test
    void asksForTheLeastPermissions() {
        Map<String, String> permissions = new TreeMap<>();
        workflow.path("permissions").properties().forEach(e -> permissions.put(e.getKey(), e.getValue().asText()));
        assertThat(permissions).isEqualTo(Map.of("contents", "read", "pages", "write", "id-token", "write"));
        workflow.path("jobs").forEach(job -> assertThat(job.has("permissions")).isFalse());
    }

    @Test
    void neverCancelsARunningDeployment() {
        assertThat(workflow.at("/concurrency/group").asText()).isEqualTo("pages");
        assertThat(workflow.at("/concurrency/cancel-in-progress").isBoolean()).isTrue();
        assertThat(workflow.at("/concurrency/cancel-in-progress").asBoolean()).isFalse();
    }

    @Test
    void usesOnlyTheOfficialActionsPinnedByMajorVersion() {
        List<String> uses = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(s -> {
            if (s.has("uses")) {
                uses.add(s.path("uses").asText());
            }
        }));
        assertThat(uses).containsExactlyInAnyOrder("actions/checkout@v4", "actions/setup-java@v4",
                "actions/configure-pages@v5", "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4");
        JsonNode java = step("build", "actions/setup-java").path("with");
        assertThat(java.path("distribution").asText()).isEqualTo("temurin");
        assertThat(java.path("java-version").asText()).isEqualTo("17");
        assertThat(java.path("cache").asText()).isEqualTo("maven");
    }

    @Test
    void testsThenBuildsWithTheBaseUrlFromConfigurePages() {
        String id = step("build", "actions/configure-pages").path("id").asText();
        assertThat(id).isEqualTo("pages");
        String run = runs("build");
        assertThat(run).contains("mvn -B -ntp verify");
        assertThat(run).contains("target/briefing build --base-url \"${{ steps.pages.outputs.base_url }}/\"");
        assertThat(run.indexOf("mvn -B -ntp verify")).isLessThan(run.indexOf("target/briefing build"));
        // The browser tests find Chrome and chromedriver on the runner, and must not be skipped there.
        assertThat(run).contains("CHROMEDRIVER", "CHROME_BIN");
    }

    @Test
    void uploadsTheSiteFolderAndDeploysIt() {
        assertThat(step("build", "actions/upload-pages-artifact").at("/with/path").asText()).isEqualTo("site");
        JsonNode deploy = workflow.at("/jobs/deploy");
        assertThat(deploy.path("needs").asText()).isEqualTo("build");
        assertThat(deploy.at("/environment/name").asText()).isEqualTo("github-pages");
        String deployId = step("deploy", "actions/deploy-pages").path("id").asText();
        assertThat(deploy.at("/environment/url").asText()).isEqualTo("${{ steps." + deployId + ".outputs.page_url }}");
    }
}
