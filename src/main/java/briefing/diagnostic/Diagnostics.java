package briefing.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Collects findings during one stage so that an editor sees every mistake in one run instead of the first.
 * Not shared between threads: each loader fills its own and the pipeline merges them.
 *
 * <p>It also knows which names (figure keys, chart ids, ...) are missing because of a mistake already reported, so
 * that a reference to one of them is marked as a consequence of that mistake ({@link #unresolved}) instead of
 * standing as an error of its own.
 */
public final class Diagnostics {

    private final TreeSet<Diagnostic> items = new TreeSet<>();
    /** The errors in the order they were added, for {@link #firstErrorSince}. */
    private final List<Diagnostic> added = new ArrayList<>();
    /** Name (or prefix ending in {@code .} or {@code :}) -> the mistake it is missing because of. */
    private final Map<String, SourceLocation> unavailable = new HashMap<>();

    public void add(Diagnostic diagnostic) {
        if (items.add(diagnostic) && diagnostic.isError()) {
            added.add(diagnostic);
        }
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

    /** A position in the stream of errors, for {@link #firstErrorSince}. */
    public int mark() {
        return added.size();
    }

    /** The findings added since {@code mark}, in the order they were added. */
    public List<Diagnostic> since(int mark) {
        return List.copyOf(added.subList(Math.min(mark, added.size()), added.size()));
    }

    /** The first error in source order among those added since {@code mark}: the cause of what failed since. */
    public Optional<Diagnostic> firstErrorSince(int mark) {
        return added.subList(Math.min(mark, added.size()), added.size()).stream()
                .min(Comparator.naturalOrder());
    }

    /** The errors added since {@code mark}, in the order they were added. */
    public List<Diagnostic> errorsSince(int mark) {
        return List.copyOf(added.subList(Math.min(mark, added.size()), added.size()));
    }

    /**
     * Records that {@code name} is missing because of {@code cause} (a finding already added). A name ending in
     * {@code .} or {@code :} stands for every name it begins (a data file that could not be read defines none of
     * its figures). A cause that is itself a consequence passes on its own cause, so every chain ends at a root.
     * The latest record of a name wins: a whole file that failed is the reason, more than one of its entries.
     */
    public void unavailable(String name, Diagnostic cause) {
        unavailable.put(name, cause.isConsequence() ? cause.cause() : cause.location());
    }

    /** Records {@code name} as missing because of the first error since {@code mark}, if there was one. */
    public void unavailableSince(String name, int mark) {
        firstErrorSince(mark).ifPresent(cause -> unavailable(name, cause));
    }

    /** Where the mistake is that {@code name} is missing because of, if one was recorded. */
    public Optional<SourceLocation> causeOf(String name) {
        SourceLocation exact = unavailable.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        // The longest recorded prefix wins: "round.amazon." is nearer than "round.".
        for (int i = name.length() - 1; i > 0; i--) {
            char c = name.charAt(i - 1);
            if (c == '.' || c == ':') {
                SourceLocation prefix = unavailable.get(name.substring(0, i));
                if (prefix != null) {
                    return Optional.of(prefix);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reports a reference to {@code name} that names nothing: an error of its own, or, when {@code name} is missing
     * because of an earlier mistake, a consequence of that mistake.
     */
    public void unresolved(String name, SourceLocation location, String message, String hint) {
        Diagnostic error = Diagnostic.error(location, message, hint);
        add(causeOf(name).map(error::because).orElse(error));
    }

    /** Ends the stage when anything went wrong, carrying all findings (warnings too) to the CLI. */
    public void throwIfErrors() throws BuildFailedException {
        if (hasErrors()) {
            throw new BuildFailedException(sorted());
        }
    }
}
