package briefing.cli;

import briefing.pipeline.BuildPipeline;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.DiagnosticPrinter;
import briefing.diagnostic.Severity;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code briefing check}: everything {@code build} validates (configuration, front matter, data, charts, figure and
 * chart references, templates, links and anchors), without writing anything.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks content, data, charts, templates and links without writing the site. "
                + "Reports every problem in one run.")
public final class CheckCommand implements Callable<Integer> {

    /** How findings are printed. */
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputOptions input;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json, for editors and tools.")
    Format format;

    @Override
    public Integer call() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        List<Diagnostic> findings;
        boolean failed;
        try {
            // The output folder is never touched: render() stops before writing.
            findings = new BuildPipeline(cwd).render(BuildCommand.options(input, Path.of("site"))).warnings();
            failed = strict && !findings.isEmpty();
        } catch (BuildFailedException e) {
            findings = e.diagnostics();
            failed = true;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(findings));
        } else if (findings.isEmpty()) {
            out.println("No problems found.");
        } else {
            spec.commandLine().getErr().print(new DiagnosticPrinter(cwd).renderAll(findings));
        }
        return failed ? ExitCode.CONTENT_ERROR : ExitCode.OK;
    }

    static String json(List<Diagnostic> findings) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        // Causes first, as the text output has them; a consequence is listed after them with its cause, and is
        // not counted.
        List<Diagnostic> causes = DiagnosticPrinter.causesFirst(findings);
        List<Diagnostic> all = new java.util.ArrayList<>(causes);
        findings.stream().filter(d -> !causes.contains(d)).forEach(all::add);
        root.put("errors", causes.stream().filter(Diagnostic::isError).count());
        root.put("warnings", causes.stream().filter(d -> d.severity() == Severity.WARNING).count());
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : all) {
            ObjectNode node = list.addObject();
            node.put("severity", d.severity().label());
            node.put("path", d.location().path());
            node.put("line", d.location().line());
            node.put("column", d.location().column());
            node.put("message", d.message());
            node.put("hint", d.hint());
            node.put("cause", d.cause() == null ? null : d.cause().toString());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
