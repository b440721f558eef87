package briefing.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats values for readers in one site locale, never the JVM default, so a build gives the same pages on any
 * machine. Thread-safe: the JDK's number formats are not, so a fresh one is made per call.
 *
 * <p>Qualifier labels ("about", "up to") stay English whatever the locale; translating them needs a message catalog
 * this package does not have.
 */
public final class ValueFormat {

    private static final BigDecimal ONE_MILLION = BigDecimal.TEN.pow(6);

    private final Locale locale;
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter longDay;
    private final DateTimeFormatter shortMonthYear;
    // Building a NumberFormat reads the locale's data and is by far the slowest part of formatting a figure, so
    // each kind is built once per thread. Not shared: a NumberFormat is not thread-safe, and a clone of a
    // CompactNumberFormat still shares its inner DecimalFormat (seen as wrong output with parallel rendering).
    private final CompactAmounts compactLong;
    private final CompactAmounts compactShort;
    private final ThreadLocal<NumberFormat> decimal;
    private final ThreadLocal<NumberFormat> integer;
    private final ThreadLocal<NumberFormat> percentFormat;
    private final String currencyPattern;
    /**
     * Compact amounts already formatted, by amount and style. The JDK's compact format evaluates the locale's
     * plural rules on every call (about a tenth of a cold build of a large desk), and a desk repeats amounts. Equal
     * amounts are equal keys because {@link Money} normalizes them. Bounded, so a long serve session cannot grow it.
     */
    private final java.util.Map<CompactKey, String> compacted = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MOST_COMPACTED = 10_000;
    /** By currency code: the text before and after the number. */
    private final java.util.Map<String, String[]> symbols = new java.util.concurrent.ConcurrentHashMap<>();

    private record CompactKey(BigDecimal amount, NumberFormat.Style style) {
    }

