package briefing.content;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FrontMatterTest {

    private static final String PATH = "content/about.md";

    private static FrontMatter split(String text) throws BuildFailedException {
        return FrontMatter.split(new SourceFile(Path.of(PATH), PATH, text));
    }

    @Test
    void splitsYamlAndBody() throws Exception {
        FrontMatter fm = split("---\ntitle: About\ndraft: false\n---\nBody line.\n");

        assertThat(fm.yaml()).isEqualTo("title: About\ndraft: false\n");
        assertThat(fm.yamlOffset()).isEqualTo(1);
        assertThat(fm.body()).isEqualTo("\n\n\n\nBody line.\n");
    }

    @Test
    void keepsBodyLineNumbersEqualToFileLineNumbers() throws Exception {
        String file = "---\ntitle: About\n\ndescription: x\n---\n## Heading\n\nParagraph {{ x }}\n";
        FrontMatter fm = split(file);

        String[] fileLines = file.split("\n", -1);
        String[] bodyLines = fm.body().split("\n", -1);
        assertThat(bodyLines).hasSameSizeAs(fileLines);
        for (int i = 5; i < fileLines.length; i++) {
            assertThat(bodyLines[i]).as("line %d", i + 1).isEqualTo(fileLines[i]);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(bodyLines[i]).as("line %d", i + 1).isEmpty();
        }
    }

    @Test
    void keepsBlankLinesInsideTheFrontMatter() throws Exception {
        assertThat(split("---\na: 1\n\nb: 2\n---\n").yaml()).isEqualTo("a: 1\n\nb: 2\n");
    }

    @Test
    void acceptsDotsAndTrailingSpacesOnTheClosingLine() throws Exception {
        assertThat(split("---\na: 1\n...\nx").body()).isEqualTo("\n\n\nx");
        assertThat(split("---\na: 1\n---   \nx").yaml()).isEqualTo("a: 1\n");
    }

    @Test
    void anEmptyFrontMatterIsAllowed() throws Exception {
        FrontMatter fm = split("---\n---\nBody");

        assertThat(fm.yaml()).isEmpty();
        assertThat(fm.body()).isEqualTo("\n\nBody");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("title: About\n", PATH + ":1:1: error: front matter is missing"),
                Arguments.of("", PATH + ":1:1: error: front matter is missing"),
                Arguments.of(" ---\ntitle: x\n---\n", PATH + ":1:1: error: front matter is missing"),
                Arguments.of("---\ntitle: About\nBody\n", PATH + ":1:1: error: front matter is not closed"),
                Arguments.of("---", PATH + ":1:1: error: front matter is not closed"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void refusesMissingOrUnclosedFrontMatter(String text, String headline) {
        BuildFailedException e = catchThrowableOfType(() -> split(text), BuildFailedException.class);

        assertThat(e).isNotNull();
        assertThat(e.diagnostics()).extracting(Diagnostic::headline).containsExactly(headline);
    }

    @Test
    void hintsHowToWriteFrontMatter() {
        BuildFailedException missing = catchThrowableOfType(() -> split("x"), BuildFailedException.class);
        BuildFailedException unclosed = catchThrowableOfType(() -> split("---\nx: 1\n"), BuildFailedException.class);

        assertThat(missing.diagnostics().get(0).hint())
                .isEqualTo("start the file with a line `---`, the fields (title: ...), and another `---`");
        assertThat(unclosed.diagnostics().get(0).hint())
                .isEqualTo("add a line `---` after the last front matter field");
    }
}
