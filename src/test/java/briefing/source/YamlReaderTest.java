package briefing.source;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class YamlReaderTest {

    private static final String PATH = "briefings/x/round.yaml";

    private final YamlReader reader = new YamlReader(1_000_000);

    private YamlNode read(String yaml) throws BuildFailedException {
        return reader.read(new SourceFile(Path.of(PATH), PATH, yaml));
    }

    private BuildFailedException failure(String yaml) {
        BuildFailedException e = catchThrowableOfType(() -> read(yaml), BuildFailedException.class);
        assertThat(e).as("expected YAML to be refused:%n%s", yaml).isNotNull();
        return e;
    }

    private static SourceLocation at(int line, int column) {
        return new SourceLocation(PATH, line, column);
    }

    @Test
    void givesScalarsAndKeysTheirOneBasedLineAndColumn() throws Exception {
        YamlNode root = read("company: OpenAI\ntotal:\n  amount: $100 billion\n");

        YamlNode.Mapping mapping = (YamlNode.Mapping) root;
        assertThat(mapping.location()).isEqualTo(at(1, 1));
        assertThat(mapping.entries().get("company").key().location()).isEqualTo(at(1, 1));
        assertThat(mapping.entries().get("company").value())
                .isEqualTo(new YamlNode.Scalar("OpenAI", false, at(1, 10)));
        YamlNode.Mapping total = (YamlNode.Mapping) mapping.entries().get("total").value();
        assertThat(total.location()).isEqualTo(at(3, 3));
        assertThat(total.entries().get("amount").key().location()).isEqualTo(at(3, 3));
        assertThat(total.entries().get("amount").value().location()).isEqualTo(at(3, 11));
    }

    @Test
    void keepsScalarTextAsWrittenWithoutYaml11Typing() throws Exception {
        YamlNode.Mapping mapping = (YamlNode.Mapping) read("version: 1.10\nanswer: NO\ntilde: ~\nword: null\n");

        assertThat(mapping.entries().get("version").value()).extracting("text").isEqualTo("1.10");
        assertThat(mapping.entries().get("answer").value()).extracting("text").isEqualTo("NO");
        assertThat(((YamlNode.Scalar) mapping.entries().get("tilde").value()).isNull()).isTrue();
        assertThat(((YamlNode.Scalar) mapping.entries().get("word").value()).isNull()).isTrue();
    }

    @Test
    void aKeyWithoutValueIsNull() throws Exception {
        YamlNode.Mapping mapping = (YamlNode.Mapping) read("empty:\nnext: 1\n");

        assertThat(mapping.entries().get("empty").value()).isEqualTo(new YamlNode.Scalar("", true, at(1, 7)));
    }

    @Test
    void placesQuotedAndBlockScalarsAtTheirText() throws Exception {
        YamlNode.Mapping mapping = (YamlNode.Mapping) read("name: \"Deal\"\nnote: 'x'\nanswer: |\n    Line one\n    Line two\n");

        assertThat(mapping.entries().get("name").value().location()).isEqualTo(at(1, 8));
        assertThat(mapping.entries().get("note").value().location()).isEqualTo(at(2, 8));
        YamlNode.Scalar answer = (YamlNode.Scalar) mapping.entries().get("answer").value();
        assertThat(answer.location()).isEqualTo(at(4, 5));
        assertThat(answer.indent()).isEqualTo(4);
        assertThat(answer.text()).isEqualTo("Line one\nLine two\n");
    }

    @Test
    void positionsSequenceItems() throws Exception {
        YamlNode.Mapping mapping = (YamlNode.Mapping) read("sources:\n  - id: a\n  - id: b\n");

        YamlNode.Sequence seq = (YamlNode.Sequence) mapping.entries().get("sources").value();
        assertThat(seq.location()).isEqualTo(at(2, 3));
        assertThat(seq.items()).extracting(YamlNode::location).containsExactly(at(2, 5), at(3, 5));
    }

    @Test
    void addsTheFrontMatterLineOffsetToLines() throws Exception {
        YamlNode.Mapping mapping = (YamlNode.Mapping) reader.read("title: T\ndate: 2026-02-27\n", "index.md", 1);

        assertThat(mapping.entries().get("date").key().location()).isEqualTo(new SourceLocation("index.md", 3, 1));
        assertThat(mapping.entries().get("date").value().location())
                .isEqualTo(new SourceLocation("index.md", 3, 7));
    }

    @Test
    void reportsASyntaxErrorWithTheFrontMatterOffset() {
        BuildFailedException e = catchThrowableOfType(() -> reader.read("title: a: b\n", "index.md", 1),
                BuildFailedException.class);

        assertThat(e.diagnostics().get(0).headline()).startsWith("index.md:2:9: error: YAML syntax: ");
    }

    @Test
    void refusesALineLongerThanTheLimitAtTheFirstCharacterPastIt() {
        String digits = "9".repeat(1_000_000);
        BuildFailedException e = failure("company: acme\ntotal:\n  amount: $" + digits + "\n");

        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.location()).isEqualTo(at(3, YamlReader.MAX_LINE_CHARS + 1));
        assertThat(d.message()).isEqualTo("line is longer than 65,536 characters (1,000,011); refusing to read further");
        assertThat(d.hint()).contains("`>`");
        assertThat(d.message() + d.hint()).doesNotContain("999999");
    }

    @Test
    void readsALineOfExactlyTheLimit() throws Exception {
        String text = "a".repeat(YamlReader.MAX_LINE_CHARS - "note: ".length());
        YamlNode.Mapping mapping = (YamlNode.Mapping) read("note: " + text + "\n");

        assertThat(mapping.entries().get("note").value()).extracting("text").isEqualTo(text);
    }

    @Test
    void emptyInputIsANullScalarOnTheFirstLine() throws Exception {
        assertThat(read("")).isEqualTo(new YamlNode.Scalar("", true, at(1, 1)));
        assertThat(reader.read("", "index.md", 1)).isEqualTo(new YamlNode.Scalar("", true,
                new SourceLocation("index.md", 2, 1)));
    }

    @Test
    void commentsOnlyIsEmptyToo() throws Exception {
        assertThat(read("# nothing yet\n")).isEqualTo(new YamlNode.Scalar("", true, at(1, 1)));
    }

    @Test
    void reportsADuplicateKeyAtTheSecondKey() {
        BuildFailedException e = failure("company: OpenAI\nname: x\ncompany: Amazon\n");

        assertThat(e.diagnostics()).hasSize(1);
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.headline()).isEqualTo(PATH + ":3:1: error: duplicate key \"company\"");
        assertThat(d.hint()).isEqualTo("the first is at line 1; keep one of them");
    }

    @Test
    void reportsEveryDuplicateKeyInOneRun() {
        BuildFailedException e = failure("a: 1\na: 2\nb:\n  c: 1\n  c: 2\n");

        assertThat(e.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                PATH + ":2:1: error: duplicate key \"a\"",
                PATH + ":5:3: error: duplicate key \"c\"");
    }

    @Test
    void refusesAnAlias() {
        BuildFailedException e = failure("total: &t $100 billion\ncopy: *t\n");

        Diagnostic d = e.diagnostics().get(1);
        assertThat(d.headline()).isEqualTo(PATH + ":2:7: error: YAML aliases (*name) are not supported");
        assertThat(d.hint()).isEqualTo("write the value out; anchors and aliases hide what a figure really is");
    }

    static Stream<Arguments> anchorsAndTags() {
        return Stream.of(
                Arguments.of("total: &t $100 billion\n", ":1:8: error: YAML anchors (&t) are not supported"),
                Arguments.of("total: &t\n  amount: 1\n", ":1:8: error: YAML anchors (&t) are not supported"),
                Arguments.of("list:\n  - &first a\n", ":2:5: error: YAML anchors (&first) are not supported"),
                Arguments.of("&top\nname: x\n", ":1:1: error: YAML anchors (&top) are not supported"),
                Arguments.of("&k name: x\n", ":1:1: error: YAML anchors (&k) are not supported"),
                Arguments.of("data: !!binary aGVsbG8=\n", ":1:7: error: YAML tags (!!binary) are not supported"),
                Arguments.of("count: !!str 5\n", ":1:8: error: YAML tags (!!str) are not supported"),
                Arguments.of("name: !custom x\n", ":1:7: error: YAML tags (!custom) are not supported"),
                Arguments.of("total: !!map\n  amount: 1\n", ":1:8: error: YAML tags (!!map) are not supported"),
                Arguments.of("ids: [a, !!str b]\n", ":1:10: error: YAML tags (!!str) are not supported"),
                Arguments.of("%TAG !e! tag:example.com,2000:\n---\nname: x\n",
                        ":1:1: error: YAML %TAG directives are not supported"),
                Arguments.of("# a comment\n%TAG !e! tag:e.com:\n---\nname: !e!x 1\n",
                        ":2:1: error: YAML %TAG directives are not supported"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anchorsAndTags")
    void refusesAnchorsAndTagsAtTheirPlace(String yaml, String expected) {
        assertThat(failure(yaml).diagnostics().get(0).headline()).isEqualTo(PATH + expected);
    }

    @Test
    void aPercentSignInAValueIsNotADirective() throws Exception {
        YamlNode root = read("share: 50%\nnote: |\n  %TAG is text here\n");

        assertThat(((YamlNode.Mapping) root).entries()).containsKeys("share", "note");
    }

    static Stream<Arguments> unclosed() {
        return Stream.of(
                Arguments.of("name: \"abc\nnote: x\n",
                        ":1:7: error: YAML syntax: the quote \" that starts here is never closed"),
                Arguments.of("name: x\nnote: 'abc\nmore: y\n",
                        ":2:7: error: YAML syntax: the quote ' that starts here is never closed"),
                Arguments.of("ids: [a, b\nnote: x\n", ":1:6: error: YAML syntax: the [ that starts here is not closed "
                        + "(expected ',' or ']', but got : at line 2, column 5)"),
                Arguments.of("total: {amount: 1\nnote: x\n", ":1:8: error: YAML syntax: the { that starts here is "
                        + "not closed (expected ',' or '}', but got : at line 2, column 5)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unclosed")
    void locatesAnUnclosedQuoteOrBracketWhereItOpens(String yaml, String expected) {
        assertThat(failure(yaml).diagnostics().get(0).headline()).isEqualTo(PATH + expected);
    }

    @Test
    void anUnclosedQuoteSaysHowToCloseIt() {
        assertThat(failure("name: \"abc\n").diagnostics().get(0).hint())
                .isEqualTo("end the text with a matching \"; write a \" inside it as \\\"");
    }

    @Test
    void explainsThatTabsCannotIndent() {
        BuildFailedException e = failure("total:\n\tamount: 1\n");

        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.headline()).isEqualTo(PATH
                + ":2:1: error: YAML syntax: tab character in the indentation of \"amount\"");
        assertThat(d.hint()).isEqualTo("indent with spaces");
    }

    @Test
    void aTabIndentingAListItemNamesItsKey() {
        Diagnostic d = failure("participants:\n  - id: acme\n  \tinvestor: Acme\n").diagnostics().get(0);

        assertThat(d.headline()).isEqualTo(PATH
                + ":3:3: error: YAML syntax: tab character in the indentation of \"investor\"");
    }

    @Test
    void aTabIndentingALineWithoutAKeyNamesTheKeyAbove() {
        Diagnostic d = failure("tags:\n\t- a\n").diagnostics().get(0);

        assertThat(d.headline()).isEqualTo(PATH
                + ":2:1: error: YAML syntax: tab character in the indentation of a value of \"tags\"");
    }

    @Test
    void hintsToIndentWithSpacesWhenATabIndents() {
        Diagnostic d = failure("total:\n\tamount: 1\n").diagnostics().get(0);

        assertThat(d.message()).startsWith("YAML syntax: ");
        assertThat(d.hint()).isEqualTo("indent with spaces");
    }

    @Test
    void reportsAnUnquotedColonAtItsPosition() {
        BuildFailedException e = failure("company: OpenAI\nname: Deal: the round\n");

        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.headline()).isEqualTo(PATH + ":2:11: error: YAML syntax: mapping values are not allowed here");
        assertThat(d.hint()).isEqualTo("a value containing \": \" must be quoted");
    }

    @Test
    void reportsAnUnclosedFlowSequence() {
        BuildFailedException e = failure("tags: [a, b\nnext: 1\n");

        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.headline()).startsWith(PATH + ":1:7: error: YAML syntax: the [ that starts here is not closed");
        assertThat(d.hint()).isEqualTo("close it with ] and separate the items with commas");
    }

    @Test
    void refusesASecondDocument() {
        BuildFailedException e = failure("a: 1\n---\nb: 2\n");

        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.headline()).isEqualTo(PATH + ":3:1: error: a file holds one YAML document; found a second one");
        assertThat(d.hint()).isEqualTo("remove the extra `---` line");
    }

    @Test
    void acceptsNestingUpToTheLimit() throws Exception {
        assertThat(read("[".repeat(YamlReader.MAX_DEPTH) + "]".repeat(YamlReader.MAX_DEPTH))).isNotNull();
    }

    @Test
    void refusesHundredDeepNestingWithAClearMessage() {
        BuildFailedException e = failure("[".repeat(100) + "]".repeat(100));

        Diagnostic d = e.diagnostics().get(0);
        // Jackson's constraint error carries no position; the parser's own position is where it stopped.
        assertThat(d.headline()).startsWith(PATH + ":1:").contains(": error: YAML is nested more than 64 levels deep");
        assertThat(d.hint())
                .isEqualTo("data files are flat lists of records; nothing needs more than 64 levels");
    }

    @Test
    void refusesHundredDeepBlockNesting() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        yaml.append(" ".repeat(100)).append("v\n");

        Diagnostic d = failure(yaml.toString()).diagnostics().get(0);
        assertThat(d.message()).startsWith("YAML is nested more than 64 levels deep");
    }

    static Stream<Arguments> describedNodes() {
        return Stream.of(
                Arguments.of("x", "\"x\""),
                Arguments.of("~", "nothing"),
                Arguments.of("[1]", "a list"),
                Arguments.of("{a: 1}", "a mapping"));
    }

    @ParameterizedTest
    @MethodSource("describedNodes")
    void describesNodesTheWayAnEditorWouldSay(String yaml, String described) throws Exception {
        assertThat(read(yaml).describe()).isEqualTo(described);
    }
}
