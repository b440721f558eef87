package briefing.cli;

import briefing.build.BuildOptions;
import briefing.build.BuildPipeline;
import briefing.build.BuildResult;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.DiagnosticPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code briefing build}: content + templates -> the site in the output folder, or every error and no change. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder. On any error nothing is written and the previous "
                + "site is left as it was.")
public final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputOptions input;

    @CommandLine.Mixin
    OutputOption target;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and warnings.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = Path.of("").toAbsolutePath();
        DiagnosticPrinter printer = new DiagnosticPrinter(cwd);
        try {
            BuildResult result = new BuildPipeline(cwd).build(options(input, target));
            result.warnings().forEach(w -> err.print(printer.render(w)));
            if (!quiet) {
                out.printf("Built %d pages (%d files) into %s in %d ms (%s)%n", result.pages(), result.files(),
                        target.output, result.totalMillis(), result.stageMillis().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
            }
            return ExitCode.OK;
        } catch (BuildFailedException e) {
            err.print(printer.renderAll(e.diagnostics()));
            err.println("build failed; " + target.output + " was left unchanged");
            return ExitCode.CONTENT_ERROR;
        } catch (IOException e) {
            err.println("error: cannot write " + target.output + ": " + e.getMessage());
            err.println("the previous site in " + target.output + " was left unchanged");
            return ExitCode.CANNOT_WRITE;
        }
    }

    static BuildOptions options(InputOptions input, Path output) {
        return new BuildOptions(input.content, input.templates, output, Optional.ofNullable(input.baseUrl),
                input.drafts);
    }

    static BuildOptions options(InputOptions input, OutputOption target) {
        return new BuildOptions(input.content, input.templates, target.output, Optional.ofNullable(input.baseUrl),
                input.drafts, target.force);
    }
}
