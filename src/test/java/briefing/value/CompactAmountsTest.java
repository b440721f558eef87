package briefing.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueFormat#money} and {@link ValueFormat#moneyShort} write what they wrote when every compact amount went
 * through the JDK's compact number format: {@link #reference} is that code, kept here as the oracle, and the two are
 * compared over many amounts (seeded random amounts of every magnitude and precision, and the edges where rounding
 * moves to the next unit) in locales whose units and plurals differ.
 */
class CompactAmountsTest {

    private static final List<String> LOCALES = List.of("en-US", "de-DE", "fr-FR", "ja-JP", "hi-IN", "ar-EG", "lv-LV",
            "ru-RU", "pl-PL", "es-ES", "zh-CN", "ko-KR", "it-IT", "pt-BR", "sv-SE", "ar", "th-TH-u-nu-thai", "en-IN");

    @Test
    void amountsAreWrittenExactlyAsByTheJdksCompactFormat() {
        List<BigDecimal> amounts = amounts();
        for (String tag : LOCALES) {
            Locale locale = Locale.forLanguageTag(tag);
            ValueFormat format = new ValueFormat(locale);
            List<String> differences = new ArrayList<>();
            for (BigDecimal amount : amounts) {
                BigDecimal normal = new Money("USD", amount, Qualifier.EXACT).amount();
                for (NumberFormat.Style style : NumberFormat.Style.values()) {
                    String made = format.compact(normal, style);
                    String expected = reference(normal, style, locale);
                    if (!made.equals(expected)) {
                        differences.add(amount + " " + style + ": " + made + " instead of " + expected);
                    }
                }
            }
            assertThat(differences).as(tag).isEmpty();
        }
    }

    @Test
    void mostAmountsAreAssembledFromLearnedAffixesNotFormattedByTheJdk() {
        for (Locale locale : List.of(Locale.US, Locale.GERMANY)) {
            ValueFormat format = new ValueFormat(locale);
            SplittableRandom random = new SplittableRandom(7);
            int amounts = 20_000;
            for (int i = 0; i < amounts; i++) {
                // 0.01 to 999.99 million, as in the dataset benchmark
                format.compact(BigDecimal.valueOf(random.nextInt(100, 100_000)).movePointRight(4),
                        NumberFormat.Style.LONG);
            }
            // Up to three formats per amount (six fraction digits, one, two), 50,000 in all: the JDK writes only the
            // first of each kind of number, about one per whole number of millions (and the powers of ten).
            assertThat(format.compactJdkCalls()).as(locale.toString()).isLessThan(amounts / 8);
        }
    }

    @Test
    void theSameAmountGivesTheSameTextFirstAndLater() {
        ValueFormat format = new ValueFormat(Locale.GERMANY);
        Money money = new Money("EUR", new BigDecimal("1500000"), Qualifier.EXACT);
        String first = format.money(money);
        assertThat(format.money(new Money("EUR", new BigDecimal("1250000"), Qualifier.EXACT)))
                .isEqualTo("1,25 Million\u00A0€");
        assertThat(format.money(money)).isEqualTo(first).isEqualTo("1,5 Million\u00A0€");
        assertThat(format.money(new Money("EUR", new BigDecimal("2500000"), Qualifier.EXACT)))
                .isEqualTo("2,5 Millionen\u00A0€");
    }

    /** Amounts from a million to a thousand trillion: random ones of 1 to 9 significant digits, and the edges. */
    private static List<BigDecimal> amounts() {
        List<BigDecimal> amounts = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 3_000; i++) {
            int digits = 7 + random.nextInt(9);
            int significant = 1 + random.nextInt(9);
            long mantissa = random.nextLong(pow10(significant - 1), pow10(significant));
            amounts.add(new BigDecimal(mantissa).movePointRight(digits - significant).movePointLeft(
                    random.nextInt(4) == 0 ? 2 : 0));
        }
        for (int exponent = 6; exponent <= 15; exponent++) {
            BigDecimal power = BigDecimal.TEN.pow(exponent);
            for (String step : List.of("1", "1.5", "2", "2.5", "5", "9.99", "9.999", "9.9999", "9.99999", "10", "11",
                    "21", "99.5", "99.95", "100", "101", "500.001", "999.49", "999.5", "999.95", "999.999")) {
                BigDecimal amount = new BigDecimal(step).multiply(power).divide(BigDecimal.TEN.pow(Math.min(exponent, 3)));
                if (amount.compareTo(BigDecimal.TEN.pow(6)) >= 0 && amount.compareTo(Money.LARGEST) <= 0) {
                    amounts.add(amount);
                }
            }
            amounts.add(power.subtract(BigDecimal.ONE));
            amounts.add(power.add(BigDecimal.ONE));
        }
        amounts.add(new BigDecimal("999950000"));
        amounts.add(new BigDecimal("999999999"));
        amounts.add(new BigDecimal("500001000"));
        amounts.add(new BigDecimal("1234567.89"));
        return amounts.stream().filter(a -> a.compareTo(BigDecimal.TEN.pow(6)) >= 0)
                .filter(a -> a.compareTo(Money.LARGEST) <= 0).toList();
    }

    private static long pow10(int exponent) {
        return BigDecimal.TEN.pow(exponent).longValueExact();
    }

    // ------------------------------------------------------------- the former code: every call through the JDK

    private static final java.util.Map<String, NumberFormat> JDK = new java.util.HashMap<>();

    private static String reference(BigDecimal amount, NumberFormat.Style style, Locale locale) {
        String precise = reference(amount, style, 6, locale);
        String one = reference(amount, style, 1, locale);
        if (one.equals(precise)) {
            return one;
        }
        String two = reference(amount, style, 2, locale);
        return two.equals(precise) ? two : one;
    }

    private static String reference(BigDecimal amount, NumberFormat.Style style, int fractionDigits, Locale locale) {
        int leadingDigits = (amount.precision() - amount.scale() - 1) % 3 + 1;
        BigDecimal rounded = amount.round(new MathContext(leadingDigits + fractionDigits, RoundingMode.HALF_UP));
        BigDecimal whole = rounded.setScale(0, RoundingMode.HALF_UP);
        Number number = whole.compareTo(rounded) == 0 && whole.toBigInteger().bitLength() < 63
                ? (Number) whole.longValueExact()
                : (Number) rounded.doubleValue();
        NumberFormat format = JDK.computeIfAbsent(locale.toLanguageTag() + style,
                k -> NumberFormat.getCompactNumberInstance(locale, style));
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }
}
