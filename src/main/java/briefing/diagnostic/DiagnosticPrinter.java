package briefing.diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a diagnostic the way compilers do: the headline, the offending source line, a caret under the column,
 * and the hint. Source lines are read from the project folder the paths are relative to, afresh for every report
 * (in {@code serve} the file may have changed since the last one), and are cut and escaped as {@link ShownText}
 * says, so that neither a very long line nor a control character reaches the terminal as it is.
 */
public final class DiagnosticPrinter {

    /** Larger files are not read for their source line. */
    private static final long MAX_READ = 16L * 1024 * 1024;

    private final Path baseDir;

    public DiagnosticPrinter(Path baseDir) {
        this.baseDir = baseDir;
    }

    public String render(Diagnostic diagnostic) {
        return render(diagnostic, new HashMap<>(), 0);
    }

    /**
     * Every finding, causes first: the findings that stand on their own in source order, each followed by how many
     * others follow from it (those are not shown: fixing the cause fixes them), then a count of the ones shown.
     */
    public String renderAll(List<Diagnostic> diagnostics) {
        Map<String, List<String>> files = new HashMap<>();
        List<Diagnostic> shown = causesFirst(diagnostics);
        Map<SourceLocation, Long> following = consequencesByCause(diagnostics);
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : shown) {
            out.append(render(d, files, d.isConsequence() ? 0 : following.getOrDefault(d.location(), 0L)));
        }
        long errors = shown.stream().filter(Diagnostic::isError).count();
        long warnings = shown.size() - errors;
        out.append(errors).append(errors == 1 ? " error" : " errors");
        if (warnings > 0) {
            out.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        return out.append('\n').toString();
    }

    /**
     * The findings a reader should see, in the order to fix them: those that stand on their own, in source order;
     * a consequence only when its cause is not among them (then it is shown with where its cause is).
     */
    public static List<Diagnostic> causesFirst(List<Diagnostic> diagnostics) {
        Set<SourceLocation> causes = diagnostics.stream().filter(d -> !d.isConsequence())
                .map(Diagnostic::location).collect(Collectors.toSet());
        List<Diagnostic> out = new ArrayList<>();
        diagnostics.stream().filter(d -> !d.isConsequence() || !causes.contains(d.cause())).sorted()
                .forEach(out::add);
        return out;
    }

    /** How many findings follow from the finding at each location. */
    private static Map<SourceLocation, Long> consequencesByCause(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isConsequence)
                .collect(Collectors.groupingBy(Diagnostic::cause, LinkedHashMap::new, Collectors.counting()));
    }

    private String render(Diagnostic diagnostic, Map<String, List<String>> files, long following) {
        StringBuilder out = new StringBuilder(diagnostic.headline()).append('\n');
        SourceLocation at = diagnostic.location();
        sourceLine(at, files).ifPresent(text -> {
            ShownText.Excerpt excerpt = ShownText.excerpt(text, at.column());
            out.append("  ").append(excerpt.line()).append('\n');
            out.append("  ").append(" ".repeat(excerpt.caret())).append("^\n");
        });
        if (diagnostic.hint() != null) {
            out.append("  hint: ").append(ShownText.message(diagnostic.hint())).append('\n');
        }
        if (diagnostic.isConsequence()) {
            out.append("  note: follows from the error at ").append(diagnostic.cause()).append('\n');
        }
        if (following > 0) {
            out.append("  note: ").append(following).append(following == 1 ? " other error follows" : " other errors follow")
                    .append(" from this one (not shown: fixing this fixes them)\n");
        }
        return out.toString();
    }

    private Optional<String> sourceLine(SourceLocation at, Map<String, List<String>> files) {
        if (at.line() <= 0) {
            return Optional.empty();
        }
        List<String> file = files.computeIfAbsent(at.path(), this::read);
        return at.line() <= file.size() ? Optional.of(file.get(at.line() - 1)) : Optional.empty();
    }

    private List<String> read(String path) {
        try {
            Path file = baseDir.resolve(path);
            if (Files.size(file) > MAX_READ) {
                return List.of();
            }
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n", -1));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
