package briefing.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK's compact number format ("1.5 million", "50B", "1,5 Millionen") for one locale and style, giving exactly
 * its output, about a hundred times faster. The JDK's format evaluates the locale's plural rules with regular
 * expressions on every call; a dataset of 100,000 amounts spent most of a build there.
 *
 * <p>Why the output is the JDK's: the JDK writes prefix + digits + suffix, where the digits are the number divided by
 * a power of ten chosen by the number's magnitude, and the affixes depend only on that magnitude and on the plural
 * category of the number. Java 17 takes the category of the quotient's integer part as {@link #quotient} computes
 * it; later versions take it of the shown value, evaluating only the rules' {@code n} and {@code i} operands (both
 * the value itself) against whole numbers, so every value strictly between two whole numbers falls in the same
 * category, and each whole number in its own. Numbers that agree on all of these ({@link Kind}) get the same
 * affixes: the first of each kind is formatted by the JDK, its affixes are learned, and the rest are assembled. A
 * kind whose output does not split into affixes around the digits we would write (no digits in the pattern,
 * grouping, a magnitude step we did not foresee) and any number the JDK would round further are always formatted by
 * the JDK. {@code ValueFormatTest} compares the two over many values and locales.
 */
final class CompactAmounts {

    /** What the affixes can depend on: the magnitude, the quotient the JDK computes, and the shown value's class. */
    private record Kind(int magnitude, BigDecimal quotient, long whole, boolean integral, boolean fractions) {
    }

    /** Learned: the text before and after the digits; null fields mean the JDK formats this kind itself. */
    private record Affixes(String prefix, String suffix) {
        static final Affixes JDK = new Affixes(null, null);
    }

    private final ThreadLocal<NumberFormat> jdk;
    private final char zero;
    private final char decimalSeparator;
    private final char groupingSeparator;
    /** By magnitude ({@code (int) log10} of the number, as the JDK picks the pattern): the divisor; 0 = unknown. */
    private final java.util.concurrent.atomic.AtomicLongArray divisors = new java.util.concurrent.atomic.AtomicLongArray(19);
    private final Map<Kind, Affixes> kinds = new ConcurrentHashMap<>();
    /** How many numbers went through the JDK's format (for the test that the fast path is the usual one). */
    private final java.util.concurrent.atomic.LongAdder jdkCalls = new java.util.concurrent.atomic.LongAdder();

    CompactAmounts(Locale locale, NumberFormat.Style style) {
        this.jdk = ThreadLocal.withInitial(() -> NumberFormat.getCompactNumberInstance(locale, style));
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.zero = symbols.getZeroDigit();
        this.decimalSeparator = symbols.getDecimalSeparator();
        this.groupingSeparator = symbols.getGroupingSeparator();
        for (int i = 0; i < divisors.length(); i++) {
            divisors.set(i, -1);
        }
    }

    /**
     * {@code number} as the JDK's compact format writes it with at most {@code fractionDigits} fraction digits,
     * rounding half up. {@code number} is positive.
     */
    String format(long number, int fractionDigits) {
        int magnitude = (int) Math.log10(number);
        long divisor = divisor(magnitude);
        if (divisor <= 0) {
            return jdk(number, fractionDigits);
        }
        // Divisors are powers of ten: dividing is moving the point, which is much cheaper than BigDecimal.divide.
        int unit = (int) Math.log10(divisor);
        BigDecimal shown = BigDecimal.valueOf(number, unit).stripTrailingZeros();
        if (shown.scale() > fractionDigits) {
            // The JDK would round this value, by its binary double: only it knows how.
            return jdk(number, fractionDigits);
        }
        boolean integral = shown.scale() <= 0;
        Kind kind = new Kind(magnitude, quotient(number, unit, fractionDigits), shown.longValue(), integral,
                fractionDigits > 0);
        Affixes known = kinds.get(kind);
        if (known == null) {
            String made = jdk(number, fractionDigits);
            kinds.putIfAbsent(kind, learn(made, digits(shown)));
            return made;
        }
        if (known == Affixes.JDK) {
            return jdk(number, fractionDigits);
        }
        return known.prefix + digits(shown) + known.suffix;
    }

    /**
     * The quotient the JDK computes from the number and the divisor, as doubles, to pick the plural form (Java 17) or
     * to move to the next unit (later versions): {@code BigDecimal.valueOf((double) number).divide(BigDecimal.valueOf(
     * (double) divisor), HALF_UP)}, the number's shortest decimal divided and rounded at the number's own scale;
     * the divisor being {@code 10^unit}, that is moving the point and rounding back.
     */
    private static BigDecimal quotient(long number, int unit, int fractionDigits) {
        BigDecimal x = BigDecimal.valueOf((double) number);
        BigDecimal q = x.movePointLeft(unit).setScale(x.scale(), RoundingMode.HALF_UP);
        return fractionDigits > 0 ? q.stripTrailingZeros() : BigDecimal.valueOf(q.intValue());
    }

    /** The divisor the JDK uses at this magnitude, read from how it writes the power of ten itself. */
    private long divisor(int magnitude) {
        if (magnitude >= divisors.length()) {
            return 0;
        }
        long known = divisors.get(magnitude);
        if (known < 0) {
            long power = pow10(magnitude);
            String digits = digitRun(jdk(power, 0));
            long shown = digits == null ? 0 : parse(digits);
            known = shown > 0 && power % shown == 0 && pow10((int) Math.log10(shown)) == shown ? power / shown : 0;
            divisors.set(magnitude, known);
        }
        return known;
    }

    /** The affixes around {@code digits} in {@code made}, or {@link Affixes#JDK} when it does not split so. */
    private Affixes learn(String made, String digits) {
        int at = made.indexOf(digits);
        if (at < 0 || made.indexOf(digits, at + 1) >= 0) {
            return Affixes.JDK;
        }
        int end = at + digits.length();
        if ((at > 0 && numeric(made.charAt(at - 1))) || (end < made.length() && numeric(made.charAt(end)))) {
            return Affixes.JDK;
        }
        return new Affixes(made.substring(0, at), made.substring(end));
    }

    private boolean numeric(char c) {
        return (c >= '0' && c <= '9') || (c >= zero && c <= zero + 9) || c == decimalSeparator
                || c == groupingSeparator;
    }

    /** The first run of the locale's digits in {@code text}, or null if there is none or more than one. */
    private String digitRun(String text) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= zero && c <= zero + 9;
            if (digit && start < 0) {
                start = i;
            } else if (digit && end >= 0) {
                return null;
            } else if (!digit && start >= 0 && end < 0) {
                end = i;
            }
        }
        return start < 0 ? null : text.substring(start, end < 0 ? text.length() : end);
    }

    private long parse(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - zero);
        }
        return value;
    }

    /** The value in the locale's digits and decimal separator, without grouping, as the compact format writes it. */
    private String digits(BigDecimal shown) {
        String plain = shown.toPlainString();
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            out.append(c == '.' ? decimalSeparator : (char) (zero + (c - '0')));
        }
        return out.toString();
    }

    /** The JDK's own output, for what {@link #format} does not take. */
    String jdk(Number number, int fractionDigits) {
        jdkCalls.increment();
        NumberFormat format = jdk.get();
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(number);
    }

    long jdkCalls() {
        return jdkCalls.sum();
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}
