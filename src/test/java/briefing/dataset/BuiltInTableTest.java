package briefing.dataset;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.source.SourceFile;
import briefing.source.ValueSyntax;
import briefing.source.YamlNode;
import briefing.source.YamlReader;
import briefing.value.Money;
import briefing.value.Status;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A built-in data file read against its {@link BuiltInSchema}: values typed by their fields, parts holding one
 * entry, a list of entries or a list of values, and every mistake named by where the editor wrote it.
 */
class BuiltInTableTest {

    private static final String PATH = "content/briefings/x/round.yaml";

    /** A small round: a company, a required total (one entry), participants (entries with ids), tags (values). */
    private static final BuiltInSchema ROUND = schema("round.yaml", List.of("company", "total"), List.of(),
            Map.of("total", new BuiltInSchema.Part(BuiltInSchema.Shape.ENTRY, schema("total",
                            List.of("amount", "status"), List.of(), Map.of(),
                            kind("amount", Field.Kind.MONEY), kind("status", Field.Kind.STATUS))),
                    "participants", new BuiltInSchema.Part(BuiltInSchema.Shape.ENTRIES, schema("participant",
                            List.of(), List.of("id"), Map.of(),
                            text("id"), kind("amount", Field.Kind.MONEY), enumOf("kind", "cut", "hire"))),
                    "tags", new BuiltInSchema.Part(BuiltInSchema.Shape.VALUES, schema("tag", List.of(), List.of(),
                            Map.of(), kind("tag", Field.Kind.DATE)))),
            text("company"), part("total", Field.Type.OBJECT), part("participants", Field.Type.ARRAY),
            part("tags", Field.Type.ARRAY));

