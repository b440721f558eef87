package briefing.data;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FigureReferencesTest {

    private static final Set<String> KNOWN = Set.of("round.amazon", "round.total");

    private static FigureReferences.Mistake only(String text) {
        FigureReferences.Scan scan = FigureReferences.scan(text);
        assertThat(scan.references()).isEmpty();
        assertThat(scan.mistakes()).hasSize(1);
        return scan.mistakes().get(0);
    }

    @Test
    void findsReferencesWithOrWithoutSpacesInsideTheBraces() {
        assertThat(FigureReferences.scan("{{round.amazon}} of {{  round.total  }}").references()).containsExactly(
                new FigureReferences.Match("round.amazon", 0, 16), new FigureReferences.Match("round.total", 20, 39));
    }

    @Test
    void anUnclosedReferenceEndsWhereItStopsLookingLikeOne() {
        FigureReferences.Mistake m = only("Up to {{ round.amazon } in all");
        assertThat(m.message()).isEqualTo("figure reference \"{{ round.amazon }\" is not closed: expected \"}}\"");
        assertThat(m.start()).isEqualTo(6);
        assertThat(m.hint(KNOWN)).isEqualTo("write {{ round.amazon }}; to show braces as text, put them in a code span");
    }

    @Test
    void theHintOfAnUnclosedReferenceLeavesOutAFullStopAndCorrectsATypo() {
        assertThat(only("Up to {{ round.amazn.").hint(KNOWN))
                .isEqualTo("write {{ round.amazon }}; to show braces as text, put them in a code span");
    }

    @Test
    void aClosingPairOnTheNextLineOrAfterAnotherOpeningDoesNotCloseIt() {
        FigureReferences.Scan scan = FigureReferences.scan("{{ a\nb }}");
        assertThat(scan.mistakes()).extracting(FigureReferences.Mistake::problem)
                .containsExactly(FigureReferences.Problem.NOT_CLOSED, FigureReferences.Problem.CLOSES_NOTHING);
        scan = FigureReferences.scan("{{ a {{ round.total }}");
        assertThat(scan.mistakes()).extracting(FigureReferences.Mistake::text).containsExactly("{{ a");
        assertThat(scan.references()).extracting(FigureReferences.Match::key).containsExactly("round.total");
    }

    @Test
    void namesTheFirstCharacterNoKeyHas() {
        FigureReferences.Mistake m = only("{{ round.ämazon }}");
        assertThat(m.message()).isEqualTo("figure reference \"{{ round.ämazon }}\" has \"ä\" in its key: a key has "
                + "only letters, digits, \".\", \"_\" and \"-\"");
        assertThat(m.hint(KNOWN)).isEqualTo("write {{ round.amazon }}; to show braces as text, put them in a code span");
    }

    @Test
    void suggestsTheKeyASpaceBroke() {
        FigureReferences.Mistake m = only("{{ round total }}");
        assertThat(m.message()).isEqualTo("figure reference \"{{ round total }}\" has a space inside its key");
        assertThat(m.hint(KNOWN)).isEqualTo("write {{ round.total }}; to show braces as text, put them in a code span");
        assertThat(only("{{ a b }}").hint(List.of())).isEqualTo("a key has no spaces; write a figure reference as "
                + "{{ key }}, e.g. {{ round.total }}; to show braces as text, put them in a code span");
    }

    @Test
    void anEmptyReferenceAndOneOpeningBraceAreMistakes() {
        assertThat(only("{{  }}").message())
                .isEqualTo("figure reference \"{{  }}\" names no figure: expected a key between the braces");
        FigureReferences.Mistake oneBrace = only("at { round.total }}.");
        assertThat(oneBrace.message()).isEqualTo("figure reference \"{ round.total }}\" opens with one brace: expected \"{{\"");
        assertThat(oneBrace.start()).isEqualTo(3);
    }

    @Test
    void aClosingPairAfterAReferenceIsNoMistakeButALoneOneIs() {
        assertThat(FigureReferences.scan("{{ round.total }}} and text").mistakes()).isEmpty();
        FigureReferences.Mistake m = only("text }} more");
        assertThat(m.message()).isEqualTo("\"}}\" closes no figure reference: expected \"{{\" before it");
        assertThat(m.start()).isEqualTo(5);
    }

    @Test
    void textWithoutBracesHasNothing() {
        FigureReferences.Scan scan = FigureReferences.scan("{ one brace } is set theory, not a figure");
        assertThat(scan.references()).isEmpty();
        assertThat(scan.mistakes()).isEmpty();
    }
}
