package briefing.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            $50B                        | USD | 50000000000    | EXACT
            $50 billion                 | USD | 50000000000    | EXACT
            $50bn                       | USD | 50000000000    | EXACT
            $50 BILLION                 | USD | 50000000000    | EXACT
            up to $50 billion           | USD | 50000000000    | UP_TO
            Up To $50B                  | USD | 50000000000    | UP_TO
            about $8 billion            | USD | 8000000000     | ABOUT
            approximately $830 billion  | USD | 830000000000   | ABOUT
            approx. $830 billion        | USD | 830000000000   | ABOUT
            around $1B                  | USD | 1000000000     | ABOUT
            roughly $1B                 | USD | 1000000000     | ABOUT
            ~$1B                        | USD | 1000000000     | ABOUT
            at least $2m                | USD | 2000000        | AT_LEAST
            more than $2 million        | USD | 2000000        | MORE_THAN
            over $2mn                   | USD | 2000000        | MORE_THAN
            nearly $3k                  | USD | 3000           | NEARLY
            almost $3 thousand          | USD | 3000           | NEARLY
            $1.2 trillion               | USD | 1200000000000  | EXACT
            $1.2T                       | USD | 1200000000000  | EXACT
            $1.2tn                      | USD | 1200000000000  | EXACT
            $300M                       | USD | 300000000      | EXACT
            $300 million                | USD | 300000000      | EXACT
            $12,500                     | USD | 12500          | EXACT
            $12,500.50                  | USD | 12500.5        | EXACT
            $0                          | USD | 0              | EXACT
            USD 50 billion              | USD | 50000000000    | EXACT
            usd 50b                     | USD | 50000000000    | EXACT
            50 billion USD              | USD | 50000000000    | EXACT
            50B usd                     | USD | 50000000000    | EXACT
            €3.5M                       | EUR | 3500000        | EXACT
            EUR 3.5 million             | EUR | 3500000        | EXACT
            £2bn                        | GBP | 2000000000     | EXACT
            ¥100 billion                | JPY | 100000000000   | EXACT
            CHF 7 million               | CHF | 7000000        | EXACT
            '  up  to   $50   billion ' | USD | 50000000000    | UP_TO
            """)
    void parses_every_accepted_spelling(String input, String currency, BigDecimal amount, Qualifier qualifier)
            throws ValueFormatException {
        assertThat(Money.parse(input)).isEqualTo(new Money(currency, amount, qualifier));
    }

    @Test
    void equal_amounts_are_equal_however_they_were_written() throws ValueFormatException {
        assertThat(Money.parse("$50B")).isEqualTo(Money.parse("$50 billion")).isEqualTo(Money.parse("USD 50,000,000,000"));
        assertThat(Money.parse("$50B").hashCode()).isEqualTo(Money.parse("$50,000 million").hashCode());
        assertThat(Money.parse("$50B").amount().toString()).isEqualTo("50000000000");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "fifty", "$", "$50 zillion", "50", "50 billion", "$50 EUR", "$$50",
        "about", "up to", "$1,2,3", "$50 B B", "overall $50", "50 €€"})
    void rejects_what_is_not_money(String input) {
        assertThatThrownBy(() -> Money.parse(input))
                .isInstanceOfSatisfying(ValueFormatException.class, e -> {
                    assertThat(e.expected()).isEqualTo("money like \"$50B\", \"$8 billion\" or \"up to $50 billion\"");
                    assertThat(e.found()).isEqualTo(input);
                    assertThat(e.getMessage()).startsWith("expected money like");
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-$50B", "$-50B", "up to -$5 million", "USD -3"})
    void rejects_negative_money_saying_why(String input) {
        assertThatThrownBy(() -> Money.parse(input))
                .isInstanceOf(ValueFormatException.class)
                .hasMessage("money cannot be negative, found \"" + input + "\"");
    }

    @Test
    void rejects_an_unknown_currency_code_saying_why() {
        assertThatThrownBy(() -> Money.parse("ABC 50 million"))
                .isInstanceOf(ValueFormatException.class)
                .hasMessage("unknown currency code ABC, found \"ABC 50 million\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            $50B                    | $50 billion
            up to $50 billion       | up to $50 billion
            approximately $830 bn   | about $830 billion
            $1.2T                   | $1.2 trillion
            €3.5M                   | EUR 3.5 million
            £2bn                    | GBP 2 billion
            ¥100 billion            | JPY 100 billion
            $12,500                 | $12,500
            $12,500.5               | $12,500.5
            $999,999.99             | $999,999.99
            $1,234,567              | $1.234567 million
            $0.5                    | $0.5
            more than $3k           | more than $3,000
            """)
    void canonical_form_is_normalized_and_parses_back_to_an_equal_value(String input, String canonical)
            throws ValueFormatException {
        Money money = Money.parse(input);
        assertThat(money.canonical()).isEqualTo(canonical);
        assertThat(Money.parse(money.canonical())).isEqualTo(money);
    }

    @Test
    void the_constructor_refuses_what_parse_would_refuse() {
        assertThatThrownBy(() -> new Money("usd", BigDecimal.ONE, Qualifier.EXACT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money("USD", BigDecimal.ONE.negate(), Qualifier.EXACT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Money("USD", new BigDecimal("5.00E+3"), Qualifier.EXACT).amount()).isEqualTo(new BigDecimal("5000"));
    }

    @Test
    void refusesAmountsBeyondAnyRealDeal() throws ValueFormatException {
        assertThatThrownBy(() -> Money.parse("$" + "9".repeat(30)))
                .isInstanceOf(ValueFormatException.class)
                .hasMessageStartingWith("money above 1,000 trillion is not a real deal amount");
        assertThatThrownBy(() -> Money.parse("$" + "9".repeat(400)))
                .isInstanceOf(ValueFormatException.class)
                .hasMessageStartingWith("money has more than 30 digits");
        assertThat(Money.parse("$1000 trillion").amount()).isEqualByComparingTo(Money.LARGEST);
    }

    @Test
    void a_total_keeps_a_qualifier_that_is_true_of_the_sum() throws ValueFormatException {
        assertThat(Money.total(java.util.List.of(Money.parse("up to $50B"), Money.parse("up to $30B"))))
                .isEqualTo(Money.parse("up to $80B"));
        assertThat(Money.total(java.util.List.of(Money.parse("up to $50B"), Money.parse("$10B"))))
                .isEqualTo(Money.parse("up to $60B"));
        assertThat(Money.total(java.util.List.of(Money.parse("$5B"), Money.parse("$10B"))))
                .isEqualTo(Money.parse("$15B"));
        assertThat(Money.total(java.util.List.of(Money.parse("more than $5B"), Money.parse("at least $1B"))))
                .isEqualTo(Money.parse("at least $6B"));
        assertThat(Money.total(java.util.List.of(Money.parse("up to $5B"), Money.parse("at least $1B"))))
                .as("bounds that point both ways: only about the sum").isEqualTo(Money.parse("about $6B"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.total(
                java.util.List.of(Money.parse("$5B"), Money.parse("€1B")))).isInstanceOf(IllegalArgumentException.class);
    }
}
