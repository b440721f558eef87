package briefing.source;

import briefing.value.ValueFormatException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Supplier;

/**
 * Turns a scalar's text into a typed value, or says what form was expected. It also describes the accepted text
 * as JSON Schema, so the schemas editors' tools use come from the very parsers the loaders run.
 */
@FunctionalInterface
public interface ValueParser<T> {

    T parse(String text) throws ValueFormatException;

    /** The JSON Schema of the values this accepts; plain text unless described. */
    default ObjectNode schema() {
        return JsonNodeFactory.instance.objectNode().put("type", "string");
    }

    static <T> ValueParser<T> described(ValueParser<T> parser, Supplier<ObjectNode> schema) {
        return new ValueParser<>() {
            @Override
            public T parse(String text) throws ValueFormatException {
                return parser.parse(text);
            }

            @Override
            public ObjectNode schema() {
                return schema.get();
            }
        };
    }
}
