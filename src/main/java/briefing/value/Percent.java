package briefing.value;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share as an editor wrote it.
 *
 * @param value     percentage points, 0 to 100 inclusive (12.5 means 12.5%); normalized like {@link Money#amount()}
 * @param qualifier how precise the source was
 */
public record Percent(BigDecimal value, Qualifier qualifier) {

    static final String EXPECTED = "a percentage like \"50%\" or \"up to 50%\"";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern SHAPE = Pattern.compile("(?<number>[-\u2212]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)) ?%");

    public Percent {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("percent must be between 0 and 100: " + value);
        }
        value = Scale.normalize(value);
    }

    /** Reads {@code 50%}, {@code 12.5%}, {@code up to 50%} or {@code about 50 %}. */
    public static Percent parse(String input) throws ValueFormatException {
        DigitLimit.check(input, "percentage", EXPECTED, "round it, e.g. \"12.5%\"");
        Qualifier.Stripped stripped = Qualifier.strip(input);
        Matcher m = SHAPE.matcher(stripped.rest());
        if (!m.matches()) {
            throw new ValueFormatException(EXPECTED, input);
        }
        BigDecimal value = new BigDecimal(m.group("number").replace('\u2212', '-'));
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new ValueFormatException("percent must be between 0 and 100", EXPECTED, input);
        }
        return new Percent(value, stripped.qualifier());
    }

    /** A spelling that {@link #parse} reads back to an equal value, for CSV/JSON export: {@code up to 12.5%}. */
    public String canonical() {
        return qualifier.prefix(value.toPlainString() + "%");
    }
}
