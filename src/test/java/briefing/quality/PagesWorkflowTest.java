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

    static Map<String, String> permissions(JsonNode node) {
        Map<String, String> permissions = new TreeMap<>();
        node.path("permissions").properties().forEach(e -> permissions.put(e.getKey(), e.getValue().asText()));
        return permissions;
    }

    @Test
    void givesEachJobTheLeastPermissions() {
        // Nothing at the top, so a job that forgets to ask gets nothing rather than the repository's default.
        assertThat(workflow.has("permissions")).isTrue();
        assertThat(permissions(workflow)).isEmpty();
        // The build job runs the tests and Maven plugins: it reads the repository and nothing else.
        assertThat(permissions(workflow.at("/jobs/build"))).isEqualTo(Map.of("contents", "read"));
        // Only the deploy job writes Pages and gets an OIDC token; it runs no code of ours.
        assertThat(permissions(workflow.at("/jobs/deploy"))).isEqualTo(Map.of("pages", "write", "id-token", "write"));
        assertThat(steps("deploy")).allSatisfy(s -> assertThat(s.has("run")).as("a run step in deploy").isFalse());
        workflow.path("jobs").properties().forEach(job -> {
            if (!job.getKey().equals("deploy")) {
                assertThat(permissions(job.getValue()).values()).as(job.getKey()).doesNotContain("write");
            }
        });
    }

    @Test
    void neverCancelsARunningDeployment() {
        assertThat(workflow.at("/concurrency/group").asText()).isEqualTo("pages");
        assertThat(workflow.at("/concurrency/cancel-in-progress").isBoolean()).isTrue();
        assertThat(workflow.at("/concurrency/cancel-in-progress").asBoolean()).isFalse();
    }

    /**
     * The first major of each official action that runs on Node 24 (Node 20 actions are deprecated on GitHub's
     * runners). A newer major passes; an older one, a branch, or a commit without a major tag does not.
     */
    static final Map<String, Integer> NODE_24_MAJORS = Map.of("actions/checkout", 5, "actions/setup-java", 5,
            "actions/configure-pages", 6, "actions/upload-pages-artifact", 4, "actions/deploy-pages", 5,
            "actions/cache", 5);

    /**
     * The engine's disk cache is restored before the site is built and saved after, keyed on the tool's version and
     * the content, so a publish whose charts did not change draws none.
     */
    @Test
    void restoresAndSavesTheEngineCacheAroundTheBuild() {
        JsonNode cache = step("build", "actions/cache").path("with");
        assertThat(cache.path("path").asText()).isEqualTo(".briefing-cache");
        String key = cache.path("key").asText();
        assertThat(key).contains("${{ steps.tool.outputs.version }}")
                .contains("hashFiles('content/**', 'templates/**')");
        assertThat(cache.path("restore-keys").asText()).isEqualTo("briefing-${{ steps.tool.outputs.version }}-");
        List<String> order = steps("build").stream().map(s -> s.has("uses") ? s.path("uses").asText()
                : s.path("name").asText()).toList();
        assertThat(order.indexOf("Tool version")).isLessThan(order.indexOf("actions/cache@v6"));
        assertThat(order.indexOf("actions/cache@v6")).isLessThan(order.indexOf("Build the site"));
        assertThat(order.indexOf("Test")).isLessThan(order.indexOf("Tool version"));
    }

    @Test
    void usesOnlyOfficialActionsOnMajorsOfTheNode24Era() {
        List<String> uses = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(s -> {
            if (s.has("uses")) {
                uses.add(s.path("uses").asText());
            }
        }));
        assertThat(uses).isNotEmpty().allSatisfy(use -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^@]+)@v(\\d+)").matcher(use);
            assertThat(m.matches()).as(use + " is pinned by a major version tag").isTrue();
            assertThat(NODE_24_MAJORS).as(use + " is an official action we know").containsKey(m.group(1));
            assertThat(Integer.parseInt(m.group(2))).as(use).isGreaterThanOrEqualTo(NODE_24_MAJORS.get(m.group(1)));
        });
        assertThat(uses.stream().map(u -> u.substring(0, u.indexOf('@'))).toList())
                .containsExactlyInAnyOrderElementsOf(NODE_24_MAJORS.keySet());
        JsonNode java = step("build", "actions/setup-java").path("with");
        assertThat(java.path("distribution").asText()).isEqualTo("temurin");
        assertThat(java.path("java-version").asText()).isEqualTo("17");
        assertThat(java.path("cache").asText()).as("Maven's repository is cached between runs").isEqualTo("maven");
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
