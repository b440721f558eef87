package briefing.diagnostic;

/**
 * Input text as a terminal or browser may show it: control characters (newline, tab, escape, other C0 and C1
 * codes, bidirectional controls) become visible escapes, so a file name or a line of input can neither split a
 * headline, move the cursor, nor reorder what the editor reads; and very long text is cut around what matters.
 */
public final class ShownText {

    /** How many characters of a source line are shown around the column. */
    public static final int LINE_WIDTH = 120;
    /** The longest message or hint shown whole; longer ones (which echo input) keep their start and end. */
    static final int MESSAGE_WIDTH = 300;
    static final String ELLIPSIS = "…";

    private ShownText() {
    }

    /** The text with every control character replaced by a visible escape such as {@code \n} or {@code \u202E}. */
    public static String escape(CharSequence text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    /** A message or hint for a headline: escaped, and cut in the middle when it is very long. */
    public static String message(String text) {
        if (text.length() <= MESSAGE_WIDTH) {
            return escape(text);
        }
        int head = cutPoint(text, MESSAGE_WIDTH * 2 / 3);
        int tail = cutPoint(text, text.length() - MESSAGE_WIDTH / 3);
        return escape(text.substring(0, head)) + ELLIPSIS + escape(text.substring(tail));
    }

    /** The escape of one character, or null when it shows as itself. */
    static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x1B -> "\\e";
            default -> isControl(c) ? String.format(java.util.Locale.ROOT, "\\u%04X", (int) c) : null;
        };
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029;
    }

    /** {@code index}, moved back off the second half of a surrogate pair, so a cut never splits a character. */
    static int cutPoint(CharSequence text, int index) {
        int at = Math.max(0, Math.min(index, text.length()));
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }

    /**
     * A source line as shown under a headline, with the caret's offset in it: escaped, and cut to about
     * {@link #LINE_WIDTH} characters around {@code column} (1-based), with an ellipsis on each side that was cut.
     */
    public static Excerpt excerpt(String line, int column) {
        int at = Math.max(0, Math.min(column - 1, line.length()));
        int start = 0;
        int end = line.length();
        if (line.length() > LINE_WIDTH) {
            start = Math.max(0, at - LINE_WIDTH / 2);
            end = Math.min(line.length(), start + LINE_WIDTH);
            start = Math.max(0, end - LINE_WIDTH);
            start = cutPoint(line, start);
            end = cutPoint(line, end);
        }
        String before = (start > 0 ? ELLIPSIS : "") + escape(line.substring(start, at));
        String shown = before + escape(line.substring(at, end)) + (end < line.length() ? ELLIPSIS : "");
        return new Excerpt(shown, before.codePointCount(0, before.length()));
    }

    /** A shown source line and the offset of the caret under it, in characters as a terminal counts them. */
    public record Excerpt(String line, int caret) {
    }
}