    public ValueFormat(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.monthYear = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        this.longDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.shortMonthYear = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        this.compactLong = new CompactAmounts(locale, NumberFormat.Style.LONG);
        this.compactShort = new CompactAmounts(locale, NumberFormat.Style.SHORT);
        this.decimal = ThreadLocal.withInitial(() -> NumberFormat.getNumberInstance(locale));
        this.integer = ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(locale));
        this.percentFormat = ThreadLocal.withInitial(() -> NumberFormat.getPercentInstance(locale));
        this.currencyPattern = NumberFormat.getCurrencyInstance(locale) instanceof DecimalFormat currency
                ? currency.toPattern()
                : "¤#,##0.00";
    }

    /**
     * This thread's instance, rounding reset. Callers set the fraction digits they need on every use, since the
     * instance keeps what the previous call set.
     */
    private static NumberFormat mine(ThreadLocal<NumberFormat> format) {
        NumberFormat f = format.get();
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * For prose and tables: {@code up to $50 billion}, {@code $12,500}; de-DE {@code 50 Milliarden $}. Amounts below
     * a million are written out in full, because "12.5 thousand" reads worse than "12,500".
     */
    public String money(Money m) {
        return m.qualifier().prefix(withSymbol(amount(m, NumberFormat.Style.LONG), m.currency()));
    }

    /** For chart labels and tight tables: {@code $50B}, {@code up to $50B}; de-DE {@code 50 Mrd. $}. */
    public String moneyShort(Money m) {
        return m.qualifier().prefix(withSymbol(amount(m, NumberFormat.Style.SHORT), m.currency()));
    }

    /** {@code about 16,000}; de-DE {@code about 16.000}. */
    public String count(Count c) {
        return c.qualifier().prefix(number(c.value()));
    }

    /** {@code up to 50%}, at most one fraction digit; de-DE {@code 50 %}. */
    public String percent(Percent p) {
        NumberFormat format = mine(percentFormat);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return p.qualifier().prefix(format.format(p.value().movePointLeft(2)));
    }

    /** {@code +25%}, {@code -12.5%}, {@code up to +150%}: a change always shows its sign; at most one fraction digit. */
    public String change(Change c) {
        NumberFormat format = mine(percentFormat);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String number = format.format(c.points().movePointLeft(2));
        return c.qualifier().prefix(c.points().signum() > 0 ? "+" + number : number);
    }

    /** {@code 2015}, {@code Q4 2026}, {@code February 2026}, {@code October 15, 2025}; de-DE {@code 15. Oktober 2025}. */
    public String date(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> Integer.toString(d.year());
            case QUARTER -> "Q" + d.quarter() + " " + d.year();
            case MONTH -> monthYear.format(d.start());
            case DAY -> longDay.format(d.start());
        };
    }

    /**
     * A date as short as it can be while keeping its precision, for chart labels: {@code 2015}, {@code Q4 2026},
     * {@code Feb 2026}; a day is shown as its month.
     */
    public String dateShort(PartialDate d) {
        return switch (d.precision()) {
            case YEAR, QUARTER -> date(d);
            case MONTH, DAY -> shortMonthYear.format(d.start());
        };
    }

    /** Grouped per locale, with exactly the fraction digits the value has. */
    public String number(BigDecimal value) {
        NumberFormat format = mine(decimal);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** Grouped per locale: {@code 16,000}; de-DE {@code 16.000}. */
    public String number(long value) {
        return mine(integer).format(value);
    }

    private String amount(Money m, NumberFormat.Style style) {
        return m.amount().compareTo(ONE_MILLION) < 0 ? fullAmount(m) : compact(m.amount(), style);
    }

    private String fullAmount(Money m) {
        NumberFormat format = mine(decimal);
        // Cents only when there are any: "$12,500", but "$12,500.50" rather than "$12,500.5".
        int digits = m.amount().scale() > 0
                ? Math.max(Currency.getInstance(m.currency()).getDefaultFractionDigits(), 0)
                : 0;
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, m.amount().scale()));
        return format.format(m.amount());
    }

    /** The amount (a million or more) without currency: {@code 1.5 million}, {@code 1.5M}. */
    String compact(BigDecimal amount, NumberFormat.Style style) {
        CompactKey key = new CompactKey(amount, style);
        String known = compacted.get(key);
        if (known != null) {
            return known;
        }
        String made = compactOnce(amount, style);
        if (compacted.size() < MOST_COMPACTED) {
            compacted.put(key, made);
        }
        return made;
    }

    /** One fraction digit, or two when that makes the figure exact ("1.25 million" rather than "1.3 million"). */
    private String compactOnce(BigDecimal amount, NumberFormat.Style style) {
        String precise = compact(amount, style, 6);
        String one = compact(amount, style, 1);
        if (one.equals(precise)) {
            return one;
        }
        String two = compact(amount, style, 2);
        return two.equals(precise) ? two : one;
    }

    private String compact(BigDecimal amount, NumberFormat.Style style, int fractionDigits) {
        // The JDK 17 compact format rounds after picking the unit, so 999,999,999 comes out as "1000 million".
        // Rounding first, at the digit the format will round at (units go in steps of a thousand), avoids that.
        int leadingDigits = (amount.precision() - amount.scale() - 1) % 3 + 1;
        BigDecimal rounded = amount.round(new MathContext(leadingDigits + fractionDigits, RoundingMode.HALF_UP));
        // It also rounds BigDecimal input to whole units ("3.5 million" comes out as "4 million"), so hand it a
        // long, or a double for amounts with cents, whose precision is ample at this scale. Amounts of a million and
        // more rounded so are whole (a unit is at least a million, and at most six fraction digits are asked for).
        BigDecimal whole = rounded.setScale(0, RoundingMode.HALF_UP);
        CompactAmounts format = style == NumberFormat.Style.LONG ? compactLong : compactShort;
        return whole.compareTo(rounded) == 0 && whole.toBigInteger().bitLength() < 63
                ? format.format(whole.longValueExact(), fractionDigits)
                : format.jdk(rounded.doubleValue(), fractionDigits);
    }

    /** How many compact amounts the JDK's own compact format wrote, in both styles. */
    long compactJdkCalls() {
        return compactLong.jdkCalls() + compactShort.jdkCalls();
    }

    /** Puts the currency symbol where the locale's currency pattern puts it, with the locale's spacing. */
    private String withSymbol(String number, String currencyCode) {
        String[] around = symbols.computeIfAbsent(currencyCode, this::aroundNumber);
        return around[0] + number + around[1];
    }

    /** The text before and after the number for a currency: looking the symbol up each time is slow. */
    private String[] aroundNumber(String currencyCode) {
        String symbol = Currency.getInstance(currencyCode).getSymbol(locale);
        String pattern = currencyPattern;
        int semicolon = pattern.indexOf(';');
        String positive = semicolon < 0 ? pattern : pattern.substring(0, semicolon);
        int first = firstDigitPlaceholder(positive);
        int last = lastDigitPlaceholder(positive);
        if (first < 0) {
            return new String[] {symbol, ""};
        }
        return new String[] {affix(positive.substring(0, first), symbol, currencyCode),
            affix(positive.substring(last + 1), symbol, currencyCode)};
    }

    private static String affix(String patternAffix, String symbol, String currencyCode) {
        return patternAffix.replace("¤¤", currencyCode).replace("¤", symbol).replace("'", "");
    }

    private static int firstDigitPlaceholder(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("#0,.".indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lastDigitPlaceholder(String pattern) {
        for (int i = pattern.length() - 1; i >= 0; i--) {
            if ("#0,.".indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
