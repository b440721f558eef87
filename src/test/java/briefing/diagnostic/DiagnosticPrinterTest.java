package briefing.diagnostic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticPrinterTest {

    @TempDir
    Path base;

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void rendersHeadlineSourceLineCaretAndHint() throws IOException {
        write("briefings/x/round.yaml", "company: OpenAI\ntotal:\n  amout: $100 billion\n");
        Diagnostic d = Diagnostic.error(new SourceLocation("briefings/x/round.yaml", 3, 3),
                "total.amout: unknown field", "did you mean `amount`?");

        String out = new DiagnosticPrinter(base).render(d);

        assertThat(out).isEqualTo("""
                briefings/x/round.yaml:3:3: error: total.amout: unknown field
                    amout: $100 billion
                    ^
                  hint: did you mean `amount`?
                """);
    }

    @Test
    void rendersOnlyTheHeadlineForAWholeFileDiagnostic() throws IOException {
        write("briefings/x/faq.yaml", "faqs: []\n");
        Diagnostic d = Diagnostic.error(SourceLocation.file("briefings/x/faq.yaml"), "unknown data file", null);

        assertThat(new DiagnosticPrinter(base).render(d))
                .isEqualTo("briefings/x/faq.yaml: error: unknown data file\n");
    }

    @Test
    void rendersOnlyTheHeadlineAndHintWhenTheFileCannotBeRead() {
        Diagnostic d = Diagnostic.warning(new SourceLocation("missing.md", 2, 4), "raw HTML", "write Markdown");

        assertThat(new DiagnosticPrinter(base).render(d))
                .isEqualTo("missing.md:2:4: warning: raw HTML\n  hint: write Markdown\n");
    }

    @Test
    void showsATabAsAnEscapeWithTheCaretStillUnderItsCharacter() throws IOException {
        write("a.yaml", "key:\n\tvalue: x\n");
        Diagnostic tab = Diagnostic.error(new SourceLocation("a.yaml", 2, 1), "tab", null);
        Diagnostic after = Diagnostic.error(new SourceLocation("a.yaml", 2, 9), "x", null);

        assertThat(new DiagnosticPrinter(base).render(tab)).isEqualTo("a.yaml:2:1: error: tab\n  \\tvalue: x\n  ^\n");
        assertThat(new DiagnosticPrinter(base).render(after))
                .isEqualTo("a.yaml:2:9: error: x\n  \\tvalue: x\n           ^\n");
    }

    @Test
    void escapesEscapeAndOtherControlCharactersAndBidiControlsInTheShownLine() throws IOException {
        write("a.yaml", "a: \u001b[31mred\u0007\u0085 \u202Eevil\u2066 x\n");
        Diagnostic d = Diagnostic.error(new SourceLocation("a.yaml", 1, 22), "bad", null);

        assertThat(new DiagnosticPrinter(base).render(d)).isEqualTo(
                "a.yaml:1:22: error: bad\n  a: \\e[31mred\\u0007\\u0085 \\u202Eevil\\u2066 x\n"
                        + "  " + " ".repeat(42) + "^\n");
    }

    @Test
    void cutsALongLineAroundTheColumnWithAnEllipsisOnEachSideThatIsCut() throws IOException {
        write("a.yaml", "a".repeat(1000) + "X" + "b".repeat(1_000_000) + "\n");
        Diagnostic d = Diagnostic.error(new SourceLocation("a.yaml", 1, 1001), "bad", null);

        assertThat(new DiagnosticPrinter(base).render(d)).isEqualTo("a.yaml:1:1001: error: bad\n"
                + "  …" + "a".repeat(60) + "X" + "b".repeat(59) + "…\n"
                + "  " + " ".repeat(61) + "^\n");
    }

    @Test
    void cutsOnlyTheEndOfALongLineWhenTheColumnIsNearItsStart() throws IOException {
        write("a.yaml", "key: " + "v".repeat(500) + "\n");
        Diagnostic d = Diagnostic.error(new SourceLocation("a.yaml", 1, 6), "bad", null);

        assertThat(new DiagnosticPrinter(base).render(d)).isEqualTo("a.yaml:1:6: error: bad\n"
                + "  key: " + "v".repeat(115) + "…\n" + "       ^\n");
    }

    @Test
    void cutsOnlyTheStartOfALongLineWhenTheColumnIsNearItsEnd() throws IOException {
        write("a.yaml", "v".repeat(500) + "!\n");
        Diagnostic d = Diagnostic.error(new SourceLocation("a.yaml", 1, 501), "bad", null);

        assertThat(new DiagnosticPrinter(base).render(d)).isEqualTo("a.yaml:1:501: error: bad\n"
                + "  …" + "v".repeat(119) + "!\n" + "  " + " ".repeat(120) + "^\n");
    }

    @Test
    void escapesANewlineInAFileNameSoTheHeadlineStaysOneLine() {
        Diagnostic d = Diagnostic.error(new SourceLocation("content/a\nb.md", 2, 3), "raw \u001b[2J", null);

        assertThat(d.headline()).isEqualTo("content/a\\nb.md:2:3: error: raw \\e[2J");
        assertThat(new DiagnosticPrinter(base).render(d)).isEqualTo("content/a\\nb.md:2:3: error: raw \\e[2J\n");
    }

    @Test
    void cutsAVeryLongMessageOrHintInTheMiddle() {
        String found = "x".repeat(2_000_000);
        Diagnostic d = Diagnostic.error(SourceLocation.file("a.yaml"), "expected money, found \"" + found + "\"",
                "not " + found + " but $5B");

        String out = new DiagnosticPrinter(base).render(d);

        assertThat(out).isEqualTo("a.yaml: error: expected money, found \"" + "x".repeat(177) + "…"
                + "x".repeat(99) + "\"\n  hint: not " + "x".repeat(196) + "…" + "x".repeat(92) + " but $5B\n");
    }

    @Test
    void readsTheSourceLineAfreshForEveryReport() throws IOException {
        DiagnosticPrinter printer = new DiagnosticPrinter(base);
        Diagnostic d = Diagnostic.error(new SourceLocation("a.yaml", 1, 9), "bad", null);
        write("a.yaml", "amount: fifty\n");
        assertThat(printer.render(d)).contains("  amount: fifty\n");
        assertThat(printer.renderAll(List.of(d))).contains("  amount: fifty\n");

        write("a.yaml", "amount: sixty\n");

        assertThat(printer.render(d)).contains("  amount: sixty\n").doesNotContain("fifty");
        assertThat(printer.renderAll(List.of(d))).contains("  amount: sixty\n").doesNotContain("fifty");
    }

    @Test
    void renderAllShowsCausesFirstInSourceOrderAndCountsOnlyThem() {
        SourceLocation cause = new SourceLocation("b/round.yaml", 5, 11);
        List<Diagnostic> all = List.of(
                Diagnostic.error(new SourceLocation("a/charts.yaml", 9, 13), "no data set `round.participants`")
                        .because(cause),
                Diagnostic.error(new SourceLocation("a/index.md", 7, 1), "unknown figure `round.total`")
                        .because(cause),
                Diagnostic.error(new SourceLocation("c/other.yaml", 1, 1), "unknown figure `x`"),
                Diagnostic.error(cause, "total.amount: expected money"));

        assertThat(new DiagnosticPrinter(base).renderAll(all)).isEqualTo("""
                b/round.yaml:5:11: error: total.amount: expected money
                  note: 2 other errors follow from this one (not shown: fixing this fixes them)
                c/other.yaml:1:1: error: unknown figure `x`
                2 errors
                """);
    }

    @Test
    void renderAllShowsAConsequenceWhoseCauseIsNotAmongTheFindingsWithWhereItsCauseIs() {
        List<Diagnostic> all = List.of(Diagnostic.error(SourceLocation.file("a.md"), "unknown chart `c`")
                .because(new SourceLocation("charts.yaml", 3, 4)));

        assertThat(new DiagnosticPrinter(base).renderAll(all)).isEqualTo("""
                a.md: error: unknown chart `c`
                  note: follows from the error at charts.yaml:3:4
                1 error
                """);
    }

    @Test
    void readsCrlfFilesWithoutCarriageReturnsInTheShownLine() throws IOException {
        write("a.yaml", "one: 1\r\ntwo: 2\r\n");
        Diagnostic d = Diagnostic.error(new SourceLocation("a.yaml", 2, 6), "bad", null);

        assertThat(new DiagnosticPrinter(base).render(d)).isEqualTo("a.yaml:2:6: error: bad\n  two: 2\n       ^\n");
    }

    @Test
    void clampsTheCaretToTheEndOfTheLine() throws IOException {
        write("a.yaml", "ab\n");
        Diagnostic d = Diagnostic.error(new SourceLocation("a.yaml", 1, 40), "bad", null);

        assertThat(new DiagnosticPrinter(base).render(d)).isEqualTo("a.yaml:1:40: error: bad\n  ab\n    ^\n");
    }

    @Test
    void renderAllCountsErrorsAndWarnings() throws IOException {
        write("a.yaml", "x: 1\n");
        List<Diagnostic> all = List.of(
                Diagnostic.error(SourceLocation.file("a.yaml"), "first"),
                Diagnostic.error(SourceLocation.file("a.yaml"), "second"),
                Diagnostic.warning(SourceLocation.file("a.yaml"), "third", null));

        assertThat(new DiagnosticPrinter(base).renderAll(all)).isEqualTo("""
                a.yaml: error: first
                a.yaml: error: second
                a.yaml: warning: third
                2 errors, 1 warning
                """);
    }

    @Test
    void renderAllUsesTheSingularForOneError() {
        assertThat(new DiagnosticPrinter(base).renderAll(List.of(Diagnostic.error(SourceLocation.file("a"), "x"))))
                .isEqualTo("a: error: x\n1 error\n");
    }
}
