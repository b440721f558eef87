package briefing.value;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Numbers with more digits than any real figure are refused by their length, before they are read as numbers. */
class DigitLimitTest {

    private static final String MILLION = "1".repeat(1_000_000);
    private static final String MONEY = "up to $" + MILLION + " billion";
    private static final String PERCENT = "0." + MILLION + "%";

    @Test
    void moneyCountAndPercentageOfThirtyOneDigitsAreRefusedWithAHint() {
        String digits = "1".repeat(31);
        ValueFormatException money = catchThrowableOfType(() -> Money.parse("$" + digits), ValueFormatException.class);
        assertThat(money).hasMessage("money has more than 30 digits, found \"$" + digits + "\"");
        assertThat(money.hint()).contains("write a large amount with a scale word, e.g. \"$1.5 trillion\"; "
                + "a value has at most 30 digits");

        ValueFormatException count = catchThrowableOfType(() -> Count.parse("about " + digits),
                ValueFormatException.class);
        assertThat(count).hasMessage("count has more than 30 digits, found \"about " + digits + "\"");
        assertThat(count.hint()).contains("write a large count with a scale word, e.g. \"1.2 million\"; "
                + "a value has at most 30 digits");

        String share = "0." + "0".repeat(29) + "1%";
        ValueFormatException percent = catchThrowableOfType(() -> Percent.parse(share), ValueFormatException.class);
        assertThat(percent).hasMessage("percentage has more than 30 digits, found \"" + share + "\"");
        assertThat(percent.hint()).contains("round it, e.g. \"12.5%\"; a value has at most 30 digits");
    }

    @Test
    void thirtyDigitsAreStillReadAsNumbers() throws ValueFormatException {
        String thirty = "1".repeat(30);
        // Read, then refused for their value, not their length: the limit is past any real figure.
        assertThatThrownBy(() -> Money.parse("$" + thirty)).hasMessageStartingWith("money above 1,000 trillion");
        assertThatThrownBy(() -> Count.parse(thirty)).hasMessageStartingWith("count is too large");
        assertThat(Percent.parse("0." + "0".repeat(28) + "1%").value()).isEqualByComparingTo("1e-29");
        assertThat(Money.parse("$1,234,567,890,123.45").amount()).isEqualByComparingTo("1234567890123.45");
    }

    @Test
    void aYearOfFiveDigitsIsSaidToBeOne() {
        ValueFormatException e = catchThrowableOfType(() -> PartialDate.parse("20266"), ValueFormatException.class);
        assertThat(e).hasMessage("year has more than 4 digits, found \"20266\"");
        assertThat(e.hint()).contains("a year has 4 digits, e.g. \"2026\"");
    }

    @Test
    void aMillionDigitsAreRefusedInWellUnder100Milliseconds() {
        // The best of ten runs per value: on a busy machine a single run also measures other threads and the GC.
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int run = 0; run < 10; run++) {
            best[0] = Math.min(best[0], time(() -> Money.parse(MONEY), "money has more"));
            best[1] = Math.min(best[1], time(() -> Count.parse(MILLION), "count has more"));
            best[2] = Math.min(best[2], time(() -> Percent.parse(PERCENT), "percentage has more"));
            best[3] = Math.min(best[3], time(() -> PartialDate.parse(MILLION), "year has more"));
        }
        System.out.printf("digit limit: a million digits refused as money %.2f ms, count %.2f ms, percentage %.2f ms,"
                + " year %.2f ms%n", best[0] / 1e6, best[1] / 1e6, best[2] / 1e6, best[3] / 1e6);
        for (long nanos : best) {
            assertThat(TimeUnit.NANOSECONDS.toMillis(nanos)).isLessThan(100);
        }
    }

    private static long time(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse, String message) {
        long start = System.nanoTime();
        Throwable thrown = catchThrowableOfType(parse, ValueFormatException.class);
        long nanos = System.nanoTime() - start;
        assertThat(thrown).hasMessageStartingWith(message);
        return nanos;
    }

    @Test
    void aLongInputIsQuotedByItsStartAndLength() {
        ValueFormatException e = catchThrowableOfType(() -> Money.parse("$" + MILLION), ValueFormatException.class);
        assertThat(e).hasMessage("money has more than 30 digits, found \"$" + "1".repeat(39)
                + "\u2026\" (1,000,001 characters)");
        assertThat(e.found()).hasSize(1_000_001);
        // A short input is quoted whole.
        assertThat(ValueFormatException.quote("x".repeat(50))).isEqualTo("\"" + "x".repeat(50) + "\"");
    }
}
