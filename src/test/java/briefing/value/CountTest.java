package briefing.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            16,000                  | 16000    | EXACT
            16000                   | 16000    | EXACT
            0                       | 0        | EXACT
            about 16,000            | 16000    | ABOUT
            approximately 16,000    | 16000    | ABOUT
            ~16000                  | 16000    | ABOUT
            more than 1,000         | 1000     | MORE_THAN
            over 1,000              | 1000     | MORE_THAN
            at least 12             | 12       | AT_LEAST
            up to 500               | 500      | UP_TO
            nearly 2,000,000        | 2000000  | NEARLY
            16k                     | 16000    | EXACT
            16K                     | 16000    | EXACT
            16 thousand             | 16000    | EXACT
            1.2 million             | 1200000  | EXACT
            1.2m                    | 1200000  | EXACT
            2.5 billion             | 2500000000 | EXACT
            1.5k                    | 1500     | EXACT
            """)
    void parses_every_accepted_spelling(String input, long value, Qualifier qualifier) throws ValueFormatException {
        assertThat(Count.parse(input)).isEqualTo(new Count(value, qualifier));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "many", "16,00", "16.000.000", "about", "16 zillion", "$16", "16%", "1,6"})
    void rejects_what_is_not_a_count(String input) {
        assertThatThrownBy(() -> Count.parse(input))
                .isInstanceOfSatisfying(ValueFormatException.class, e -> {
                    assertThat(e.expected()).isEqualTo("a count like \"16,000\" or \"about 16,000\"");
                    assertThat(e.found()).isEqualTo(input);
                    assertThat(e.getMessage()).isEqualTo("expected a count like \"16,000\" or \"about 16,000\", found \"" + input + "\"");
                });
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -5                     | a count cannot be negative
            about -16,000          | a count cannot be negative
            16.5                   | a count must be a whole number
            1.2345k                | a count must be a whole number
            99999999999999999999   | count is too large
            """)
    void rejects_impossible_counts_saying_why(String input, String problem) {
        assertThatThrownBy(() -> Count.parse(input))
                .isInstanceOf(ValueFormatException.class)
                .hasMessage(problem + ", found \"" + input + "\"");
    }

    @Test
    void a_yaml_integer_is_an_exact_count() {
        assertThat(Count.of(16000)).isEqualTo(new Count(16000, Qualifier.EXACT));
        assertThatThrownBy(() -> Count.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            16000               | 16,000
            approximately 16k   | about 16,000
            over 1.2 million    | more than 1,200,000
            7                   | 7
            """)
    void canonical_form_is_normalized_and_parses_back_to_an_equal_value(String input, String canonical)
            throws ValueFormatException {
        Count count = Count.parse(input);
        assertThat(count.canonical()).isEqualTo(canonical);
        assertThat(Count.parse(count.canonical())).isEqualTo(count);
    }
}
