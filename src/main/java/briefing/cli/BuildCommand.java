package briefing.cli;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.pipeline.BuildResult;
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

    /** The command this runs under; null when a test runs BuildCommand alone. */
    @CommandLine.ParentCommand
    Main parent;

    @CommandLine.Mixin
    InputOptions input;

    @CommandLine.Mixin
    OutputOption target;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and warnings.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "After the summary, the time of each stage on its own line "
            + "and where the chart cache is.")
    boolean verbose;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto", converter = ModeConverter.class,
            description = "Progress of a build longer than a second, on standard error: auto (a line redrawn in "
                    + "place on a terminal, plain lines when CI is set, else none), live, plain or off "
                    + "(default: ${DEFAULT-VALUE}).")
    ProgressLine.Mode progress;

    /** auto, live, plain or off, in lowercase as the help shows them. */
    static final class ModeConverter implements CommandLine.ITypeConverter<ProgressLine.Mode> {
        @Override
        public ProgressLine.Mode convert(String value) {
            for (ProgressLine.Mode mode : ProgressLine.Mode.values()) {
                if (mode.name().equalsIgnoreCase(value)) {
                    return mode;
                }
            }
            throw new CommandLine.TypeConversionException("\"" + value + "\" is not auto, live, plain or off");
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = Path.of("").toAbsolutePath();
        DiagnosticPrinter printer = new DiagnosticPrinter(cwd);
        BuildPipeline pipeline = new BuildPipeline(cwd);
        try {
            BuildResult result;
            try (ProgressLine ignored = ProgressLine.start(quiet ? ProgressLine.Mode.OFF : progress == ProgressLine.Mode.AUTO
                    ? (parent == null ? ProgressLine.Mode.OFF : parent.autoProgress) : progress, err,
                    pipeline::progress, ProgressLine.DELAY_MILLIS)) {
                result = pipeline.build(options(input, target));
            }
            result.warnings().forEach(w -> err.print(printer.render(w)));
            if (!quiet) {
                out.println(summary(result, target.output));
            }
            if (verbose) {
                result.stageMillis().forEach((stage, millis) -> out.printf("  %-9s %6d ms%n", stage, millis));
                out.println("  chart cache: " + InputOptions.cacheDir(input.content)
                        .map(d -> d.resolve("charts").toString()).orElse("off"));
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

    /**
     * One line, whatever happened: {@code Built 4 pages, 7 charts (2 drawn, 5 reused), 39 files (12 written,
     * 27 unchanged) into site in 1943 ms (load 467, assemble 1, charts 890, render 401, check 148, write 36)}; or,
     * when the build's record showed nothing had changed, {@code Up to date: 4 pages, 7 charts, 39 files in site;
     * nothing changed since the last build (checked in 61 ms)}.
     */
    static String summary(BuildResult result, Path output) {
        return summary("Built", result, output);
    }

    /** The same line with another verb: {@code serve} says "Rebuilt" for every build after its first. */
    static String summary(String verb, BuildResult result, Path output) {
        int charts = result.chartsDrawn() + result.chartsReused();
        if (result.upToDate()) {
            return String.format(java.util.Locale.ROOT, "Up to date: %d pages, %d charts, %d files in %s; nothing "
                    + "changed since the last build (checked in %d ms)", result.pages(), charts, result.files(),
                    output, result.totalMillis());
        }
        return String.format(java.util.Locale.ROOT,
                "%s %d pages, %d charts (%d drawn, %d reused), %d files (%d written, %d unchanged) into %s "
                        + "in %d ms (%s)", verb, result.pages(), charts, result.chartsDrawn(), result.chartsReused(),
                result.files(), result.files() - result.unchanged(), result.unchanged(), output,
                result.totalMillis(), result.stageMillis().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    static BuildOptions options(InputOptions input, Path output) {
        return new BuildOptions(input.content, input.templates, output, Optional.ofNullable(input.baseUrl),
                input.drafts, false, InputOptions.cacheDir(input.content));
    }

    static BuildOptions options(InputOptions input, OutputOption target) {
        return new BuildOptions(input.content, input.templates, target.output, Optional.ofNullable(input.baseUrl),
                input.drafts, target.force, InputOptions.cacheDir(input.content));
    }
}
