package briefing.value;

import java.util.Locale;
import java.util.Optional;

/**
 * An editor typed a value we cannot read. Checked on purpose: every caller has a source location to attach and a
 * reader-facing error to report, so forgetting to handle it must not compile.
 */
public final class ValueFormatException extends Exception {

    /** Inputs longer than this are quoted by their start and their length, so a message stays one readable line. */
    static final int QUOTED = 40;

    private final String expected;
    private final String found;
    private final String hint;

    /** The input does not have any of the accepted shapes. */
    public ValueFormatException(String expected, String found) {
        this("expected " + expected, expected, found, null);
    }

    /** The input has an accepted shape but an impossible value, which {@code problem} explains better than the shape. */
    public ValueFormatException(String problem, String expected, String found) {
        this(problem, expected, found, null);
    }

    private ValueFormatException(String problem, String expected, String found, String hint) {
        super(problem + ", found " + quote(found));
        this.expected = expected;
        this.found = found;
        this.hint = hint;
    }

    /** A value refused with a hint on how to write it instead, beyond what {@link #expected()} says. */
    static ValueFormatException withHint(String problem, String expected, String found, String hint) {
        return new ValueFormatException(problem, expected, found, hint);
    }

    /** {@code "text"}, or for a long input its first {@value #QUOTED} characters and its length. */
    static String quote(String found) {
        if (found.length() <= QUOTED + 10) {
            return "\"" + found + "\"";
        }
        int end = Character.isHighSurrogate(found.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
        return "\"" + found.substring(0, end) + "\u2026\" (" + String.format(Locale.ROOT, "%,d", found.length())
                + " characters)";
    }

    /** What would have been accepted, phrased for an editor, e.g. {@code a percentage like "50%" or "up to 50%"}. */
    public String expected() {
        return expected;
    }

    /** The raw input, untrimmed, so the caller can point at it exactly. */
    public String found() {
        return found;
    }

    /** How to write the value instead, when there is more to say than {@link #expected()}. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
