package briefing.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            50%             | 50    | EXACT
            12.5%           | 12.5  | EXACT
            12.50%          | 12.5  | EXACT
            .5%             | 0.5   | EXACT
            0%              | 0     | EXACT
            100%            | 100   | EXACT
            up to 50%       | 50    | UP_TO
            about 50 %      | 50    | ABOUT
            ~50%            | 50    | ABOUT
            More Than 10%   | 10    | MORE_THAN
            """)
    void parses_every_accepted_spelling(String input, BigDecimal value, Qualifier qualifier) throws ValueFormatException {
        assertThat(Percent.parse(input)).isEqualTo(new Percent(value, qualifier));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "50", "fifty percent", "%", "50%%", "5,0%", "about", "50 percent"})
    void rejects_what_is_not_a_percentage(String input) {
        assertThatThrownBy(() -> Percent.parse(input))
                .isInstanceOfSatisfying(ValueFormatException.class, e -> {
                    assertThat(e.expected()).isEqualTo("a percentage like \"50%\" or \"up to 50%\"");
                    assertThat(e.found()).isEqualTo(input);
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"120%", "100.1%", "-5%", "up to -0.5%"})
    void rejects_percentages_outside_0_to_100_saying_why(String input) {
        assertThatThrownBy(() -> Percent.parse(input))
                .isInstanceOf(ValueFormatException.class)
                .hasMessage("percent must be between 0 and 100, found \"" + input + "\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            50%                  | 50%
            approximately 12.50% | about 12.5%
            up to 100 %          | up to 100%
            """)
    void canonical_form_is_normalized_and_parses_back_to_an_equal_value(String input, String canonical)
            throws ValueFormatException {
        Percent percent = Percent.parse(input);
        assertThat(percent.canonical()).isEqualTo(canonical);
        assertThat(Percent.parse(percent.canonical())).isEqualTo(percent);
    }

    @Test
    void the_constructor_refuses_values_outside_0_to_100() {
        assertThatThrownBy(() -> new Percent(new BigDecimal("100.01"), Qualifier.EXACT)).isInstanceOf(IllegalArgumentException.class);
    }
}
