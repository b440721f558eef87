package briefing.dataset;

import briefing.source.ValueSyntax;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.TreeSet;

/**
 * A Table Schema as the JSON Schema of one row written as a YAML mapping ({@code field: value}), for editor
 * completion of a built-in file: each field with the form its type or kind takes (our kinds with the same
 * descriptions and examples as every other file's values), its description and constraints; or a built-in data
 * file's {@link BuiltInSchema}, its parts nested.
 */
public final class TableJsonSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TableJsonSchema() {
    }

    /**
     * @param required the fields every row needs (besides the primary key's and those whose constraints say so)
     */
    public static ObjectNode row(TableSchema schema, Collection<String> required) {
        ObjectNode row = JSON.objectNode().put("type", "object");
        ObjectNode properties = row.putObject("properties");
        TreeSet<String> needed = new TreeSet<>(required);
        needed.addAll(schema.primaryKey());
        for (Field f : schema.fields()) {
            ObjectNode value = value(f);
            f.description().ifPresent(d -> value.put("description", d));
            Field.Constraints c = f.constraints();
            if (!c.enumValues().isEmpty()) {
                ArrayNode words = value.putArray("enum");
                c.enumValues().forEach(w -> words.add(String.valueOf(w)));
            }
            c.pattern().ifPresent(p -> value.put("pattern", "^(?:" + p.pattern() + ")$"));
            c.minLength().ifPresent(n -> value.put("minLength", n));
            c.maxLength().ifPresent(n -> value.put("maxLength", n));
            if (f.type() == Field.Type.NUMBER || f.type() == Field.Type.INTEGER) {
                c.minimum().ifPresent(m -> value.put("minimum", new java.math.BigDecimal(m.toString())));
                c.maximum().ifPresent(m -> value.put("maximum", new java.math.BigDecimal(m.toString())));
            }
            if (c.required()) {
                needed.add(f.name());
            }
            properties.set(f.name(), value);
        }
        ArrayNode list = row.putArray("required");
        needed.forEach(list::add);
        row.put("additionalProperties", false);
        return row;
    }

    /**
     * A built-in file, or one entry of it, as the JSON Schema of its YAML mapping: each field's form (its syntax's,
     * or its type's and kind's), each part as the nested entry, list of entries or list of values it holds.
     */
    public static ObjectNode entry(BuiltInSchema schema) {
        ObjectNode entry = row(schema.table(), schema.required());
        ObjectNode properties = (ObjectNode) entry.get("properties");
        for (Field f : schema.table().fields()) {
            ObjectNode value = (ObjectNode) properties.get(f.name());
            java.util.Optional<BuiltInSchema.Part> part = schema.part(f.name());
            if (part.isPresent()) {
                value.removeAll();
                BuiltInSchema inner = part.get().schema();
                switch (part.get().shape()) {
                    case ENTRY -> value.setAll(entry(inner));
                    case ENTRIES -> value.put("type", "array").set("items", entry(inner));
                    case VALUES -> {
                        // A single value stands for a list of one, as editors often write.
                        ObjectNode item = entry(inner).with("properties").with(inner.table().fields().get(0).name());
                        item.remove("description");
                        ArrayNode any = value.putArray("anyOf");
                        any.add(item.deepCopy());
                        any.addObject().put("type", "array").set("items", item);
                    }
                }
                f.description().ifPresent(d -> value.put("description", d));
            } else if (schema.syntax().containsKey(f.name())) {
                value.removeAll();
                value.setAll(schema.syntax().get(f.name()).schema());
                f.description().ifPresent(d -> value.put("description", d));
            } else if (schema.required().contains(f.name()) && "string".equals(value.path("type").asText())
                    && !value.has("enum")) {
                value.put("minLength", 1); // a required text must not be empty
            }
        }
        if (entry.get("required").isEmpty()) {
            entry.remove("required");
        }
        return entry;
    }

    /** The form of one value: its kind's, or else its type's as YAML writes it. */
    private static ObjectNode value(Field f) {
        if (f.kind().isPresent()) {
            return switch (f.kind().get()) {
                case MONEY -> ValueSyntax.MONEY.schema();
                case COUNT -> ValueSyntax.COUNT.schema();
                case PERCENT -> ValueSyntax.PERCENT.schema();
                case DATE -> ValueSyntax.DATE.schema();
                case STATUS -> ValueSyntax.STATUS.schema();
                case QUALIFIER, SOURCE, COMPANY -> JSON.objectNode().put("type", "string");
            };
        }
        return switch (f.type()) {
            case STRING -> JSON.objectNode().put("type", "string");
            case NUMBER -> types("number", "string");
            case INTEGER -> types("integer", "string");
            case BOOLEAN -> types("boolean", "string");
            case YEAR -> types("integer", "string");
            case OBJECT, GEOJSON -> types("object", "string");
            case ARRAY -> types("array", "string");
            default -> JSON.objectNode();
        };
    }

    private static ObjectNode types(String... names) {
        ObjectNode node = JSON.objectNode();
        ArrayNode list = node.putArray("type");
        for (String n : names) {
            list.add(n);
        }
        return node;
    }
}