    @Test
    void typesEveryValueOfEveryPart() throws Exception {
        Diagnostics problems = new Diagnostics();
        BuiltInEntry file = read("""
                company: Acme
                total:
                  amount: up to $50 billion
                  status: reported
                participants:
                  - id: beta
                    amount: $8 billion
                    kind: hire
                tags: [2026, 2026-Q1]
                """, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(file.complete()).isTrue();
        assertThat(file.<String>get("company")).contains("Acme");
        BuiltInEntry total = file.<BuiltInEntry>get("total").orElseThrow();
        assertThat(total.<Money>value("amount").canonical()).isEqualTo("up to $50 billion");
        assertThat(total.<Status>value("status")).isEqualTo(Status.REPORTED);
        BuiltInEntry beta = file.entries("participants").get(0);
        assertThat(beta.path()).isEqualTo("participants[0]");
        assertThat(beta.at("amount")).isEqualTo(new SourceLocation(PATH, 7, 13));
        assertThat(beta.<String>value("kind")).isEqualTo("hire");
        assertThat(file.cells("tags")).extracting(Cell::text).containsExactly("2026", "2026-Q1");
        assertThat(file.cells("tags").get(1).location()).isEqualTo(new SourceLocation(PATH, 9, 14));
    }

    @Test
    void aSingleValueStandsForAListOfOne() throws Exception {
        BuiltInEntry file = read("""
                company: Acme
                total: {amount: $1B, status: reported}
                tags: 2026
                """, new Diagnostics());
        assertThat(file.cells("tags")).extracting(Cell::text).containsExactly("2026");
    }

    @Test
    void namesEveryMistakeByWhereItIsWritten() throws Exception {
        Diagnostics problems = new Diagnostics();
        BuiltInEntry file = read("""
                company: Acme
                total:
                  amount: fifty
                participants:
                  - id: beta
                    kind: fire
                  - id: beta
                    amout: $1B
                  - just text
                tags: [2026-13, {a: 1}]
                """, problems);
        assertThat(problems.sorted()).extracting(Diagnostic::headline).containsExactly(
                PATH + ":3:3: error: total.status: required field is missing",
                PATH + ":3:11: error: total.amount: expected money like \"$50B\", \"$8 billion\" or \"up to $50 "
                        + "billion\", found \"fifty\"",
                PATH + ":6:11: error: participants[0].kind: \"fire\" is not one of the allowed values",
                PATH + ":7:5: error: duplicate participant id \"beta\"",
                PATH + ":8:5: error: participants[1].amout: unknown field",
                PATH + ":9:5: error: participants[2]: expected a mapping of fields (key: value), found \"just text\"",
                PATH + ":10:8: error: tags[0]: month must be between 01 and 12, found \"2026-13\"",
                PATH + ":10:17: error: tags[1]: expected text, found a mapping");
        // The total lacks a required value, so the file lacks one; a participant's mistakes are its own.
        assertThat(file.complete()).isFalse();
        assertThat(file.entries("participants")).hasSize(2);
        assertThat(file.entries("participants").get(0).mistakes()).extracting(Diagnostic::message)
                .containsExactly("participants[0].kind: \"fire\" is not one of the allowed values");
    }

    @Test
    void aPartOfTheWrongShapeIsRefusedAtItsValue() throws Exception {
        Diagnostics problems = new Diagnostics();
        read("""
                company:
                total: 5
                participants: {id: beta}
                tags: {a: 1}
                """, problems);
        assertThat(problems.sorted()).extracting(Diagnostic::headline).containsExactly(
                PATH + ":1:1: error: company: required field has no value",
                PATH + ":2:8: error: total: expected a mapping of fields (key: value), found \"5\"",
                PATH + ":3:15: error: participants: expected a list of entries (lines starting with \"- \"), found a "
                        + "mapping",
                PATH + ":4:7: error: tags: expected a list, found a mapping");
    }

    @Test
    void anEmptyTextIsAValueOfTheWrongFormUnlessPlainText() throws Exception {
        Diagnostics problems = new Diagnostics();
        read("""
                company: Acme
                total: {amount: $1B, status: ""}
                participants:
                  - id: beta
                    amount: ""
                    kind: ""
                """, problems);
        assertThat(problems.sorted()).extracting(Diagnostic::headline).containsExactly(
                PATH + ":2:31: error: total.status: must not be empty",
                PATH + ":5:14: error: participants[0].amount: expected money like \"$50B\", \"$8 billion\" or "
                        + "\"up to $50 billion\", found \"\"");
    }

    @Test
    void aValueMistakeKeepsItsFormsHint() throws Exception {
        Diagnostics problems = new Diagnostics();
        read("""
                company: Acme
                total: {amount: $1234567890123456789012345678901, status: reported}
                """, problems);
        assertThat(problems.sorted()).extracting(Diagnostic::hint).singleElement().asString()
                .endsWith("a value has at most 30 digits");
    }

    @Test
    void aSyntaxFieldIsReadWithItsParser() throws Exception {
        BuiltInSchema ids = schema("ids.yaml", List.of(), List.of(), Map.of(), text("id"));
        ids = new BuiltInSchema(ids.what(), ids.table(), ids.required(), Map.of("id", ValueSyntax.ID), ids.parts());
        Diagnostics problems = new Diagnostics();
        YamlNode root = new YamlReader(1_000_000).read(new SourceFile(Path.of(PATH), PATH, "id: Founded\n"));
        BuiltInTable.readFile(ids, (YamlNode.Mapping) root, problems);
        assertThat(problems.sorted()).extracting(Diagnostic::headline).containsExactly(PATH + ":1:5: error: id: "
                + "expected an id of lowercase letters, digits and dashes like \"press-report\", found \"Founded\"");
    }

    @Test
    void theJsonSchemaNestsEachPart() {
        var schema = TableJsonSchema.entry(ROUND);
        assertThat(schema.at("/required").toString()).isEqualTo("[\"company\",\"total\"]");
        assertThat(schema.at("/properties/company/minLength").asInt()).isEqualTo(1);
        assertThat(schema.at("/properties/total/required").toString()).isEqualTo("[\"amount\",\"status\"]");
        assertThat(schema.at("/properties/participants/type").asText()).isEqualTo("array");
        assertThat(schema.at("/properties/participants/items/properties/kind/enum").toString())
                .isEqualTo("[\"cut\",\"hire\"]");
        assertThat(schema.at("/properties/participants/items/additionalProperties").asBoolean()).isFalse();
        assertThat(schema.at("/properties/tags/anyOf/1/type").asText()).isEqualTo("array");
        assertThat(schema.at("/properties/tags/anyOf/1/items/examples/0").asText()).isEqualTo("2015");
    }

    private static BuiltInEntry read(String yaml, Diagnostics problems) throws Exception {
        YamlNode root = new YamlReader(1_000_000).read(new SourceFile(Path.of(PATH), PATH, yaml));
        return BuiltInTable.readFile(ROUND, (YamlNode.Mapping) root, problems);
    }

    private static BuiltInSchema schema(String what, List<String> required, List<String> key,
                                        Map<String, BuiltInSchema.Part> parts, Field... fields) {
        return new BuiltInSchema(what, new TableSchema(List.of(fields), key, List.of(), List.of("")), required,
                Map.of(), parts);
    }

    private static Field text(String name) {
        return BuiltInTable.field(name, Optional.empty(), Field.Constraints.NONE, name);
    }

    private static Field kind(String name, Field.Kind kind) {
        return BuiltInTable.field(name, Optional.of(kind), Field.Constraints.NONE, name);
    }

    private static Field enumOf(String name, String... words) {
        return BuiltInTable.field(name, Optional.empty(), new Field.Constraints(false, false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of((Object[]) words), Optional.empty()), name);
    }

    private static Field part(String name, Field.Type type) {
        return new Field(name, type, "default", Optional.empty(), Optional.empty(), Field.Constraints.NONE,
                Field.Lexical.DEFAULT, Optional.empty(), Optional.empty(), 0, SourceLocation.file("built-in"));
    }
}
