package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.Count;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Percent;
import briefing.value.Qualifier;
import briefing.value.ValueFormat;
import briefing.value.ValueFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureArithmeticTest {

    private static final ValueFormat US = new ValueFormat(Locale.US);

    /** A figure from a written value: money ("up to $5B"), a percent ("20%"), a date ("d:2026-02") or a count. */
    private static Figure figure(String key, String written) {
        FigureValue value;
        try {
            if (written.startsWith("d:")) {
                value = new FigureValue.OfDate(PartialDate.parse(written.substring(2)));
            } else if (written.startsWith("n:")) {
                value = new FigureValue.OfNumber(new BigDecimal(written.substring(2)), Qualifier.EXACT);
            } else if (written.contains("$") || written.contains("€") || written.contains("EUR")) {
                value = new FigureValue.OfMoney(Money.parse(written));
            } else if (written.endsWith("%")) {
                value = new FigureValue.OfPercent(Percent.parse(written));
            } else {
                value = new FigureValue.OfCount(Count.parse(written));
            }
        } catch (ValueFormatException e) {
            throw new IllegalArgumentException(e);
        }
        return new Figure(key, key, value, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                new SourceLocation("figures.yaml", 1, 1));
    }

    /** "a=$5B; b=up to $3B" as figures a and b. */
    private static List<Figure> figures(String list) {
        return Arrays.stream(list.split(";")).map(String::strip).map(s -> {
            int eq = s.indexOf('=');
            return figure(s.substring(0, eq), s.substring(eq + 1));
        }).toList();
    }

    @ParameterizedTest(name = "sum {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a=$5B                              | $5 billion
            a=$5B; b=$3B                       | $8 billion
            a=up to $50B; b=up to $30B         | up to $80 billion
            a=up to $50B; b=$20B               | up to $70 billion
            a=at least $1B; b=more than $2B    | at least $3 billion
            a=about $8B; b=$2B                 | about $10 billion
            a=up to $5B; b=at least $1B        | about $6 billion
            a=16,000; b=about 14,000           | about 30,000
            a=20%; b=up to 30%                 | up to 50%
            a=n:1.5; b=n:-0.5                  | 1
            """)
    void sums(String inputs, String expected) throws Exception {
        assertThat(FigureArithmetic.sum(figures(inputs)).format(US)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "share {0} of {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            up to $50B    | $100B        | up to 50%
            $1B           | $3B          | 33.3%
            about $1B     | $3B          | about 33.3%
            $30B          | up to $100B  | at least 30%
            up to $30B    | up to $100B  | about 30%
            $100B         | $100B        | 100%
            0             | 16,000       | 0%
            4,000         | about 16,000 | about 25%
            """)
    void shares(String part, String whole, String expected) throws Exception {
        assertThat(FigureArithmetic.share(figure("part", part), figure("whole", whole)).format(US)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} minus {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            $100B          | a=up to $50B; b=up to $30B | at least $20 billion
            $100B          | a=$30B                     | $70 billion
            up to $100B    | a=$30B                     | up to $70 billion
            $100B          | a=at least $30B            | up to $70 billion
            about $100B    | a=$30B                     | about $70 billion
            16,000         | a=4,000                    | 12,000
            60%            | a=up to 20%                | at least 40%
            n:1            | a=n:3                      | -2
            """)
    void differences(String from, String minus, String expected) throws Exception {
        assertThat(FigureArithmetic.difference(figure("from", from), figures(minus)).format(US)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "growth from {0} to {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            $40B        | $50B        | +25%
            $50B        | $40B        | -20%
            $40B        | up to $100B | up to +150%
            up to $40B  | $50B        | at least +25%
            $3B         | $4B         | +33.3%
            16,000      | 16,000      | 0%
            n:-2        | n:2         | +200%
            """)
    void growth(String from, String to, String expected) throws Exception {
        assertThat(FigureArithmetic.growth(figure("from", from), figure("to", to)).format(US)).isEqualTo(expected);
    }

    @Test
    void countsItsInputsExactlyWhateverTheirValues() throws Exception {
        assertThat(FigureArithmetic.count(figures("a=up to $5B; b=d:2026-02; c=about 3")))
                .isEqualTo(new FigureValue.OfCount(Count.of(3)));
    }

    /** Each case: the operation, its inputs, the message and which input (0-based; -1 the operation) is blamed. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sum        | a=$5B; b=EUR 3B        | 1  | cannot add `b` (money in EUR) to `a` (money in USD)
            sum        | a=$5B; b=16,000        | 1  | cannot add `b` (a count) to `a` (money in USD)
            sum        | a=$5B; b=d:2026-02     | 1  | cannot add `b`: it is a date
            sum        | a=60%; b=50%           | -1 | the shares add up to 110%, more than 100%
            share      | a=d:2026-02; b=$5B     | 0  | cannot take a share of `a`: it is a date
            share      | a=$5B; b=d:2026-02     | 1  | cannot take a share of `b`: it is a date
            share      | a=16,000; b=$5B        | 1  | cannot take a share of `a` (a count) and `b` (money in USD)
            share      | a=20%; b=50%           | 0  | cannot take a share of `a`: it is a percent
            share      | a=$5B; b=$0            | 1  | `b` is zero, and there is no share of zero
            share      | a=$6B; b=$5B           | 0  | `a` ($6 billion) is not a part of `b` ($5 billion)
            difference | a=$5B; b=$6B           | 0  | the difference is negative: `a` ($5 billion) is less than what is subtracted from it
            difference | a=$5B; b=EUR 1B        | 1  | cannot subtract `b` (money in EUR) from `a` (money in USD)
            growth     | a=$0; b=$5B            | 0  | `a` is zero, and there is no growth from zero
            growth     | a=20%; b=30%           | 0  | growth of a percent (`a`) is ambiguous
            growth     | a=$5B; b=EUR 6B        | 1  | cannot compute growth of `a` (money in USD) and `b` (money in EUR)
            """)
    void refusesWhatHasNoMeaningNamingTheInput(String operation, String inputs, int blamed, String message) {
        List<Figure> f = figures(inputs);
        assertThatThrownBy(() -> {
            switch (operation) {
                case "sum" -> FigureArithmetic.sum(f);
                case "share" -> FigureArithmetic.share(f.get(0), f.get(1));
                case "difference" -> FigureArithmetic.difference(f.get(0), f.subList(1, f.size()));
                default -> FigureArithmetic.growth(f.get(0), f.get(1));
            }
        }).isInstanceOfSatisfying(FigureArithmetic.Problem.class, p -> {
            assertThat(p.getMessage()).isEqualTo(message);
            assertThat(p.input).isEqualTo(blamed);
        });
    }
}
