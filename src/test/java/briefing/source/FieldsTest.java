package briefing.source;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.value.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FieldsTest {

    private static final String PATH = "briefings/x/investments.yaml";

    private final Diagnostics problems = new Diagnostics();

    private Fields fields(String yaml) throws Exception {
        YamlNode root = new YamlReader(1_000_000).read(new SourceFile(Path.of(PATH), PATH, yaml));
        return Fields.of(root, problems).orElseThrow();
    }

    private List<String> headlines() {
        return problems.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void readsRequiredAndOptionalTextStripped() throws Exception {
        Fields f = fields("title: '  Hello  '\nsubtitle: Sub\n");

        assertThat(f.requiredText("title")).isEqualTo("Hello");
        assertThat(f.text("subtitle")).contains("Sub");
        assertThat(f.text("absent")).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void reportsAMissingRequiredFieldAtTheStartOfTheMapping() throws Exception {
        Fields f = fields("investments:\n  - id: a\n    company: X\n");
        Fields row = f.records("investments", true).get(0);

        assertThat(row.requiredText("purpose")).isNull();

        assertThat(headlines()).containsExactly(PATH + ":2:5: error: investments[0].purpose: required field is missing");
        assertThat(problems.sorted().get(0).hint()).isEqualTo("add `purpose:` to this entry");
    }

    @Test
    void reportsARequiredNullFieldAtItsKey() throws Exception {
        Fields f = fields("title: ~\nother: 1\n");

        assertThat(f.requiredText("title")).isNull();
        assertThat(headlines()).containsExactly(PATH + ":1:1: error: title: required field has no value");
    }

    @Test
    void reportsARequiredFieldWithoutValueAtItsKey() throws Exception {
        Fields f = fields("title:\nother: 1\n");

        assertThat(f.requiredText("title")).isNull();
        assertThat(headlines()).containsExactly(PATH + ":1:1: error: title: required field has no value");
    }

    @Test
    void reportsAnEmptyRequiredText() throws Exception {
        Fields f = fields("title: '   '\n");

        assertThat(f.requiredText("title")).isNull();
        assertThat(headlines()).containsExactly(PATH + ":1:9: error: title: must not be empty");
    }

    @Test
    void reportsAMappingWhereTextIsExpected() throws Exception {
        Fields f = fields("title:\n  text: Hello\n");

        assertThat(f.requiredText("title")).isNull();
        assertThat(headlines())
                .containsExactly(PATH + ":2:3: error: title: expected a single value, found a mapping");
    }

    @Test
    void reportsAListWhereTextIsExpected() throws Exception {
        Fields f = fields("title: [a, b]\n");

        assertThat(f.text("title")).isEmpty();
        assertThat(headlines()).containsExactly(PATH + ":1:8: error: title: expected a single value, found a list");
    }

    @Test
    void reportsAnUnknownKeyAtTheKeyWithASuggestion() throws Exception {
        Fields f = fields("amount: $5B\nstauts: reported\n");
        f.optional("amount", Money::parse);
        f.text("status");
        f.rejectUnknown();

        assertThat(headlines()).containsExactly(PATH + ":2:1: error: stauts: unknown field");
        assertThat(problems.sorted().get(0).hint()).isEqualTo("did you mean `status`?");
    }

    @Test
    void unknownKeyWithoutCloseMatchListsTheKnownKeys() throws Exception {
        Fields f = fields("amount: $5B\nzebra: 1\n");
        f.text("amount");
        f.text("status");
        f.rejectUnknown();

        assertThat(problems.sorted().get(0).hint()).isEqualTo("expected one of: amount, status");
    }

    @Test
    void reportsAValueThatDoesNotParseAtTheValueWithItsPath() throws Exception {
        Fields f = fields("total:\n  amount: fifty\n");
        Fields total = f.record("total", true).orElseThrow();

        assertThat(total.required("amount", Money::parse)).isNull();
        assertThat(headlines()).containsExactly(PATH + ":2:11: error: total.amount: expected money like \"$50B\", "
                + "\"$8 billion\" or \"up to $50 billion\", found \"fifty\"");
    }

    @Test
    void textsAcceptsASingleScalarAsAListOfOne() throws Exception {
        Fields f = fields("authors: Briefing Desk\ntags: [Amazon, ' OpenAI ']\nnone:\n");

        assertThat(f.texts("authors")).containsExactly("Briefing Desk");
        assertThat(f.texts("tags")).containsExactly("Amazon", "OpenAI");
        assertThat(f.texts("none")).isEmpty();
        assertThat(f.texts("absent")).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void textsReportsANonTextItemByIndex() throws Exception {
        Fields f = fields("tags:\n  - Amazon\n  - {a: 1}\n");

        assertThat(f.texts("tags")).containsExactly("Amazon");
        assertThat(headlines()).containsExactly(PATH + ":3:5: error: tags[1]: expected text, found a mapping");
    }

    @Test
    void textsReportsAMappingInsteadOfAList() throws Exception {
        Fields f = fields("tags:\n  a: 1\n");

        assertThat(f.texts("tags")).isEmpty();
        assertThat(headlines()).containsExactly(PATH + ":2:3: error: tags: expected a list of texts, found a mapping");
    }

    @Test
    void recordsNameEachRowByItsIndex() throws Exception {
        Fields f = fields("""
                investments:
                  - amount: $1B
                  - amount: lots
                """);

        List<Fields> rows = f.records("investments", true);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).path("amount")).isEqualTo("investments[1].amount");
        rows.forEach(r -> r.optional("amount", Money::parse));

        assertThat(headlines()).containsExactly(PATH + ":3:13: error: investments[1].amount: expected money like "
                + "\"$50B\", \"$8 billion\" or \"up to $50 billion\", found \"lots\"");
    }

    @Test
    void recordsReportsAScalarRowAsNotAMapping() throws Exception {
        Fields f = fields("investments:\n  - just text\n");

        assertThat(f.records("investments", true)).isEmpty();
        assertThat(headlines()).containsExactly(
                PATH + ":2:5: error: investments[0]: expected a mapping of fields (key: value), found \"just text\"");
    }

    @Test
    void recordsReportsAMappingInsteadOfAList() throws Exception {
        Fields f = fields("investments:\n  id: a\n");

        assertThat(f.records("investments", true)).isEmpty();
        assertThat(headlines()).containsExactly(PATH + ":2:3: error: investments: expected a list of entries "
                + "(lines starting with \"- \"), found a mapping");
    }

    @Test
    void requiredRecordsMissingIsReportedAtTheFileStart() throws Exception {
        Fields f = fields("investor: Amazon\n");

        assertThat(f.records("investments", true)).isEmpty();
        assertThat(f.records("optional", false)).isEmpty();
        assertThat(headlines()).containsExactly(PATH + ":1:1: error: investments: required field is missing");
    }

    @Test
    void flagReadsTrueAndFalseAndReportsOtherWords() throws Exception {
        Fields f = fields("a: true\nb: FALSE\nc: yes\n");

        assertThat(f.flag("a", false)).isTrue();
        assertThat(f.flag("b", true)).isFalse();
        assertThat(f.flag("c", true)).isTrue();
        assertThat(f.flag("d", true)).isTrue();
        assertThat(headlines()).containsExactly(PATH + ":3:4: error: c: expected true or false, found \"yes\"");
    }

    @Test
    void hasIsFalseForANullValue() throws Exception {
        Fields f = fields("a: ~\nb: 1\n");

        assertThat(f.has("a")).isFalse();
        assertThat(f.has("b")).isTrue();
        assertThat(f.has("c")).isFalse();
    }

    @Test
    void hasIsFalseForAKeyWithoutValue() throws Exception {
        Fields f = fields("a:\nb: 1\n");

        assertThat(f.has("a")).isFalse();
        assertThat(f.has("b")).isTrue();
        assertThat(f.has("c")).isFalse();
    }

    @Test
    void locationOfAKeyIsItsValueOrTheMappingStart() throws Exception {
        Fields f = fields("a: 1\nb: 2\n");

        assertThat(f.location("b").toString()).isEqualTo(PATH + ":2:4");
        assertThat(f.location("c").toString()).isEqualTo(PATH + ":1:1");
    }

    static Stream<Arguments> badTops() {
        return Stream.of(
                Arguments.of("", PATH + ":1:1: error: file is empty"),
                Arguments.of("- a\n- b\n", PATH + ":1:1: error: expected a mapping of fields (key: value), found a list"),
                Arguments.of("just text\n", PATH + ":1:1: error: expected a mapping of fields (key: value), found \"just text\""));
    }

    @ParameterizedTest
    @MethodSource("badTops")
    void refusesATopThatIsNotAMapping(String yaml, String headline) throws Exception {
        YamlNode root = new YamlReader(1_000_000).read(new SourceFile(Path.of(PATH), PATH, yaml));

        assertThat(Fields.of(root, problems)).isEmpty();
        assertThat(headlines()).containsExactly(headline);
    }

    @Test
    void emptyFileHintPointsAtTheReadme() throws Exception {
        YamlNode root = new YamlReader(1_000_000).read(new SourceFile(Path.of(PATH), PATH, ""));
        Fields.of(root, problems);

        assertThat(problems.sorted().get(0).hint()).isEqualTo("see docs/data.md for the fields this file takes");
    }

    @Test
    void scalarsKeepPositionsForLaterChecks() throws Exception {
        Fields f = fields("sources: [press-report, analyst]\nsingle: one\n");

        assertThat(f.scalars("sources")).extracting(YamlNode.Scalar::text).containsExactly("press-report", "analyst");
        assertThat(f.scalars("sources").get(1).location().toString()).isEqualTo(PATH + ":1:25");
        assertThat(f.scalars("single")).extracting(YamlNode.Scalar::text).containsExactly("one");
    }

    @Test
    void nestedRecordPathsJoinWithDots() throws Exception {
        Fields f = fields("publisher:\n  name: x\n  nmae: y\n");
        Consumer<Fields> bind = p -> {
            p.requiredText("name");
            p.rejectUnknown();
        };
        f.record("publisher", true).ifPresent(bind);

        assertThat(headlines()).containsExactly(PATH + ":3:3: error: publisher.nmae: unknown field");
    }
}
