package briefing.diagnostic;

import java.util.List;

/**
 * The input has mistakes an editor can fix. Carries every finding; never a bug, so the CLI shows no stack trace.
 */
public final class BuildFailedException extends Exception {

    private final transient List<Diagnostic> diagnostics;

    public BuildFailedException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "build failed" : diagnostics.get(0).headline(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public BuildFailedException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
