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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static briefing.quality.PagesWorkflowTest.permissions;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release workflow: on a version tag, tests and packages with read-only rights, then a job that runs none of our
 * code attaches the install archives to a GitHub release. Checked by its properties, not by exact versions.
 */
class ReleaseWorkflowTest {

    static JsonNode workflow;

    @BeforeAll
    static void parse() throws Exception {
        workflow = new ObjectMapper(new YAMLFactory()).readTree(Path.of(".github/workflows/release.yml").toFile());
    }

    static List<JsonNode> steps(String job) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").path(job).path("steps").forEach(steps::add);
        return steps;
    }

    static String runs(String job) {
        StringBuilder all = new StringBuilder();
        steps(job).forEach(s -> all.append(s.path("run").asText()).append('\n'));
        return all.toString();
    }

    @Test
    void runsOnVersionTagsOnly() {
        JsonNode on = workflow.path("on");
        assertThat(on.isObject()).as("'on' must be read as the key 'on', not as YAML 1.1 true").isTrue();
        assertThat(on.properties()).extracting(Map.Entry::getKey).containsExactly("push");
        assertThat(on.at("/push/branches").isMissingNode()).isTrue();
        assertThat(on.at("/push/tags/0").asText()).isEqualTo("v*");
        assertThat(workflow.at("/concurrency/cancel-in-progress").asBoolean(true)).isFalse();
    }

    @Test
    void onlyTheReleaseJobWritesAndItRunsNoCodeOfOurs() {
        assertThat(workflow.has("permissions")).isTrue();
        assertThat(permissions(workflow)).isEmpty();
        assertThat(permissions(workflow.at("/jobs/build"))).isEqualTo(Map.of("contents", "read"));
        assertThat(permissions(workflow.at("/jobs/release"))).isEqualTo(Map.of("contents", "write"));
        assertThat(workflow.at("/jobs/release/needs").asText()).isEqualTo("build");
        assertThat(steps("release")).noneMatch(s -> s.path("uses").asText().startsWith("actions/checkout@"));
        assertThat(runs("release")).doesNotContain("mvn", "target/", "java");
    }

    /** The first major of each official action that runs on Node 24; a newer one passes. */
    static final Map<String, Integer> NODE_24_MAJORS = Map.of("actions/checkout", 5, "actions/setup-java", 5,
            "actions/upload-artifact", 6, "actions/download-artifact", 7);

    @Test
    void usesOnlyOfficialActionsOnMajorsOfTheNode24Era() {
        List<String> uses = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(s -> {
            if (s.has("uses")) {
                uses.add(s.path("uses").asText());
            }
        }));
        assertThat(uses).isNotEmpty().allSatisfy(use -> {
            Matcher m = Pattern.compile("([^@]+)@v(\\d+)").matcher(use);
            assertThat(m.matches()).as(use + " is pinned by a major version tag").isTrue();
            assertThat(NODE_24_MAJORS).as(use + " is an official action we know").containsKey(m.group(1));
            assertThat(Integer.parseInt(m.group(2))).as(use).isGreaterThanOrEqualTo(NODE_24_MAJORS.get(m.group(1)));
        });
        JsonNode java = steps("build").stream().filter(s -> s.path("uses").asText().startsWith("actions/setup-java@"))
                .findFirst().orElseThrow().path("with");
        assertThat(java.path("java-version").asText()).isEqualTo("17");
        assertThat(java.path("cache").asText()).isEqualTo("maven");
    }

    @Test
    void checksTheTagTestsAndAttachesBothArchives() {
        String build = runs("build");
        assertThat(build).contains("project.version", "$GITHUB_REF_NAME", "mvn -B -ntp verify");
        assertThat(build.indexOf("$GITHUB_REF_NAME")).isLessThan(build.indexOf("mvn -B -ntp verify"));
        JsonNode upload = steps("build").stream().filter(s -> s.path("uses").asText().startsWith("actions/upload-artifact@"))
                .findFirst().orElseThrow().path("with");
        assertThat(upload.path("path").asText()).contains("target/briefing-*.tar.gz", "target/briefing-*.zip");
        assertThat(upload.path("if-no-files-found").asText()).isEqualTo("error");
        String release = runs("release");
        assertThat(release).contains("gh release create \"$GITHUB_REF_NAME\"", "briefing-*.tar.gz", "briefing-*.zip",
                "SHA256SUMS");
        // The tag's name reaches the shell as a variable, never pasted into the script by an expression.
        assertThat(build + release).doesNotContain("${{ github.ref");
    }
}
