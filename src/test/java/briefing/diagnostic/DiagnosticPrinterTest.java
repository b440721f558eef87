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
    void replacesTabsWithSpacesSoTheCaretLinesUp() throws IOException {
        write("a.yaml", "key:\n\tvalue\n");
        Diagnostic d = Diagnostic.error(new SourceLocation("a.yaml", 2, 1), "tab", null);

        assertThat(new DiagnosticPrinter(base).render(d)).isEqualTo("a.yaml:2:1: error: tab\n   value\n  ^\n");
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
