package briefing.source;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.value.ValueFormatException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads the fields of one YAML mapping into typed values, recording every problem instead of stopping at the
 * first. Every key a loader asks for becomes a known key, so {@link #rejectUnknown()} can report the rest with a
 * "did you mean" without a second list of field names to keep in step.
 *
 * <p>Accessors return {@code null} or empty when a value is missing or invalid; the error is already recorded and
 * the loader goes on, so that one run reports every mistake.
 */
public final class Fields {

    private final YamlNode.Mapping mapping;
    private final String path;
    private final Diagnostics problems;
    private final TreeSet<String> known = new TreeSet<>();
    /** Set only on a schema probe: every field asked for is described here instead of read. */
    private final SchemaRecorder schema;

    private Fields(YamlNode.Mapping mapping, String path, Diagnostics problems, SchemaRecorder schema) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
        this.schema = schema;
    }

    /**
     * Fields that read nothing and instead record, as JSON Schema, every field a loader asks for: run a loader's
     * binding code on a probe and you get the schema of its file, from the same code that reads it. Lists and
     * nested mappings yield one probe entry each, so nested binding runs too.
     */
    public static Fields schemaProbe() {
        return new Fields(new YamlNode.Mapping(Map.of(), SourceLocation.file("schema")), "", new Diagnostics(),
                new SchemaRecorder());
    }

    /** Whether these are a {@link #schemaProbe() probe}'s fields, which hold nothing to check. */
    public boolean isSchemaProbe() {
        return schema != null;
    }

    /** The JSON Schema a probe recorded. */
    public ObjectNode schema() {
        if (schema == null) {
            throw new IllegalStateException("only a schema probe records a schema");
        }
        return schema.toJson();
    }

    private void describe(String key, ObjectNode valueSchema, boolean required) {
        if (schema != null) {
            schema.property(key, valueSchema, required);
        }
    }

    /**
     * The top of a file or front matter, which must be a mapping. An empty file yields an empty mapping so that
     * the loader reports the fields it requires.
     */
    public static Optional<Fields> of(YamlNode node, Diagnostics problems) {
        return of(node, "", problems);
    }

    /**
     * The top of a whole file whose fields {@code schema} describes (recorded by a {@link #schemaProbe() probe}):
     * an empty file (or one with only comments) is reported with the fields it needs, taken from the schema so
     * the list cannot drift from what the loader reads.
     */
    public static Optional<Fields> of(YamlNode node, Diagnostics problems, Supplier<ObjectNode> schema) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            SourceLocation at = node.location();
            String file = at.path().substring(at.path().lastIndexOf('/') + 1);
            ObjectNode described = schema.get();
            ObjectNode properties = (ObjectNode) described.path("properties");
            List<String> required = new ArrayList<>();
            described.path("required").forEach(k -> required.add(k.asText()));
            List<String> needed = new ArrayList<>();
            properties.fieldNames().forEachRemaining(k -> {
                if (required.contains(k)) {
                    needed.add(k);
                }
            });
            String message = needed.isEmpty()
                    ? "empty file; " + file + " takes: " + String.join(", ", iterable(properties.fieldNames()))
                    : "empty file; " + file + " needs: " + String.join(", ", needed);
            problems.error(new SourceLocation(at.path(), 1, 1), message,
                    "write the file's fields (see docs/data.md), or delete the file if there is nothing to put in it");
            return Optional.empty();
        }
        return of(node, "", problems);
    }

    private static Iterable<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    private static Optional<Fields> of(YamlNode node, String path, Diagnostics problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(m, path, problems, null));
        }
        if (node instanceof YamlNode.Scalar s && s.isNull() && path.isEmpty()) {
            problems.error(node.location(), "file is empty", "see docs/data.md for the fields this file takes");
            return Optional.empty();
        }
        problems.error(node.location(), (path.isEmpty() ? "" : path + ": ") + "expected a mapping of fields (key: value), found "
                + node.describe());
        return Optional.empty();
    }

    public SourceLocation location() {
        return mapping.location();
    }

    /** Where the value of {@code key} is, or where this mapping starts when the key is absent. */
    public SourceLocation location(String key) {
        YamlNode.Mapping.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.location() : entry.value().location();
    }

    /** The dotted path of a field for messages, e.g. {@code investments[2].amount}. */
    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        // A key the loader only tests for is still one it accepts: a probe records it as any value, unless the
        // loader describes it (first description wins).
        describe(key, ANY.get(), false);
        known.add(key);
        YamlNode.Mapping.Entry entry = mapping.entries().get(key);
        return entry != null && !(entry.value() instanceof YamlNode.Scalar s && s.isNull());
    }

    public Optional<String> text(String key) {
        describe(key, TEXT.get(), false);
        return scalar(key, false).map(s -> s.text().strip()).filter(t -> !t.isEmpty());
    }

    public String requiredText(String key) {
        describe(key, TEXT.get().put("minLength", 1), true);
        Optional<YamlNode.Scalar> scalar = scalar(key, true);
        if (scalar.isEmpty()) {
            return null;
        }
        String text = scalar.get().text().strip();
        if (text.isEmpty()) {
            problems.error(scalar.get().location(), path(key) + ": must not be empty");
            return null;
        }
        return text;
    }

    public <T> Optional<T> optional(String key, ValueParser<T> parser) {
        describe(key, parser.schema(), false);
        return scalar(key, false).flatMap(s -> parse(key, s, parser));
    }

    public <T> T required(String key, ValueParser<T> parser) {
        describe(key, parser.schema(), true);
        return scalar(key, true).flatMap(s -> parse(key, s, parser)).orElse(null);
    }

    public boolean flag(String key, boolean fallback) {
        return optional(key, ValueSyntax.BOOLEAN).orElse(fallback);
    }

    /** A list of plain texts; a single scalar is accepted as a list of one, as editors often write. */
    public List<String> texts(String key) {
        known.add(key);
        describe(key, TEXTS.get(), false);
        YamlNode.Mapping.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            return List.of();
        }
        YamlNode value = entry.value();
        List<String> out = new ArrayList<>();
        if (value instanceof YamlNode.Scalar s) {
            if (!s.isNull() && !s.text().isBlank()) {
                out.add(s.text().strip());
            }
        } else if (value instanceof YamlNode.Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                YamlNode item = seq.items().get(i);
                if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                    out.add(s.text().strip());
                } else {
                    problems.error(item.location(), path(key) + "[" + i + "]: expected text, found " + item.describe());
                }
            }
        } else {
            problems.error(value.location(), path(key) + ": expected a list of texts, found " + value.describe());
        }
        return out;
    }

    /** The scalars of a list with their positions, for lists of references that are checked later. */
    public List<YamlNode.Scalar> scalars(String key) {
        known.add(key);
        describe(key, TEXTS.get(), false);
        YamlNode.Mapping.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            return List.of();
        }
        YamlNode value = entry.value();
        if (value instanceof YamlNode.Scalar s) {
            return s.isNull() ? List.of() : List.of(s);
        }
        List<YamlNode.Scalar> out = new ArrayList<>();
        if (value instanceof YamlNode.Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                YamlNode item = seq.items().get(i);
                if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                    out.add(new YamlNode.Scalar(s.text().strip(), false, s.location()));
                } else {
                    problems.error(item.location(), path(key) + "[" + i + "]: expected text, found " + item.describe());
                }
            }
        } else {
            problems.error(value.location(), path(key) + ": expected a list, found " + value.describe());
        }
        return out;
    }

    public Optional<Fields> record(String key, boolean required) {
        known.add(key);
        if (schema != null) {
            Fields child = new Fields(mapping, path(key), new Diagnostics(), new SchemaRecorder());
            schema.nested(key, child.schema, false, required);
            return Optional.of(child);
        }
        YamlNode.Mapping.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        return of(entry.value(), path(key), problems);
    }

    /** A list of mappings (rows), each read with its index in the path: {@code investments[2]}. */
    public List<Fields> records(String key, boolean required) {
        known.add(key);
        if (schema != null) {
            Fields child = new Fields(mapping, path(key) + "[]", new Diagnostics(), new SchemaRecorder());
            schema.nested(key, child.schema, true, required);
            return List.of(child);
        }
        YamlNode.Mapping.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        if (!(entry.value() instanceof YamlNode.Sequence seq)) {
            problems.error(entry.value().location(), path(key) + ": expected a list of entries (lines starting with \"- \"), found "
                    + entry.value().describe());
            return List.of();
        }
        List<Fields> rows = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            of(seq.items().get(i), path(key) + "[" + i + "]", problems).ifPresent(rows::add);
        }
        return rows;
    }

    /** Reports every key nobody asked for, with the closest known key as a suggestion. */
    public void rejectUnknown() {
        for (YamlNode.Mapping.Entry entry : mapping.entries().values()) {
            String name = entry.key().name();
            if (!known.contains(name)) {
                problems.error(entry.key().location(), path(name) + ": unknown field",
                        Suggestion.hint(name, known));
            }
        }
    }

    /**
     * The value of {@code key} as written, of any shape, for values a loader walks itself (a data package's inline
     * rows); empty when absent or null.
     */
    public Optional<YamlNode> node(String key) {
        describe(key, ANY.get(), false);
        known.add(key);
        YamlNode.Mapping.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** The raw scalar with its position, for text whose inside positions matter (Markdown prose). */
    public Optional<YamlNode.Scalar> scalar(String key) {
        describe(key, TEXT.get(), false);
        return scalar(key, false);
    }

    private Optional<YamlNode.Scalar> scalar(String key, boolean required) {
        known.add(key);
        YamlNode.Mapping.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        YamlNode value = entry.value();
        if (value instanceof YamlNode.Scalar s) {
            if (s.isNull()) {
                if (required) {
                    problems.error(entry.key().location(), path(key) + ": required field has no value");
                }
                return Optional.empty();
            }
            return Optional.of(s);
        }
        problems.error(value.location(), path(key) + ": expected a single value, found " + value.describe());
        return Optional.empty();
    }

    /** Any value: the schema of a key the loader accepts without reading it as one form. */
    private static final java.util.function.Supplier<ObjectNode> ANY = JsonNodeFactory.instance::objectNode;

    private static final java.util.function.Supplier<ObjectNode> TEXT =
            () -> JsonNodeFactory.instance.objectNode().put("type", "string");

    /** A list of texts, or one text standing for a list of one. */
    private static final java.util.function.Supplier<ObjectNode> TEXTS = () -> {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.putArray("anyOf").add(TEXT.get())
                .add(JsonNodeFactory.instance.objectNode().put("type", "array").set("items", TEXT.get()));
        return schema;
    };

    private void missing(String key) {
        problems.error(mapping.location(), path(key) + ": required field is missing",
                "add `" + key + ":` to this entry");
    }

    private <T> Optional<T> parse(String key, YamlNode.Scalar scalar, ValueParser<T> parser) {
        try {
            return Optional.of(parser.parse(scalar.text().strip()));
        } catch (ValueFormatException e) {
            problems.error(scalar.location(), path(key) + ": " + e.getMessage(), e.hint().orElse(null));
            return Optional.empty();
        }
    }

}
