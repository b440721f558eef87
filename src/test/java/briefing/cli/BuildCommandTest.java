package briefing.cli;

import briefing.pipeline.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuildCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String[] buildArgs(Path dir, String... extra) {
        String[] base = {"build", "--content", dir.resolve("content").toString(), "--templates",
                TestSite.PROJECT_TEMPLATES.toString(), "--output", dir.resolve("site").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void buildsTheSiteAndExitsZero() throws Exception {
        TestSite.of("drafts-and-order.txtar", tmp);
        Run run = run(buildArgs(tmp));
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Built 5 pages");
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("The newer briefing")
                .doesNotContain("The draft briefing");
    }

    @Test
    void everyBuildEndsWithAOneLineSummaryOfPagesChartsFilesAndStages() throws Exception {
        TestSite.of("charts-every-type.txtar", tmp);
        Run first = run(buildArgs(tmp));
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.OK);
        java.util.regex.Pattern summary = java.util.regex.Pattern.compile("Built (\\d+) pages, (\\d+) charts "
                + "\\((\\d+) drawn, (\\d+) reused\\), (\\d+) files \\((\\d+) written, (\\d+) unchanged\\) into "
                + java.util.regex.Pattern.quote(tmp.resolve("site").toString()) + " in \\d+ ms \\(load \\d+, "
                + "assemble \\d+, charts \\d+, render \\d+, check \\d+, write \\d+\\)\\R");
        java.util.regex.Matcher one = summary.matcher(first.out());
        assertThat(one.matches()).as(first.out()).isTrue();
        int charts = Integer.parseInt(one.group(2));
        int files = Integer.parseInt(one.group(5));
        assertThat(charts).isPositive();
        assertThat(one.group(3)).isEqualTo(String.valueOf(charts));
        assertThat(one.group(4)).isEqualTo("0");
        assertThat(Integer.parseInt(one.group(6)) + Integer.parseInt(one.group(7))).isEqualTo(files);
        // Nothing changed: the build's record says so, and nothing is loaded, drawn or written.
        Run second = run(buildArgs(tmp));
        assertThat(second.out()).as(second.out()).matches("Up to date: \\d+ pages, " + charts + " charts, " + files
                + " files in " + java.util.regex.Pattern.quote(tmp.resolve("site").toString())
                + "; nothing changed since the last build \\(checked in \\d+ ms\\)\\R");
        // A change that no chart reads: every chart comes from the cache, and only that page is written.
        Path index = tmp.resolve("content/briefings/charts/index.md");
        Files.writeString(index, Files.readString(index) + "\nOne more sentence.\n");
        Run third = run(buildArgs(tmp));
        java.util.regex.Matcher three = summary.matcher(third.out());
        assertThat(three.matches()).as(third.out()).isTrue();
        assertThat(List.of(three.group(2), three.group(3), three.group(4), three.group(5)))
                .containsExactly(String.valueOf(charts), "0", String.valueOf(charts), String.valueOf(files));
        assertThat(Integer.parseInt(three.group(6))).isPositive().isLessThan(files / 2);
        // Run through execute (as tests and embedders do), auto never shows progress: the output is only that.
        assertThat(first.err()).isEmpty();
        assertThat(second.err()).isEmpty();
        assertThat(third.err()).isEmpty();
    }

    @Test
    void verboseAddsStageTimesAndTheChartCacheQuietPrintsNothing() {
        TestSite.of("drafts-and-order.txtar", tmp);
        Run verbose = run(buildArgs(tmp, "--verbose"));
        assertThat(verbose.out().lines().skip(1).toList()).hasSize(7).allMatch(l -> l.startsWith("  "));
        assertThat(verbose.out()).containsPattern("(?m)^  render +\\d+ ms$").contains("  chart cache: ");
        Run quiet = run(buildArgs(tmp, "--quiet"));
        assertThat(quiet.out()).isEmpty();
        Run bad = run(buildArgs(tmp, "--progress", "sometimes"));
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("\"sometimes\" is not auto, live, plain or off");
    }

    @Test
    void draftsOptionIncludesDrafts() {
        TestSite.of("drafts-and-order.txtar", tmp);
        Run run = run(buildArgs(tmp, "--drafts"));
        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(Files.exists(tmp.resolve("site/briefings/draft/index.html"))).isTrue();
    }

    @Test
    void baseUrlOptionOverridesSiteYaml() throws Exception {
        TestSite.of("drafts-and-order.txtar", tmp);
        Run run = run(buildArgs(tmp, "--base-url", "https://owner.github.io/repo"));
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(tmp.resolve("site/index.html")))
                .contains("href=\"/repo/assets/style.css\"", "https://owner.github.io/repo/");
    }

    @Test
    void contentErrorsExitOneWithEveryErrorAndNoStackTrace() {
        TestSite.of("many-errors.txtar", tmp);
        Run run = run(buildArgs(tmp));
        assertThat(run.code()).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(run.err()).contains("error: colour: unknown field", "unknown source `reprot`",
                "hint: did you mean `report`?", "7 errors", "note: 1 other error follows from this one", "was left unchanged")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines().filter(l -> l.contains(": error: ")).count()).isEqualTo(7);
        assertThat(Files.exists(tmp.resolve("site"))).isFalse();
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws Exception {
        TestSite.of("drafts-and-order.txtar", tmp);
        assertThat(run(buildArgs(tmp)).code()).isEqualTo(ExitCode.OK);
        byte[] before = Files.readAllBytes(tmp.resolve("site/index.html"));
        Files.writeString(tmp.resolve("content/briefings/newer/index.md"), "---\ntitle: [unclosed\n---\n");
        Run run = run(buildArgs(tmp));
        assertThat(run.code()).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(run.err()).contains(
                "content/briefings/newer/index.md:2:8: error: YAML syntax: the [ that starts here is not closed");
        assertThat(Files.readAllBytes(tmp.resolve("site/index.html"))).isEqualTo(before);
    }

    @Test
    void badBaseUrlIsAUsageError() {
        Run run = run("build", "--base-url", "not a url");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--base-url", "absolute");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("build", "--colour");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void missingContentFolderIsAContentError() {
        Run run = run("build", "--content", tmp.resolve("nope").toString(), "--output", tmp.resolve("s").toString());
        assertThat(run.code()).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(run.err()).contains("content folder not found");
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheInputs() {
        TestSite.of("drafts-and-order.txtar", tmp);
        Run run = run("build", "--content", tmp.resolve("content").toString(), "--templates",
                TestSite.PROJECT_TEMPLATES.toString(), "--output", tmp.toString());
        assertThat(run.code()).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(run.err()).contains("refusing to replace the output folder");
        assertThat(Files.exists(tmp.resolve("content/site.yaml"))).isTrue();
    }

    @Test
    void helpAndVersionWork() {
        Run help = run("build", "--help");
        assertThat(help.code()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("--content", "--templates", "--output", "--base-url", "--drafts");
        Run version = run("--version");
        assertThat(version.code()).isEqualTo(ExitCode.OK);
        assertThat(version.out()).startsWith("briefing 0.1.0");
        // The tool, the Java running it and where the chart cache is: what a bug report needs.
        assertThat(version.out()).containsPattern("(?m)^Java " + java.util.regex.Pattern.quote(
                System.getProperty("java.version")) + " \\(").containsPattern("(?m)^Chart cache: (off|.*charts)$");
    }
}
