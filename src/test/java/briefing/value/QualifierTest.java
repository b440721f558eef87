package briefing.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifierTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            $50                 | EXACT     | $50
            about $50           | ABOUT     | $50
            ABOUT $50           | ABOUT     | $50
            approximately 50%   | ABOUT     | 50%
            approx. 50%         | ABOUT     | 50%
            approx 50%          | ABOUT     | 50%
            around 50%          | ABOUT     | 50%
            roughly 50%         | ABOUT     | 50%
            ~50%                | ABOUT     | 50%
            '~ 50%'             | ABOUT     | 50%
            up to 50%           | UP_TO     | 50%
            'up   to 50%'       | UP_TO     | 50%
            at least 3          | AT_LEAST  | 3
            more than 3         | MORE_THAN | 3
            over 3              | MORE_THAN | 3
            nearly 3            | NEARLY    | 3
            almost 3            | NEARLY    | 3
            overall 3           | EXACT     | overall 3
            abouts 3            | EXACT     | abouts 3
            about               | ABOUT     | ''
            """)
    void strips_a_leading_qualifier_case_insensitively(String input, Qualifier qualifier, String rest) {
        assertThat(Qualifier.strip(input)).isEqualTo(new Qualifier.Stripped(qualifier, rest));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EXACT     | ''        | $5
            ABOUT     | about     | about $5
            UP_TO     | up to     | up to $5
            AT_LEAST  | at least  | at least $5
            MORE_THAN | more than | more than $5
            NEARLY    | nearly    | nearly $5
            """)
    void has_an_english_label_used_as_prefix(Qualifier qualifier, String label, String prefixed) {
        assertThat(qualifier.label()).isEqualTo(label);
        assertThat(qualifier.prefix("$5")).isEqualTo(prefixed);
    }

    @ParameterizedTest(name = "sum of {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EXACT                  | EXACT
            EXACT, EXACT           | EXACT
            UP_TO, EXACT           | UP_TO
            UP_TO, UP_TO           | UP_TO
            AT_LEAST, EXACT        | AT_LEAST
            AT_LEAST, MORE_THAN    | AT_LEAST
            MORE_THAN              | AT_LEAST
            ABOUT, EXACT           | ABOUT
            UP_TO, AT_LEAST        | ABOUT
            NEARLY, EXACT          | ABOUT
            UP_TO, ABOUT           | ABOUT
            """)
    void a_sum_keeps_a_qualifier_that_is_true_of_it(String parts, Qualifier expected) {
        assertThat(Qualifier.ofSum(qualifiers(parts))).isEqualTo(expected);
    }

    /** whole - taken, and likewise part / whole, new / old: a taken "up to" makes "at least" and back. */
    @ParameterizedTest(name = "{0} minus {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            EXACT     | EXACT          | EXACT
            EXACT     | UP_TO          | AT_LEAST
            EXACT     | UP_TO, UP_TO   | AT_LEAST
            EXACT     | AT_LEAST       | UP_TO
            EXACT     | MORE_THAN      | UP_TO
            UP_TO     | EXACT          | UP_TO
            UP_TO     | AT_LEAST       | UP_TO
            AT_LEAST  | UP_TO          | AT_LEAST
            UP_TO     | UP_TO          | ABOUT
            AT_LEAST  | AT_LEAST       | ABOUT
            ABOUT     | EXACT          | ABOUT
            EXACT     | ABOUT          | ABOUT
            EXACT     | UP_TO, EXACT   | AT_LEAST
            """)
    void a_difference_or_ratio_turns_the_bounds_of_what_it_takes(Qualifier whole, String taken, Qualifier expected) {
        assertThat(Qualifier.ofDifference(whole, qualifiers(taken))).isEqualTo(expected);
    }

    private static java.util.List<Qualifier> qualifiers(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).map(Qualifier::valueOf).toList();
    }
}
