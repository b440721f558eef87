package briefing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static briefing.cli.BuildCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** {@code briefing diff} end to end, against a real git repository made in a temporary folder. */
class DiffCommandTest {

    private static final String SITE = """
            title: Diff Desk
            description: A site whose figures change.
            base_url: https://example.org/desk/
            publisher:
              name: Diff Desk
            """;
    private static final String SOURCES = """
            sources:
              - id: report
                name: A news report
                status: reported
              - id: statement
                name: Company statement
                status: confirmed
            """;
    private static final String ROUND = """
            company: Target
            name: Target's round
            total:
              amount: $100 billion
              status: reported
              source: report
            participants:
              - id: softbank
                investor: SoftBank
                amount: up to $30 billion
                status: reported
                source: report
              - id: acme
                investor: Acme
                amount: $10B
                status: reported
                source: report
              - id: beta
                investor: Beta
                amount: $5 billion
                status: reported
                source: report
            """;

    @TempDir
    Path repo;

    private Path content;

    @BeforeEach
    void repository() throws Exception {
        content = repo.resolve("content");
        write("site.yaml", SITE);
        write("briefings/deal/index.md", index("Target raises a round", "2026-02-27"));
        write("briefings/deal/sources.yaml", SOURCES);
        write("briefings/deal/round.yaml", ROUND);
        write("briefings/steady/index.md", index("Nothing moves here", "2026-01-05"));
        write("briefings/steady/sources.yaml", SOURCES);
        write("briefings/steady/valuations.yaml", """
                company: Steady
                valuations:
                  - id: now
                    amount: $2 billion
                    event: Last round
                    status: reported
                    source: report
                """);
        write("briefings/gone/index.md", index("A briefing that is withdrawn", "2025-12-01"));
        git("init", "-q", "-b", "main");
        git("config", "user.name", "Test Editor");
        git("config", "user.email", "editor@example.org");
        git("config", "commit.gpgsign", "false");
        commit("First version");
    }

