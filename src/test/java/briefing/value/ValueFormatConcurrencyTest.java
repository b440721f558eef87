package briefing.value;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are loaded and rendered on several threads sharing one ValueFormat. A clone of a CompactNumberFormat
 * shares its digit buffer, which once gave wrong figures and ArrayIndexOutOfBoundsException under load.
 */
class ValueFormatConcurrencyTest {

    @Test
    void formatsTheSameFromManyThreadsAsFromOne() {
        ValueFormat format = new ValueFormat(Locale.US);
        List<Money> amounts = IntStream.range(0, 2_000)
                .mapToObj(i -> new Money("USD", BigDecimal.valueOf(1_000_000L * (i + 1) + 12_345L * i),
                        i % 2 == 0 ? Qualifier.UP_TO : Qualifier.ABOUT))
                .toList();
        List<String> sequential = amounts.stream().map(m -> format.money(m) + "|" + format.moneyShort(m)
                + "|" + format.number(m.amount()) + "|" + format.count(new Count(m.amount().longValue(), Qualifier.EXACT))).toList();
        for (int round = 0; round < 5; round++) {
            List<String> parallel = amounts.parallelStream().map(m -> format.money(m) + "|" + format.moneyShort(m)
                    + "|" + format.number(m.amount()) + "|" + format.count(new Count(m.amount().longValue(), Qualifier.EXACT))).toList();
            assertThat(parallel).isEqualTo(sequential);
        }
    }
}
