package briefing.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The output folder, shared by the commands that write the site ({@code build}, {@code serve}). */
public final class OutputOption {

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}), only when a build succeeds: "
                    + "replaced as a whole by build and by serve's first build, then updated file by file by "
                    + "serve's rebuilds. Must be new, empty or a site briefing built; never the project, "
                    + "content or templates folder.")
    Path output;

    @Option(names = "--force", description = "Replace the output folder even if it has files in it and is not a "
            + "site briefing built (everything in it is lost). Never applies to the project, its content or "
            + "templates folder, a folder holding them, a file, a repository, your home folder or /.")
    boolean force;
}