    private static String index(String title, String date) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nsummary: A summary.\n---\nBody.\n";
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ":\n" + out).isZero();
        return out;
    }

    private void commit(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    /** The edits of the working tree: a correction, a new and a dropped participant, a new and a removed briefing. */
    private void editWorkingTree() throws IOException {
        write("briefings/deal/round.yaml", ROUND
                .replace("""
                          - id: softbank
                            investor: SoftBank
                            amount: up to $30 billion
                            status: reported
                            source: report
                        """, """
                          - id: softbank
                            investor: SoftBank
                            amount: $30 billion
                            status: confirmed
                            source: statement
                        """)
                .replace("amount: $10B", "amount: USD 10 billion")
                .replace("""
                          - id: beta
                            investor: Beta
                            amount: $5 billion
                            status: reported
                            source: report
                        """, """
                          - id: gamma
                            investor: Gamma
                            amount: about $2 billion
                            status: planned
                            source: report
                        """));
        write("briefings/fresh/index.md", index("A new story", "2026-03-01"));
        deleteTree(content.resolve("briefings/gone"));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    record Run(int code, String out, String err) {
    }

    private Run diff(String... args) {
        DiffCommand command = new DiffCommand();
        command.clock = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--content", content.toString()));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private String shortHead() throws Exception {
        return git("rev-parse", "HEAD").strip().substring(0, 7);
    }

    @Test
    void listsAddedRemovedAndChangedFiguresPerBriefingWithUpdatesToPaste() throws Exception {
        editWorkingTree();

        Run run = diff("HEAD");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("""
                Figures changed between %s (HEAD) and the working tree:

                deal: Target raises a round
                  removed round.beta: $5 billion (reported)
                  added   round.gamma: about $2 billion (planned)
                  changed round.softbank: up to $30 billion (reported) → $30 billion (confirmed); source report → statement

                Suggested updates for %s (front matter; keep the lines that say what readers should know):
                updates:
                  - date: 2026-03-04
                    text: "Removed: Beta in Target's round ($5 billion, reported)."
                  - date: 2026-03-04
                    text: "New figure: Gamma in Target's round, {{ round.gamma }} (planned)."
                    figure: round.gamma
                  - date: 2026-03-04
                    text: "SoftBank in Target's round: now {{ round.softbank }}, confirmed (was up to $30 billion, reported); source: Company statement (was A news report)."
                    figure: round.softbank

                fresh: A new story
                  new briefing, 0 figures

                gone: A briefing that is withdrawn
                  removed; it had 0 figures
                """.formatted(shortHead(), content.resolve("briefings/deal/index.md").toString()));
    }

    @Test
    void suggestedUpdatesPassCheckWhenPastedIntoTheFrontMatter() throws Exception {
        editWorkingTree();
        String out = diff("HEAD").out();
        String yaml = out.substring(out.indexOf("updates:\n"), out.indexOf("\nfresh:"));
        Path index = content.resolve("briefings/deal/index.md");
        Files.writeString(index, Files.readString(index).replace("summary: A summary.\n",
                "summary: A summary.\n" + yaml));

        BuildCommandTest.Run check = run("check", "--content", content.toString(), "--templates",
                briefing.pipeline.TestSite.PROJECT_TEMPLATES.toString());

        assertThat(check.code()).as(check.err() + "\n" + Files.readString(index)).isEqualTo(ExitCode.OK);
    }

    @Test
    void aDerivedFigureIsListedButSuggestsNoUpdateOfItsOwnWhenItsInputIsListed() throws Exception {
        write("briefings/deal/figures.yaml", """
                figures:
                  - id: softbank-share
                    label: SoftBank's share
                    share: {part: round.softbank, of: round.total}
                """);
        commit("A derived share");
        write("briefings/deal/round.yaml", ROUND.replace(
                "amount: up to $30 billion\n    status: reported\n    source: report",
                "amount: $30 billion\n    status: confirmed\n    source: statement"));

        Run run = diff("HEAD");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("  changed derived.softbank-share: up to 30% (reported) → 30% (reported)\n")
                .contains("  changed round.softbank: up to $30 billion (reported) → $30 billion (confirmed)")
                .contains("    figure: round.softbank\n")
                .doesNotContain("figure: derived.softbank-share");
    }

    @Test
    void jsonGivesTheSameReport() throws Exception {
        editWorkingTree();

        Run run = diff("HEAD", "--format", "json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("revision").asText()).isEqualTo("HEAD");
        assertThat(json.get("commit").asText()).isEqualTo(git("rev-parse", "HEAD").strip());
        JsonNode deal = json.get("briefings").get(0);
        assertThat(deal.get("slug").asText()).isEqualTo("deal");
        assertThat(deal.get("state").asText()).isEqualTo("changed");
        JsonNode softbank = deal.get("changes").get(2);
        assertThat(softbank.get("key").asText()).isEqualTo("round.softbank");
        assertThat(softbank.get("change").asText()).isEqualTo("changed");
        assertThat(softbank.get("before").get("value").asText()).isEqualTo("up to $30 billion");
        assertThat(softbank.get("before").get("status").asText()).isEqualTo("reported");
        assertThat(softbank.get("after").get("source").asText()).isEqualTo("statement");
        assertThat(deal.get("changes").get(1).get("before").isNull()).isTrue();
        assertThat(deal.get("suggestedUpdates").get(2).get("figure").asText()).isEqualTo("round.softbank");
        assertThat(deal.get("suggestedUpdates").get(0).get("figure").isNull()).isTrue();
        assertThat(json.get("briefings").get(1).get("state").asText()).isEqualTo("added");
        assertThat(json.get("briefings").get(2).get("state").asText()).isEqualTo("removed");
        assertThat(json.get("briefings").get(2).get("path").asText()).isEqualTo("HEAD:content/briefings/gone/index.md");
    }

    @Test
    void saysSoWhenNoFigureChanged() throws Exception {
        write("briefings/deal/round.yaml", ROUND.replace("$10B", "$10 billion"));

        Run run = diff("main");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("No figure changed between " + shortHead() + " (main) and the working tree.\n");
    }

    @Test
    void comparesWithAnEarlierCommit() throws Exception {
        editWorkingTree();
        commit("Second version");

        Run run = diff("HEAD~1");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("(HEAD~1) and the working tree:", "changed round.softbank:");
        assertThat(diff("HEAD").out()).startsWith("No figure changed");
    }

    @Test
    void refusesAnUnknownRevision() {
        Run run = diff("no-such-branch");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: unknown revision "no-such-branch"
                  hint: give a commit, branch or tag, e.g. HEAD~1, main or a commit id from git log --oneline
                """);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesARevisionThatGitWouldTakeForAnOption() {
        Run run = diff("--", "--output=x");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("error: \"--output=x\" is not a revision\n");
    }

    @Test
    void refusesContentOutsideAGitRepository(@TempDir Path elsewhere) throws Exception {
        Process inside = new ProcessBuilder("git", "rev-parse", "--show-toplevel").directory(elsewhere.toFile())
                .redirectErrorStream(true).start();
        inside.getInputStream().readAllBytes();
        assumeFalse(inside.waitFor() == 0, "the temporary folder is inside a git repository");
        content = elsewhere.resolve("content");
        write("site.yaml", SITE);

        Run run = diff("HEAD");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("error: " + content + " is not in a git repository (fatal: not a git repository")
                .contains("  hint: briefing diff compares with the history of a git clone; run it in one\n");
    }

    @Test
    void reportsContentThatDidNotExistAtTheRevision() throws Exception {
        Files.writeString(repo.resolve("README"), "x\n");
        git("rm", "-q", "-r", "--cached", "content");
        git("add", "README");
        git("commit", "-q", "-m", "Content not yet tracked");
        commit("Content tracked");

        Run run = diff("HEAD~1");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("error: content/ did not exist at HEAD~1\n");
    }

    @Test
    void reportsMistakesOfTheContentAtTheRevisionUnderItsName() throws Exception {
        write("briefings/deal/round.yaml", ROUND.replace("amount: $5 billion", "amount: five"));
        commit("A broken amount");
        write("briefings/deal/round.yaml", ROUND);

        Run run = diff("HEAD");

        assertThat(run.code()).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(run.err()).startsWith("HEAD:content/briefings/deal/round.yaml:20:13: error: participants[2].amount: "
                + "expected money like")
                .endsWith("1 error\ndiff failed: the content must load at HEAD and in the working tree\n");
    }

    @Test
    void reportsMistakesOfTheWorkingTreeAsCheckDoes() throws Exception {
        write("briefings/deal/round.yaml", ROUND.replace("amount: $5 billion", "amount: five"));

        Run run = diff("HEAD");

        assertThat(run.code()).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(run.err()).startsWith(content.resolve("briefings/deal/round.yaml") + ":20:13: error: "
                + "participants[2].amount: expected money like");
    }

    @Test
    void isRegisteredInMain() {
        BuildCommandTest.Run run = run("diff", "--help");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: briefing diff", "REV", "--content", "--format");
    }
}
