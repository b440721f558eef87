package briefing.value;

/**
 * The most digits a money, count or percentage value may have, checked before the text is matched or turned into a
 * {@code BigDecimal}: reading a number costs time that grows faster than its length (a million digits took seconds
 * to read and minutes to divide), while no real figure comes near the limit. {@code $1,234,567,890,123.45} has 15
 * digits; the limit allows twice that.
 */
public final class DigitLimit {

    /** Digits in all, before and after the decimal point; grouping commas do not count. */
    public static final int MAX = 30;

    private DigitLimit() {
    }

    /**
     * Refuses {@code input} if it has more than {@link #MAX} digits, as {@code what} ("money", "count",
     * "percentage") with {@code hint}; one pass over the characters, nothing else.
     */
    public static void check(String input, String what, String expected, String hint) throws ValueFormatException {
        int digits = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '0' && c <= '9' && ++digits > MAX) {
                throw ValueFormatException.withHint(what + " has more than " + MAX + " digits", expected, input,
                        hint + "; a value has at most " + MAX + " digits");
            }
        }
    }
}
