package briefing.diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a diagnostic the way compilers do: the headline, the offending source line, a caret under the column,
 * and the hint. Source lines are read from the project folder the paths are relative to.
 */
public final class DiagnosticPrinter {

    private final Path baseDir;
    private final Map<String, List<String>> lines = new HashMap<>();

    public DiagnosticPrinter(Path baseDir) {
        this.baseDir = baseDir;
    }

    public String render(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder(diagnostic.headline()).append('\n');
        SourceLocation at = diagnostic.location();
        sourceLine(at).ifPresent(text -> {
            String shown = text.replace('\t', ' ');
            out.append("  ").append(shown).append('\n');
            int caret = Math.max(0, Math.min(at.column() - 1, shown.length()));
            out.append("  ").append(" ".repeat(caret)).append("^\n");
        });
        if (diagnostic.hint() != null) {
            out.append("  hint: ").append(diagnostic.hint()).append('\n');
        }
        return out.toString();
    }

    public String renderAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(render(d)));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        out.append(errors).append(errors == 1 ? " error" : " errors");
        if (warnings > 0) {
            out.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        return out.append('\n').toString();
    }

    private java.util.Optional<String> sourceLine(SourceLocation at) {
        if (at.line() <= 0) {
            return java.util.Optional.empty();
        }
        List<String> file = lines.computeIfAbsent(at.path(), this::read);
        return at.line() <= file.size() ? java.util.Optional.of(file.get(at.line() - 1)) : java.util.Optional.empty();
    }

    private List<String> read(String path) {
        try {
            Path file = baseDir.resolve(path);
            if (Files.size(file) > 16L * 1024 * 1024) {
                return List.of();
            }
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n", -1));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
