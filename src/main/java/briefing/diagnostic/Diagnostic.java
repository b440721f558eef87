package briefing.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the input, with where it is and, when we know one, how to fix it.
 *
 * @param cause where the mistake is that makes this finding inevitable (a reference to a figure of a data file that
 *              could not be read), or null when this finding stands on its own. A consequence is not counted or
 *              shown on its own: fixing its cause fixes it.
 */
public record Diagnostic(Severity severity, SourceLocation location, String message, String hint,
                         SourceLocation cause) implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(location);
        Objects.requireNonNull(message);
        hint = hint == null || hint.isBlank() ? null : hint;
        cause = location.equals(cause) ? null : cause;
    }

    public Diagnostic(Severity severity, SourceLocation location, String message, String hint) {
        this(severity, location, message, hint, null);
    }

    public static Diagnostic error(SourceLocation location, String message) {
        return new Diagnostic(Severity.ERROR, location, message, null);
    }

    public static Diagnostic error(SourceLocation location, String message, String hint) {
        return new Diagnostic(Severity.ERROR, location, message, hint);
    }

    public static Diagnostic warning(SourceLocation location, String message, String hint) {
        return new Diagnostic(Severity.WARNING, location, message, hint);
    }

    /** This finding, marked as following from the mistake at {@code cause}. */
    public Diagnostic because(SourceLocation cause) {
        return new Diagnostic(severity, location, message, hint, cause);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether another finding (its {@link #cause}) makes this one inevitable. */
    public boolean isConsequence() {
        return cause != null;
    }

    /**
     * The compiler-style first line: {@code path:line:column: error: message}, on one line whatever the path or
     * message hold (see {@link ShownText}).
     */
    public String headline() {
        return location + ": " + severity.label() + ": " + ShownText.message(message);
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
