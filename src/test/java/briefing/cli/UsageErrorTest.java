package briefing.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static briefing.cli.BuildCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong command line exits 64 (EX_USAGE) with one error line, a did-you-mean hint when a name is close, and
 * where to find the usage; never a stack trace.
 */
class UsageErrorTest {

    @TempDir
    Path tmp;

    @Test
    void usageIsSixtyFourAsInSysexits() {
        assertThat(ExitCode.USAGE).isEqualTo(64);
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorBeforeAnyServerIsMade() {
        BuildCommandTest.Run run = run("serve", "--port", "99999");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: Invalid value for option '--port': '99999' is not a port: use 1 to 65535, or 0 for a free one
                Try 'briefing serve --help' for usage.
                """);
    }

    @Test
    void aPortThatIsNotANumberIsAUsageError() {
        BuildCommandTest.Run run = run("serve", "--port", "-1");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: Invalid value for option '--port': '-1' is not a port: use 1 to 65535, or 0 for a free one
                Try 'briefing serve --help' for usage.
                """);
    }

    @Test
    void aMissingValueIsAUsageError() {
        BuildCommandTest.Run run = run("serve", "--port");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: Missing required parameter for option '--port' (PORT)
                Try 'briefing serve --help' for usage.
                """);
    }

    @Test
    void anUnknownOptionGetsTheClosestOptionOfItsCommand() {
        BuildCommandTest.Run run = run("build", "--qiuet");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: Unknown option: '--qiuet'
                  hint: did you mean `--quiet`?
                Try 'briefing build --help' for usage.
                """);
    }

    @Test
    void anUnknownOptionWithAValueAfterAnEqualsSignGetsASuggestionToo() {
        BuildCommandTest.Run run = run("serve", "--prot=9000");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: Unknown option: '--prot=9000'
                  hint: did you mean `--port`?
                Try 'briefing serve --help' for usage.
                """);
    }

    @Test
    void anUnknownSubcommandGetsTheClosestSubcommand() {
        BuildCommandTest.Run run = run("biuld");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: Unmatched argument at index 0: 'biuld'
                  hint: did you mean `build`?
                Try 'briefing --help' for usage.
                """);
    }

    @Test
    void anUnknownOptionFarFromEveryNameGetsNoHint() {
        BuildCommandTest.Run run = run("check", "--colour");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: Unknown option: '--colour'
                Try 'briefing check --help' for usage.
                """);
    }

    @Test
    void controlCharactersInAnArgumentAreEscapedInTheErrorLine() {
        BuildCommandTest.Run run = run("build", "--col\u001b[2Jour\nx");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: Unknown option: '--col\\e[2Jour\\nx'
                Try 'briefing build --help' for usage.
                """);
    }

    @Test
    void aFileGivenForTheContentOrTemplatesFolderIsAUsageError() throws Exception {
        Path file = Files.writeString(tmp.resolve("site.yaml"), "title: x\n");
        BuildCommandTest.Run content = run("check", "--content", file.toString());
        BuildCommandTest.Run templates = run("build", "--templates", file.toString());

        assertThat(content.code()).isEqualTo(ExitCode.USAGE);
        assertThat(content.err()).isEqualTo("error: Invalid value for option '--content': " + file
                + " is a file, not a folder\nTry 'briefing check --help' for usage.\n");
        assertThat(templates.code()).isEqualTo(ExitCode.USAGE);
        assertThat(templates.err()).isEqualTo("error: Invalid value for option '--templates': " + file
                + " is a file, not a folder\nTry 'briefing build --help' for usage.\n");
    }
}
