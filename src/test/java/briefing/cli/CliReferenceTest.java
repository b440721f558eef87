package briefing.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/cli.md is the commands' own help; with -Dregenerate=true this test writes it instead of comparing. */
class CliReferenceTest {

    static final Path FILE = Path.of("docs/cli.md");

    @Test
    void docsCliMdIsWhatTheCommandsHelpSays() throws Exception {
        String generated = CliReference.markdown();
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(FILE)).as(FILE + " is missing; generate it with: " + CliReference.REGENERATE).isTrue();
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as(FILE + " differs from the commands' help; regenerate it with: " + CliReference.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everySubcommandHasASection() {
        String md = CliReference.markdown();
        new picocli.CommandLine(new Main()).getSubcommands().keySet().stream().filter(name -> !name.equals("help"))
                .forEach(name -> assertThat(md).contains("\n## briefing " + name + "\n"));
    }
}
