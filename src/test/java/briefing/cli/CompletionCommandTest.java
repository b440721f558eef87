package briefing.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static briefing.cli.BuildCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code briefing completion} prints picocli's script for the command model, and bash completes with it:
 * subcommands, a subcommand's flags and the values of a positional parameter.
 */
class CompletionCommandTest {

    @TempDir
    Path tmp;

    /** What bash completes after typing {@code line} and pressing Tab, with the script loaded as a user would. */
    private List<String> completions(String line) throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeThat(Files.isExecutable(bash)).as("bash is installed").isTrue();
        BuildCommandTest.Run printed = run("completion", "bash");
        assertThat(printed.code()).isZero();
        Path script = Files.writeString(tmp.resolve("briefing.bash"), printed.out(), StandardCharsets.UTF_8);
        // Bash fills COMP_* itself when Tab is pressed; here they are set as it would, and the function that
        // `complete -p briefing` names is called with the same arguments.
        String probe = """
                source <(cat "$1")
                function=$(complete -p briefing | sed -n 's/.* -F \\([^ ]*\\) .*/\\1/p')
                read -r -a COMP_WORDS <<< "$2"
                case "$2" in *' ') COMP_WORDS+=(''); esac
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                COMP_LINE="$2"
                COMP_POINT=${#COMP_LINE}
                "$function" briefing "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null
                printf '%s\\n' "${COMPREPLY[@]}"
                """;
        Process p = new ProcessBuilder(bash.toString(), "-c", probe, "probe", script.toString(), line)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void bashRegistersTheScriptForBriefing() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/bin/bash"))).as("bash is installed").isTrue();
        Path script = Files.writeString(tmp.resolve("briefing.bash"), run("completion").out(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("/bin/bash", "-c", "source <(cat \"$1\"); complete -p briefing", "probe",
                script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out.strip()).startsWith("complete ").endsWith(" briefing").contains(" -F ");
    }

    @Test
    void aSubcommandCompletes() throws Exception {
        assertThat(completions("briefing bu")).containsExactly("build");
        assertThat(completions("briefing com")).containsExactly("completion");
    }

    @Test
    void aFlagOfASubcommandCompletes() throws Exception {
        assertThat(completions("briefing build --dr")).containsExactly("--drafts");
        assertThat(completions("briefing check --for")).containsExactly("--format");
    }

    @Test
    void theShellsComplete() throws Exception {
        assertThat(completions("briefing completion ")).containsExactly("bash", "zsh");
    }

    @Test
    void zshGetsTheSameScriptWhichLoadsBashcompinitItself() {
        String bash = run("completion", "bash").out();
        assertThat(run("completion", "zsh").out()).isEqualTo(bash);
        assertThat(bash).contains("bashcompinit");
    }

    @Test
    void anotherShellIsAUsageError() {
        BuildCommandTest.Run run = run("completion", "fish");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: Invalid value for positional parameter at index 0 (SHELL): expected one of [bash, zsh] (case-sensitive) but was 'fish'
                Try 'briefing completion --help' for usage.
                """);
    }
}
