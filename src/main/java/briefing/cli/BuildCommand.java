package briefing.cli;

import briefing.build.BuildOptions;
import briefing.build.BuildPipeline;
import briefing.build.BuildResult;
import briefing.config.ConfigLoader;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.DiagnosticPrinter;
import briefing.value.ValueFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
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

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder with site.yaml, pages and briefings/ (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "FreeMarker templates and assets/ (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}). Replaced as a whole on success.")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
            description = "Absolute URL the site is published under; overrides base_url in site.yaml, "
                    + "e.g. https://owner.github.io/repo/.")
    URI baseUrl;

    @Option(names = "--drafts", description = "Include briefings and pages marked draft: true.")
    boolean drafts;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and warnings.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = Path.of("").toAbsolutePath();
        DiagnosticPrinter printer = new DiagnosticPrinter(cwd);
        BuildOptions options = new BuildOptions(content, templates, output, Optional.ofNullable(baseUrl), drafts);
        try {
            BuildResult result = new BuildPipeline(cwd).build(options);
            result.warnings().forEach(w -> err.print(printer.render(w)));
            if (!quiet) {
                out.printf("Built %d pages (%d files) into %s in %d ms (%s)%n", result.pages(), result.files(),
                        output, result.totalMillis(), result.stageMillis().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
            }
            return ExitCode.OK;
        } catch (BuildFailedException e) {
            err.print(printer.renderAll(e.diagnostics()));
            err.println("build failed; " + output + " was left unchanged");
            return ExitCode.CONTENT_ERROR;
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            err.println("the previous site in " + output + " was left unchanged");
            return ExitCode.CANNOT_WRITE;
        }
    }

    /** Checks --base-url exactly like base_url in site.yaml. */
    static final class BaseUrlConverter implements CommandLine.ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                return ConfigLoader.parseBaseUrl(value);
            } catch (ValueFormatException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
