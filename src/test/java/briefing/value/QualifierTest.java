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
}
