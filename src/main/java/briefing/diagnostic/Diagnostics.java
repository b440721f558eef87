package briefing.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects findings during one stage so that an editor sees every mistake in one run instead of the first.
 * Not shared between threads: each loader fills its own and the pipeline merges them.
 */
public final class Diagnostics {

    private final TreeSet<Diagnostic> items = new TreeSet<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(SourceLocation location, String message) {
        add(Diagnostic.error(location, message));
    }

    public void error(SourceLocation location, String message, String hint) {
        add(Diagnostic.error(location, message, hint));
    }

    public void warning(SourceLocation location, String message, String hint) {
        add(Diagnostic.warning(location, message, hint));
    }

    public void addAll(Iterable<Diagnostic> more) {
        more.forEach(this::add);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<Diagnostic> sorted() {
        return List.copyOf(new ArrayList<>(items));
    }

    /** Ends the stage when anything went wrong, carrying all findings (warnings too) to the CLI. */
    public void throwIfErrors() throws BuildFailedException {
        if (hasErrors()) {
            throw new BuildFailedException(sorted());
        }
    }
}
