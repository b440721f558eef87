package briefing.value;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of things (employees, users, units) as an editor wrote it.
 *
 * @param value     never negative
 * @param qualifier how precise the source was
 */
public record Count(long value, Qualifier qualifier) {

    static final String EXPECTED = "a count like \"16,000\" or \"about 16,000\"";

    private static final Pattern SHAPE = Pattern.compile(
            "(?<minus>[-\u2212])?"
            + "(?<number>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)"
            + "(?: ?(?<scale>" + Scale.ALTERNATIVES + "))?");

    public Count {
        Objects.requireNonNull(qualifier, "qualifier");
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + value);
        }
    }

    /** An exact count, e.g. one that YAML already delivered as an integer. */
    public static Count of(long value) {
        return new Count(value, Qualifier.EXACT);
    }

    /** Reads {@code 16,000}, {@code 16000}, {@code about 16,000}, {@code more than 1,000}, {@code 16k} or {@code 1.2 million}. */
    public static Count parse(String input) throws ValueFormatException {
        DigitLimit.check(input, "count", EXPECTED, "write a large count with a scale word, e.g. \"1.2 million\"");
        Qualifier.Stripped stripped = Qualifier.strip(input);
        Matcher m = SHAPE.matcher(stripped.rest().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ValueFormatException(EXPECTED, input);
        }
        if (m.group("minus") != null) {
            throw new ValueFormatException("a count cannot be negative", EXPECTED, input);
        }
        BigDecimal value = new BigDecimal(m.group("number").replace(",", ""))
                .movePointRight(Scale.exponent(m.group("scale")));
        try {
            // Exact conversion: "1.2345k" people is a typo, not 1,234 people.
            return new Count(value.longValueExact(), stripped.qualifier());
        } catch (ArithmeticException e) {
            String problem = value.stripTrailingZeros().scale() > 0 ? "a count must be a whole number" : "count is too large";
            throw new ValueFormatException(problem, EXPECTED, input);
        }
    }

    /** A spelling that {@link #parse} reads back to an equal value, for CSV/JSON export: {@code about 16,000}. */
    public String canonical() {
        return qualifier.prefix(String.format(Locale.ROOT, "%,d", value));
    }
}
