package briefing.cli;

import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

/**
 * docs/cli.md, generated from the picocli model: the usage help of {@code briefing} and of every subcommand, so the
 * reference says exactly what {@code --help} says. {@link CliReferenceTest} fails when the file differs.
 */
final class CliReference {

    /** Wide enough for the descriptions, fixed so the file does not depend on the terminal that made it. */
    static final int WIDTH = 100;
    static final String REGENERATE = "mvn -B -o test -Dtest=CliReferenceTest -Dregenerate=true";

    private CliReference() {
    }

    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Command-line reference\n\n")
                .append("<!-- Generated from the commands' own help by CliReferenceTest; do not edit. -->\n")
                .append("<!-- Regenerate: ").append(REGENERATE).append(" -->\n\n")
                .append("Every command also prints its part of this page with `--help`, e.g. ")
                .append("`target/briefing build --help`.\n\n");
        List<CommandLine> commands = new ArrayList<>();
        collect(Main.commandLine(new Main(), new String[0]), commands);
        for (CommandLine command : commands) {
            md.append("- [`").append(command.getCommandSpec().qualifiedName()).append("`](#")
                    .append(anchor(command)).append(")\n");
        }
        for (CommandLine command : commands) {
            command.setUsageHelpWidth(WIDTH);
            command.setUsageHelpLongOptionsMaxWidth(30);
            md.append("\n## ").append(command.getCommandSpec().qualifiedName()).append("\n\n```text\n")
                    .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n");
        }
        return md.toString();
    }

    /** GitHub's anchor of the heading {@code ## briefing build}. */
    static String anchor(CommandLine command) {
        return command.getCommandSpec().qualifiedName().replace(' ', '-');
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().forEach((name, sub) -> {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand) && sub.getCommandName().equals(name)) {
                collect(sub, into);
            }
        });
    }
}
