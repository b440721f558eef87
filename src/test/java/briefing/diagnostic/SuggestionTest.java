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
    void countsASwapOfNeighbouringLettersAsOneEdit() {
        assertThat(Suggestion.hint("stgae", List.of("status", "stage", "source"))).isEqualTo("did you mean `stage`?");
        assertThat(Suggestion.closest("ivnestor", List.of("investor", "amount"))).contains("investor");
    }

    @Test
    void neverProposesTheNameThatWasRejected() {
        assertThat(Suggestion.hint("press-report", List.of("press-report", "press-reports")))
                .isEqualTo("did you mean `press-reports`?");
        assertThat(Suggestion.hint("amazon", List.of("amazon"))).isNull();
        assertThat(Suggestion.hint("amazon", List.of("amazon", "nvidia"))).isEqualTo("expected one of: nvidia");
    }

    @Test
    void suggestsNothingForANameLongerThanAnyKeyWithoutComparingIt() {
        String huge = "a".repeat(1_000_000);
        assertThat(Suggestion.closest(huge, List.of("amount", huge + "b"))).isEmpty();
        assertThat(Suggestion.closest("a".repeat(100), List.of("a".repeat(99)))).contains("a".repeat(99));
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
            "flaw, lawn, 2",
            "stgae, stage, 1",
            "ab, ba, 1",
            "ca, abc, 3",
            "amuont, amount, 1",
            "--prot, --port, 1"
    })
    void computesTheOptimalStringAlignmentDistance(String a, String b, int expected) {
        assertThat(Suggestion.distance(a, b)).isEqualTo(expected);
        assertThat(Suggestion.distance(b, a)).isEqualTo(expected);
    }
}
