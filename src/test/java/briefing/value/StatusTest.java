package briefing.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            reported    | REPORTED  | Reported  | reported
            Confirmed   | CONFIRMED | Confirmed | confirmed
            PLANNED     | PLANNED   | Planned   | planned
            ' estimated'| ESTIMATED | Estimated | estimated
            dEnIeD      | DENIED    | Denied    | denied
            """)
    void parses_case_insensitively_with_label_and_id(String input, Status status, String label, String id)
            throws ValueFormatException {
        assertThat(Status.parse(input)).isEqualTo(status);
        assertThat(status.label()).isEqualTo(label);
        assertThat(status.id()).isEqualTo(id);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "rumoured", "confirm", "REPORTED!"})
    void rejects_unknown_statuses_listing_the_known_ones(String input) {
        assertThatThrownBy(() -> Status.parse(input))
                .isInstanceOf(ValueFormatException.class)
                .hasMessage("expected one of reported, confirmed, planned, estimated, denied, found \"" + input + "\"");
    }
}
