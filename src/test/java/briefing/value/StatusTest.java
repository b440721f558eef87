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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            confirmed                    | confirmed
            confirmed, reported          | reported
            reported, confirmed          | reported
            confirmed, estimated         | estimated
            estimated, planned           | planned
            planned, confirmed, reported | planned
            planned, denied              | denied
            confirmed, none              | none
            none                         | none
            """)
    void a_derived_figure_is_as_settled_as_its_weakest_input(String inputs, String expected) {
        java.util.List<java.util.Optional<Status>> statuses = java.util.Arrays.stream(inputs.split(","))
                .map(String::strip)
                .map(s -> s.equals("none") ? java.util.Optional.<Status>empty()
                        : java.util.Optional.of(Status.valueOf(s.toUpperCase(java.util.Locale.ROOT))))
                .toList();

        assertThat(Status.weakest(statuses).map(Status::id).orElse("none")).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void strength_orders_confirmed_reported_estimated_planned_denied() {
        assertThat(java.util.Arrays.stream(Status.values())
                .sorted(java.util.Comparator.comparingInt(Status::strength).reversed()).toList())
                .containsExactly(Status.CONFIRMED, Status.REPORTED, Status.ESTIMATED, Status.PLANNED, Status.DENIED);
        assertThat(Status.weakest(java.util.List.of())).isEmpty();
    }
}
