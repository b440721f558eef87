package briefing.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishTest {

    @Test
    void aNameEndingInSTakesTheApostropheAlone() {
        assertThat(English.possessive("spenders")).isEqualTo("spenders\u2019");
        assertThat(English.possessive("Databricks")).isEqualTo("Databricks\u2019");
        assertThat(English.possessive("AWS")).isEqualTo("AWS\u2019");
        assertThat(English.possessive("Acme")).isEqualTo("Acme\u2019s");
        assertThat(English.possessive("Acme", "'")).isEqualTo("Acme's");
        assertThat(English.possessive("funds", "'")).isEqualTo("funds'");
    }

    @Test
    void aCountOfOneTakesTheSingular() {
        assertThat(English.count(1, "deal")).isEqualTo("1 deal");
        assertThat(English.count(0, "deal")).isEqualTo("0 deals");
        assertThat(English.count(3, "entry", "entries")).isEqualTo("3 entries");
    }
}
