package briefing.cli;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.DiagnosticPrinter;
import briefing.history.DiffReport;
import briefing.history.DiffReport.BriefingChanges;
import briefing.history.DiffReport.FigureLine;
import briefing.history.DiffReport.Shown;
import briefing.history.FigureHistory;
import briefing.history.RevisionException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code briefing diff <rev>}: which figures changed between the content at a git revision and the working tree,
 * per briefing, with update entries to paste into the briefing's front matter.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Lists the figures added, removed and changed between the content at a git revision and the "
                + "working tree, per briefing, with suggested entries for the briefing's updates list. "
                + "Reads git; changes nothing.")
public final class DiffCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputOptions input;

    @Parameters(paramLabel = "REV", description = "A git revision: commit id, branch or tag, e.g. HEAD~1 or main.")
    String revision;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json, for tools.")
    Format format;

    /** Tests set the date of the suggested updates; editors get today's, in the site's time zone. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = Path.of("").toAbsolutePath();
        DiffReport report;
        try {
            report = new FigureHistory(cwd).compare(input.content, revision, input.drafts, clock);
        } catch (RevisionException e) {
            err.println("error: " + e.getMessage());
            if (e.hint() != null) {
                err.println("  hint: " + e.hint());
            }
            return ExitCode.USAGE;
        } catch (BuildFailedException e) {
            err.print(new DiagnosticPrinter(cwd).renderAll(e.diagnostics()));
            err.println("diff failed: the content must load at " + revision + " and in the working tree");
            return ExitCode.CONTENT_ERROR;
        } catch (IOException e) {
            err.println("error: cannot copy " + revision + " to a temporary folder: " + e.getMessage());
            return ExitCode.CANNOT_WRITE;
        }
        if (format == Format.json) {
            out.println(json(report));
        } else {
            out.print(text(report));
        }
        return ExitCode.OK;
    }

    static String text(DiffReport report) {
        String between = report.shortCommit() + " (" + report.revision() + ") and the working tree";
        if (report.isEmpty()) {
            return "No figure changed between " + between + ".\n";
        }
        StringBuilder text = new StringBuilder("Figures changed between ").append(between).append(":\n");
        for (BriefingChanges b : report.briefings()) {
            text.append('\n').append(b.slug()).append(": ").append(b.title()).append('\n');
            switch (b.state()) {
                case ADDED -> text.append("  new briefing, ").append(figures(b.figureCount())).append('\n');
                case REMOVED -> text.append("  removed; it had ").append(figures(b.figureCount())).append('\n');
                case CHANGED -> {
                    for (FigureLine line : b.changes()) {
                        String kind = line.kind().name().toLowerCase(Locale.ROOT);
                        text.append("  ").append(String.format(Locale.ROOT, "%-8s", kind)).append(line.describe())
                                .append('\n');
                    }
                    if (!b.suggestions().isEmpty()) {
                        text.append("\nSuggested updates for ").append(b.path())
                                .append(" (front matter; keep the lines that say what readers should know):\n")
                                .append(b.suggestionsYaml());
                    }
                }
            }
        }
        return text.toString();
    }

    private static String figures(int count) {
        return count + (count == 1 ? " figure" : " figures");
    }

    static String json(DiffReport report) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("revision", report.revision());
        root.put("commit", report.commit());
        ArrayNode briefings = root.putArray("briefings");
        for (BriefingChanges b : report.briefings()) {
            ObjectNode node = briefings.addObject();
            node.put("slug", b.slug());
            node.put("title", b.title());
            node.put("path", b.path());
            node.put("state", b.state().name().toLowerCase(Locale.ROOT));
            node.put("figures", b.figureCount());
            ArrayNode changes = node.putArray("changes");
            for (FigureLine line : b.changes()) {
                ObjectNode change = changes.addObject();
                change.put("key", line.key());
                change.put("label", line.label());
                change.put("change", line.kind().name().toLowerCase(Locale.ROOT));
                shown(change, "before", line.before());
                shown(change, "after", line.after());
            }
            ArrayNode updates = node.putArray("suggestedUpdates");
            b.suggestions().forEach(s -> {
                ObjectNode update = updates.addObject();
                update.put("date", s.date().toString());
                update.put("text", s.text());
                update.put("figure", s.figure());
            });
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void shown(ObjectNode change, String name, Shown shown) {
        if (shown == null) {
            change.putNull(name);
            return;
        }
        ObjectNode node = change.putObject(name);
        node.put("value", shown.value());
        node.put("status", shown.status());
        node.put("source", shown.source());
    }
}
