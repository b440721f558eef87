package briefing.source;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** The fields a loader asked a {@link Fields#schemaProbe() probe} for, as a JSON Schema object. */
final class SchemaRecorder {

    private sealed interface Property permits Value, Nested {
    }

    private record Value(ObjectNode schema) implements Property {
    }

    private record Nested(SchemaRecorder child, boolean list) implements Property {
    }

    private final Map<String, Property> properties = new LinkedHashMap<>();
    private final TreeSet<String> required = new TreeSet<>();

    void property(String key, ObjectNode schema, boolean isRequired) {
        // A loader may ask for a key twice (e.g. to test for it, then read it); the first description wins,
        // but asking for it as required anywhere makes it required.
        properties.putIfAbsent(key, new Value(schema));
        if (isRequired) {
            required.add(key);
        }
    }

    void nested(String key, SchemaRecorder child, boolean list, boolean isRequired) {
        properties.put(key, new Nested(child, list));
        if (isRequired) {
            required.add(key);
        }
    }

    ObjectNode toJson() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode props = schema.putObject("properties");
        properties.forEach((key, property) -> {
            if (property instanceof Value v) {
                props.set(key, v.schema());
            } else if (property instanceof Nested n) {
                ObjectNode item = n.child().toJson();
                props.set(key, n.list() ? JsonNodeFactory.instance.objectNode().put("type", "array").set("items", item)
                        : item);
            }
        });
        if (!required.isEmpty()) {
            ArrayNode list = schema.putArray("required");
            required.forEach(list::add);
        }
        schema.put("additionalProperties", false);
        return schema;
    }
}
