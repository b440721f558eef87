package briefing.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefing.value.PartialDate.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    private static final String EXPECTED = "a date like \"2026-02-14\", \"2026-02\", \"Q4 2026\" or \"2026\"";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2015            | YEAR    | 2015-01-01 | 2015-12-31 | 2015       | 2015
            ' 2015 '        | YEAR    | 2015-01-01 | 2015-12-31 | 2015       | 2015
            Q4 2026         | QUARTER | 2026-10-01 | 2026-12-31 | 2026       | Q4 2026
            q1 2026         | QUARTER | 2026-01-01 | 2026-03-31 | 2026       | Q1 2026
            Q2 2026         | QUARTER | 2026-04-01 | 2026-06-30 | 2026       | Q2 2026
            2026-Q4         | QUARTER | 2026-10-01 | 2026-12-31 | 2026       | Q4 2026
            2026-q3         | QUARTER | 2026-07-01 | 2026-09-30 | 2026       | Q3 2026
            2026-02         | MONTH   | 2026-02-01 | 2026-02-28 | 2026-02    | 2026-02
            2024-02         | MONTH   | 2024-02-01 | 2024-02-29 | 2024-02    | 2024-02
            February 2026   | MONTH   | 2026-02-01 | 2026-02-28 | 2026-02    | 2026-02
            feb 2026        | MONTH   | 2026-02-01 | 2026-02-28 | 2026-02    | 2026-02
            Feb. 2026       | MONTH   | 2026-02-01 | 2026-02-28 | 2026-02    | 2026-02
            SEPT 2026       | MONTH   | 2026-09-01 | 2026-09-30 | 2026-09    | 2026-09
            December 1999   | MONTH   | 1999-12-01 | 1999-12-31 | 1999-12    | 1999-12
            2025-10-15      | DAY     | 2025-10-15 | 2025-10-15 | 2025-10-15 | 2025-10-15
            2024-02-29      | DAY     | 2024-02-29 | 2024-02-29 | 2024-02-29 | 2024-02-29
            """)
    void parses_every_accepted_spelling(String input, Precision precision, LocalDate start, LocalDate end, String iso,
            String canonical) throws ValueFormatException {
        PartialDate date = PartialDate.parse(input);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.start()).isEqualTo(start);
        assertThat(date.end()).isEqualTo(end);
        assertThat(date.iso()).isEqualTo(iso);
        assertThat(date.canonical()).isEqualTo(canonical);
        assertThat(PartialDate.parse(date.canonical())).isEqualTo(date);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "soon", "15", "2026/02", "2026-2", "Q 2026", "Q42026x", "Smarch 2026",
        "2026-02-1", "15.10.2025", "October 15, 2025", "2026 Feb"})
    void rejects_what_is_not_a_date(String input) {
        assertThatThrownBy(() -> PartialDate.parse(input))
                .isInstanceOfSatisfying(ValueFormatException.class, e -> {
                    assertThat(e.expected()).isEqualTo(EXPECTED);
                    assertThat(e.found()).isEqualTo(input);
                    assertThat(e.getMessage()).isEqualTo("expected " + EXPECTED + ", found \"" + input + "\"");
                });
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-02-30  | no day 30 in February 2025 (it has 28 days)
            2025-04-31  | no day 31 in April 2025 (it has 30 days)
            2025-01-00  | no day 0 in January 2025 (it has 31 days)
            2026-13     | month must be between 01 and 12
            2026-00-10  | month must be between 01 and 12
            Q5 2026     | quarter must be Q1, Q2, Q3 or Q4
            2026-Q0     | quarter must be Q1, Q2, Q3 or Q4
            0999        | year must be between 1000 and 9999
            0999-01-01  | year must be between 1000 and 9999
            """)
    void rejects_impossible_dates_saying_why(String input, String problem) {
        assertThatThrownBy(() -> PartialDate.parse(input))
                .isInstanceOfSatisfying(ValueFormatException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(problem + ", found \"" + input + "\"");
                    assertThat(e.expected()).isEqualTo(EXPECTED);
                });
    }

    @Test
    void sorts_by_start_then_coarser_precision_first() throws ValueFormatException {
        List<PartialDate> dates = new ArrayList<>();
        for (String input : List.of("2026-01-01", "2026-01", "Q1 2026", "2026", "2025-12-31", "Q4 2025", "2027")) {
            dates.add(PartialDate.parse(input));
        }
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::canonical)
                .containsExactly("Q4 2025", "2025-12-31", "2026", "Q1 2026", "2026-01", "2026-01-01", "2027");
    }

    @Test
    void factories_build_the_same_values_as_parsing() throws ValueFormatException {
        assertThat(PartialDate.ofYear(2015)).isEqualTo(PartialDate.parse("2015"));
        assertThat(PartialDate.ofQuarter(2026, 4)).isEqualTo(PartialDate.parse("Q4 2026"));
        assertThat(PartialDate.ofMonth(2026, 2)).isEqualTo(PartialDate.parse("Feb 2026"));
        assertThat(PartialDate.ofDay(LocalDate.of(2025, 10, 15))).isEqualTo(PartialDate.parse("2025-10-15"));
        assertThat(PartialDate.parse("Q3 2026").quarter()).isEqualTo(3);
        assertThat(PartialDate.parse("2026-08-14").year()).isEqualTo(2026);
    }

    @Test
    void the_constructor_refuses_a_start_that_does_not_begin_the_period() {
        assertThatThrownBy(() -> new PartialDate(Precision.QUARTER, LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(Precision.MONTH, LocalDate.of(2026, 2, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.ofYear(10000)).isInstanceOf(IllegalArgumentException.class);
    }
}
