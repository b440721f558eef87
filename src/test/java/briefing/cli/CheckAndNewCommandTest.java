package briefing.cli;

import briefing.pipeline.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static briefing.cli.BuildCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class CheckAndNewCommandTest {

    @TempDir
    Path tmp;

    String[] check(String... extra) {
        String[] base = {"check", "--content", tmp.resolve("content").toString(), "--templates",
                TestSite.PROJECT_TEMPLATES.toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void checkReportsEveryErrorAndWritesNothing() {
        TestSite.of("many-errors.txtar", tmp);
        BuildCommandTest.Run run = run(check());
        assertThat(run.code()).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(run.err()).contains("7 errors", "error: colour: unknown field", "  hint: did you mean `report`?");
        assertThat(run.err().lines().filter(l -> l.endsWith("^"))).hasSize(7);
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void checkFormatJsonGivesTheSameFindings() throws Exception {
        TestSite.of("many-errors.txtar", tmp);
        BuildCommandTest.Run run = run(check("--format", "json"));
        assertThat(run.code()).isEqualTo(ExitCode.CONTENT_ERROR);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("errors").asInt()).isEqualTo(7);
        assertThat(json.get("diagnostics")).hasSize(8);
        assertThat(json.get("diagnostics").get(7).get("cause").asText()).endsWith("content/briefings/deal/round.yaml:3:11");
        JsonNode first = json.get("diagnostics").get(0);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("path").asText()).endsWith("content/briefings/deal/index.md");
        assertThat(first.get("line").asInt()).isEqualTo(3);
        assertThat(first.get("column").asInt()).isEqualTo(7);
        assertThat(first.get("message").asText()).startsWith("date: no day 30 in February 2026");
    }

    @Test
    void warningsPassUnlessStrict() {
        TestSite.of("raw-html-omitted.txtar", tmp);
        BuildCommandTest.Run relaxed = run(check());
        assertThat(relaxed.code()).isEqualTo(ExitCode.OK);
        assertThat(relaxed.err()).contains("warning: raw HTML in Markdown is omitted");
        assertThat(run(check("--strict")).code()).isEqualTo(ExitCode.CONTENT_ERROR);
        TestSite.of("drafts-and-order.txtar", tmp.resolve("clean"));
        BuildCommandTest.Run clean = run("check", "--content", tmp.resolve("clean/content").toString(),
                "--templates", TestSite.PROJECT_TEMPLATES.toString(), "--strict");
        assertThat(clean.code()).isEqualTo(ExitCode.OK);
        assertThat(clean.out()).contains("No problems found.");
    }

    @Test
    void newScaffoldsADraftBriefingThatPassesCheck() throws Exception {
        TestSite.of("drafts-and-order.txtar", tmp);
        NewCommand command = new NewCommand();
        command.clock = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(command);
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(err));
        int code = cli.execute("new-deal", "--title", "A new deal: \"quoted\"", "--content",
                tmp.resolve("content").toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        Path folder = tmp.resolve("content/briefings/new-deal");
        assertThat(Files.readString(folder.resolve("index.md"))).contains("date: 2026-03-04", "draft: true",
                "title: \"A new deal: \\\"quoted\\\"\"");
        assertThat(Files.readString(folder.resolve("round.yaml"))).startsWith("# yaml-language-server: $schema=");
        BuildCommandTest.Run checked = run(check("--drafts", "--strict"));
        assertThat(checked.code()).as(checked.err()).isEqualTo(ExitCode.OK);
        assertThat(cli.execute("new-deal", "--title", "Again", "--content", tmp.resolve("content").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(cli.execute("Bad Slug", "--title", "X", "--content", tmp.resolve("content").toString()))
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void newDatasetScaffoldsADataPackageWhoseValuesProseCanReferTo() throws Exception {
        TestSite.of("desk-companies.txtar", tmp);
        String contentDir = tmp.resolve("content").toString();
        NewCommand command = new NewCommand();
        command.clock = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);
        picocli.CommandLine cli = new picocli.CommandLine(command);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err));
        cli.setOut(new java.io.PrintWriter(out));
        assertThat(cli.execute("capex-race", "--title", "Capex", "--content", contentDir)).isEqualTo(ExitCode.OK);
        assertThat(cli.execute("--dataset", "capex", "capex-race", "--content", contentDir)).as(err.toString())
                .isEqualTo(ExitCode.OK);
        Path folder = tmp.resolve("content/briefings/capex-race");
        assertThat(Files.readString(folder.resolve("datapackage.yaml")))
                .startsWith("# yaml-language-server: $schema=../../../schemas/datapackage.json\n")
                .contains("kind: money", "currency: USD", "scale: billion", "kind: status", "kind: source",
                        "kind: company", "primaryKey: [company, year]");
        assertThat(Files.readString(folder.resolve("capex.csv")))
                .isEqualTo("company,year,amount,status,source\nacme,2025,1.5,reported,example-report\n");
        assertThat(out.toString()).contains("{{ capex.acme.2025.amount }}");
        Path index = folder.resolve("index.md");
        Files.writeString(index, Files.readString(index) + "\nFrom the dataset: {{ capex.acme.2025.amount }}.\n");
        BuildCommandTest.Run checked = run(check("--drafts", "--strict"));
        assertThat(checked.code()).as(checked.err()).isEqualTo(ExitCode.OK);

        assertThat(cli.execute("--dataset", "capex", "capex-race", "--content", contentDir)).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("datapackage.yaml already exists",
                "hint: add the resource to it by hand (see README: Datasets)");
        assertThat(cli.execute("--dataset", "round", "capex-race", "--content", contentDir)).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("error: dataset name \"round\" is taken by the built-in data");
        assertThat(cli.execute("--dataset", "capex", "no-such-briefing", "--content", contentDir))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("no-such-briefing does not exist");
        assertThat(cli.execute("new-one", "--content", contentDir)).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("error: a new briefing needs --title");
    }

    @Test
    void withACompanyListTheScaffoldNamesCompaniesByIdAndStillPassesCheck() throws Exception {
        TestSite.of("desk-companies.txtar", tmp);
        NewCommand command = new NewCommand();
        command.clock = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);
        picocli.CommandLine cli = new picocli.CommandLine(command);
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err));
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(cli.execute("next-round", "--title", "Next round", "--content", tmp.resolve("content").toString()))
                .as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(tmp.resolve("content/briefings/next-round/round.yaml")))
                .contains("company: acme  # a company id from companies.yaml", "investor: nimbus",
                        "name: \"Acme Robotics' funding round\"");
        BuildCommandTest.Run checked = run(check("--drafts", "--strict"));
        assertThat(checked.code()).as(checked.err()).isEqualTo(ExitCode.OK);
    }
}
