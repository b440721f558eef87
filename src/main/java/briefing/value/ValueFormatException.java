package briefing.value;

/**
 * An editor typed a value we cannot read. Checked on purpose: every caller has a source location to attach and a
 * reader-facing error to report, so forgetting to handle it must not compile.
 */
public final class ValueFormatException extends Exception {

    private final String expected;
    private final String found;

    /** The input does not have any of the accepted shapes. */
    public ValueFormatException(String expected, String found) {
        super("expected " + expected + ", found \"" + found + "\"");
        this.expected = expected;
        this.found = found;
    }

    /** The input has an accepted shape but an impossible value, which {@code problem} explains better than the shape. */
    public ValueFormatException(String problem, String expected, String found) {
        super(problem + ", found \"" + found + "\"");
        this.expected = expected;
        this.found = found;
    }

    /** What would have been accepted, phrased for an editor, e.g. {@code a percentage like "50%" or "up to 50%"}. */
    public String expected() {
        return expected;
    }

    /** The raw input, untrimmed, so the caller can point at it exactly. */
    public String found() {
        return found;
    }
}
