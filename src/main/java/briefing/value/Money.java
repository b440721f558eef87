package briefing.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as an editor wrote it.
 *
 * @param currency  ISO 4217 code, e.g. "USD"
 * @param amount    full units (50 billion is 50000000000), never negative; normalized so that equal amounts are
 *                  equal records however they were written
 * @param qualifier how precise the source was
 */
public record Money(String currency, BigDecimal amount, Qualifier qualifier) {

    static final String EXPECTED = "money like \"$50B\", \"$8 billion\" or \"up to $50 billion\"";

    private static final BigDecimal ONE_MILLION = BigDecimal.TEN.pow(6);

    private static final Pattern SHAPE = Pattern.compile(
            "(?<minus>[-\u2212])? ?"
            + "(?:(?<symbol>[$€£¥]) ?|(?<code>[a-z]{3}) ?)?"
            + "(?<minus2>[-\u2212])?"
            + "(?<number>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)"
            + "(?: ?(?<scale>" + Scale.ALTERNATIVES + "))?"
            + "(?: ?(?<symbol2>[$€£¥])| ?(?<code2>[a-z]{3}))?");

    /** 10^15, a thousand trillion. */
    static final BigDecimal LARGEST = BigDecimal.TEN.pow(15);

    public Money {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(qualifier, "qualifier");
        if (!Currency.getInstance(currency).getCurrencyCode().equals(currency)) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("money cannot be negative: " + amount);
        }
        amount = Scale.normalize(amount);
    }

    /** The sum of amounts in one currency, with the qualifier that stays true of it ({@link Qualifier#ofSum}). */
    public static Money total(java.util.List<Money> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to add up");
        }
        String currency = parts.get(0).currency();
        BigDecimal sum = BigDecimal.ZERO;
        for (Money part : parts) {
            if (!part.currency().equals(currency)) {
                throw new IllegalArgumentException("cannot add " + part.currency() + " to " + currency);
            }
            sum = sum.add(part.amount());
        }
        return new Money(currency, sum, Qualifier.ofSum(parts.stream().map(Money::qualifier).toList()));
    }

    /**
     * Reads money such as {@code $50B}, {@code up to $50 billion}, {@code USD 50 billion}, {@code 50 billion USD},
     * {@code €3.5M} or {@code £2bn}, case-insensitively.
     */
    public static Money parse(String input) throws ValueFormatException {
        DigitLimit.check(input, "money", EXPECTED, "write a large amount with a scale word, e.g. \"$1.5 trillion\"");
        Qualifier.Stripped stripped = Qualifier.strip(input);
        Matcher m = SHAPE.matcher(stripped.rest().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ValueFormatException(EXPECTED, input);
        }
        String currency = currency(m, input);
        if (m.group("minus") != null || m.group("minus2") != null) {
            throw new ValueFormatException("money cannot be negative", EXPECTED, input);
        }
        BigDecimal amount = new BigDecimal(m.group("number").replace(",", ""))
                .movePointRight(Scale.exponent(m.group("scale")));
        if (amount.compareTo(LARGEST) > 0) {
            // Beyond any real deal, and beyond what charts can draw exactly: a typo, such as a unit twice.
            throw new ValueFormatException("money above 1,000 trillion is not a real deal amount", EXPECTED, input);
        }
        return new Money(currency, amount, stripped.qualifier());
    }

    private static String currency(Matcher m, String input) throws ValueFormatException {
        String symbol = m.group("symbol") != null ? m.group("symbol") : m.group("symbol2");
        String code = m.group("code") != null ? m.group("code") : m.group("code2");
        int markers = (m.group("symbol") != null ? 1 : 0) + (m.group("symbol2") != null ? 1 : 0)
                + (m.group("code") != null ? 1 : 0) + (m.group("code2") != null ? 1 : 0);
        // "$50 EUR" is more likely a typo than a conversion, so one currency marker only.
        if (markers != 1) {
            throw new ValueFormatException(EXPECTED, input);
        }
        if (symbol != null) {
            return switch (symbol) {
                case "$" -> "USD";
                case "€" -> "EUR";
                case "£" -> "GBP";
                default -> "JPY";
            };
        }
        String upper = code.toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(upper).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new ValueFormatException("unknown currency code " + upper, EXPECTED, input);
        }
    }

    /** A spelling that {@link #parse} reads back to an equal value, for CSV/JSON export: {@code up to $50 billion}. */
    public String canonical() {
        String number;
        if (amount.compareTo(ONE_MILLION) >= 0) {
            Scale scale = Scale.largestAtMost(amount);
            number = Scale.normalize(amount.movePointLeft(scale.exponent)).toPlainString() + " " + scale.word;
        } else {
            BigInteger whole = amount.toBigInteger();
            BigDecimal fraction = amount.subtract(new BigDecimal(whole));
            number = String.format(Locale.ROOT, "%,d", whole)
                    + (fraction.signum() == 0 ? "" : fraction.toPlainString().substring(1));
        }
        String money = currency.equals("USD") ? "$" + number : currency + " " + number;
        return qualifier.prefix(money);
    }
}
