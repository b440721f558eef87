package briefing.diagnostic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DiagnosticsTest {

    @Test
    void headlineIsPathLineColumnSeverityAndMessage() {
        Diagnostic d = Diagnostic.error(new SourceLocation("briefings/x/round.yaml", 3, 11), "bad money");
        assertThat(d.headline()).isEqualTo("briefings/x/round.yaml:3:11: error: bad money");
    }

    @Test
    void headlineOfAWholeFileFindingHasNoPosition() {
        Diagnostic d = Diagnostic.warning(SourceLocation.file("content/about.md"), "odd", null);
        assertThat(d.headline()).isEqualTo("content/about.md: warning: odd");
    }

    @Test
    void backslashesInPathsBecomeForwardSlashes() {
        assertThat(new SourceLocation("briefings\\x\\faqs.yaml", 1, 2).toString()).isEqualTo("briefings/x/faqs.yaml:1:2");
    }

    @Test
    void aReferenceToANameMissingBecauseOfAnEarlierMistakeIsMarkedAsItsConsequence() {
        Diagnostics problems = new Diagnostics();
        SourceLocation total = new SourceLocation("round.yaml", 5, 11);
        int mark = problems.mark();
        problems.error(new SourceLocation("round.yaml", 9, 3), "later in the file");
        problems.error(total, "total.amount: expected money");
        problems.unavailableSince("round.", mark);

        problems.unresolved("round.amazon", new SourceLocation("index.md", 7, 1), "unknown figure `round.amazon`",
                null);
        problems.unresolved("valuations.x", new SourceLocation("index.md", 8, 1), "unknown figure `valuations.x`",
                null);

        assertThat(problems.sorted()).extracting(Diagnostic::cause).containsExactly(total, null, null, null);
        assertThat(problems.causeOf("round.amazon.share")).contains(total);
        assertThat(problems.causeOf("rounds")).isEmpty();
    }

    @Test
    void aCauseThatIsItselfAConsequencePassesOnItsRoot() {
        Diagnostics problems = new Diagnostics();
        SourceLocation root = new SourceLocation("round.yaml", 5, 11);
        problems.unavailable("dataset:round.participants", Diagnostic.error(root, "bad"));
        int mark = problems.mark();
        problems.unresolved("dataset:round.participants", new SourceLocation("charts.yaml", 9, 13), "no data set",
                null);
        problems.unavailableSince("chart:by-investor", mark);

        assertThat(problems.causeOf("chart:by-investor")).contains(root);
        assertThat(problems.firstErrorSince(problems.mark())).isEmpty();
    }

    @Test
    void blankHintBecomesNull() {
        assertThat(Diagnostic.error(SourceLocation.file("a"), "m", "  ").hint()).isNull();
    }

    @Test
    void shiftMovesAlongTheLineButNotForAWholeFile() {
        assertThat(new SourceLocation("a", 2, 5).shift(3)).isEqualTo(new SourceLocation("a", 2, 8));
        assertThat(SourceLocation.file("a").shift(3)).isEqualTo(SourceLocation.file("a"));
    }

    @Test
    void sortsByPathThenLineThenColumnThenSeverityThenMessage() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(new SourceLocation("b.yaml", 1, 1), "b");
        diagnostics.error(new SourceLocation("a.yaml", 10, 1), "a10");
        diagnostics.error(new SourceLocation("a.yaml", 2, 7), "a2-7");
        diagnostics.warning(new SourceLocation("a.yaml", 2, 3), "a2-3 warning", null);
        diagnostics.error(new SourceLocation("a.yaml", 2, 3), "a2-3 z");
        diagnostics.error(new SourceLocation("a.yaml", 2, 3), "a2-3 y");
        diagnostics.error(SourceLocation.file("a.yaml"), "whole file");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).containsExactly(
                "a.yaml: error: whole file",
                "a.yaml:2:3: error: a2-3 y",
                "a.yaml:2:3: error: a2-3 z",
                "a.yaml:2:3: warning: a2-3 warning",
                "a.yaml:2:7: error: a2-7",
                "a.yaml:10:1: error: a10",
                "b.yaml:1:1: error: b");
    }

    @Test
    void theSameFindingTwiceIsReportedOnce() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(new SourceLocation("a", 1, 1), "m");
        diagnostics.error(new SourceLocation("a", 1, 1), "m");
        assertThat(diagnostics.sorted()).hasSize(1);
    }

    @Test
    void throwIfErrorsCarriesEveryFindingIncludingWarningsSorted() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning(new SourceLocation("a", 5, 1), "w", null);
        diagnostics.error(new SourceLocation("a", 3, 1), "e");

        BuildFailedException e = catchThrowableOfType(diagnostics::throwIfErrors, BuildFailedException.class);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("a:3:1: error: e");
        assertThat(e.diagnostics()).extracting(Diagnostic::headline)
                .containsExactly("a:3:1: error: e", "a:5:1: warning: w");
        assertThat(e.errorCount()).isEqualTo(1);
    }

    @Test
    void throwIfErrorsDoesNothingForWarningsOnly() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning(new SourceLocation("a", 5, 1), "w", null);

        assertThatCode(diagnostics::throwIfErrors).doesNotThrowAnyException();
        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(diagnostics.isEmpty()).isFalse();
    }

    @Test
    void addAllMergesAnotherStagesFindings() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(List.of(Diagnostic.error(new SourceLocation("a", 1, 1), "x")));
        assertThat(diagnostics.hasErrors()).isTrue();
    }

    @Test
    void buildFailedWithoutFindingsSaysBuildFailed() {
        assertThat(new BuildFailedException(List.of()).getMessage()).isEqualTo("build failed");
    }
}
