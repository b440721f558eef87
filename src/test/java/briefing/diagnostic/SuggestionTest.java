package briefing.diagnostic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionTest {

    private static final List<String> FIELDS = List.of("amount", "status", "source", "id", "text", "figure");

    @Test
    void suggestsTheClosestKnownNameForATypo() {
        assertThat(Suggestion.closest("amout", FIELDS)).contains("amount");
    }

    @Test
    void hintNamesTheClosestKnownNameInBackticks() {
        assertThat(Suggestion.hint("amout", FIELDS)).isEqualTo("did you mean `amount`?");
    }

    @Test
    void comparesCaseInsensitivelyButSuggestsTheKnownSpelling() {
        assertThat(Suggestion.closest("AMOUNT", FIELDS)).contains("amount");
    }

    @Test
    void suggestsNothingWhenTheTypoIsFurtherThanAThirdOfTheWord() {
        assertThat(Suggestion.closest("valuation", FIELDS)).isEmpty();
    }

    @Test
    void allowsOneEditEvenForShortWords() {
        assertThat(Suggestion.closest("ix", List.of("id"))).contains("id");
        assertThat(Suggestion.closest("xy", List.of("id"))).isEmpty();
    }

    @Test
    void hintListsTheKnownNamesSortedWhenNoneIsClose() {
        assertThat(Suggestion.hint("zzzzzz", FIELDS))
                .isEqualTo("expected one of: amount, figure, id, source, status, text");
    }

    @Test
    void hintIsNullWhenNothingIsKnown() {
        assertThat(Suggestion.hint("amount", List.of())).isNull();
    }

    @Test
    void hintIsNullWhenManyNamesAreKnownAndNoneIsClose() {
        List<String> many = List.of("a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8", "i9", "j10", "k11", "l12", "m13");
        assertThat(Suggestion.hint("zzzzzzzzz", many)).isNull();
    }

    @Test
    void prefersTheAlphabeticallyFirstAmongEquallyCloseNames() {
        assertThat(Suggestion.closest("sxxtus", List.of("status", "sxatus", "sxxtua"))).contains("sxatus");
    }

    @ParameterizedTest
    @CsvSource({
            "kitten, sitting, 3",
            "amout, amount, 1",
            "'', abc, 3",
            "abc, abc, 0",
            "flaw, lawn, 2"
    })
    void computesTheLevenshteinDistance(String a, String b, int expected) {
        assertThat(Suggestion.distance(a, b)).isEqualTo(expected);
        assertThat(Suggestion.distance(b, a)).isEqualTo(expected);
    }
}
