package briefing.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The output folder, shared by the commands that write the site ({@code build}, {@code serve}). */
public final class OutputOption {

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}). Replaced as a whole, and only "
                    + "when a build succeeds.")
    Path output;
}
