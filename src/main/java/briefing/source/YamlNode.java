package briefing.source;

import briefing.diagnostic.SourceLocation;

import java.util.List;
import java.util.Map;

/** A YAML value with the position it was written at. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    SourceLocation location();

    /** What the node is, as an editor would say it ("text", "a list", "a mapping"). */
    String describe();

    /**
     * A scalar keeps its text as written: {@code 1.10} stays "1.10" and {@code NO} stays "NO", so binding
     * decides what it means, not YAML 1.1's implicit typing.
     *
     * @param location where the text itself starts: after an opening quote, or on the first line of a block
     *                 scalar ({@code |}, {@code >}), so positions inside the text can be mapped back to the file
     * @param indent   for block scalars, how far their lines are indented; 0 otherwise
     */
    record Scalar(String text, boolean isNull, SourceLocation location, int indent) implements YamlNode {
        public Scalar(String text, boolean isNull, SourceLocation location) {
            this(text, isNull, location, 0);
        }

        @Override
        public String describe() {
            return isNull ? "nothing" : "\"" + text + "\"";
        }
    }

    /** A key as written and where, so that errors about the key itself point at it. */
    record Key(String name, SourceLocation location) {
    }

    record Mapping(Map<String, Entry> entries, SourceLocation location) implements YamlNode {
        public record Entry(Key key, YamlNode value) {
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, SourceLocation location) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }
}
