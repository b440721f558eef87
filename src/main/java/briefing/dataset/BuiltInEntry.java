package briefing.dataset;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.SourceLocation;
import briefing.source.YamlNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a built-in data file (the file itself, or an entry of one of its lists) as its {@link BuiltInSchema}
 * typed it: each value typed by its field, each part's entries or values, and where everything is written.
 *
 * @param path     where the entry is, as messages name it ({@code participants[2]}); empty for the file itself
 * @param values   by field: the typed value (as {@link Cell} documents for the field's type and kind, or the value
 *                 of its {@linkplain BuiltInSchema#syntax() syntax}), a {@code BuiltInEntry} for an entry part, a
 *                 list of them for an entries part, a list of {@link Cell}s for a values part; absent when not
 *                 written or refused
 * @param written  by field: the value as written, for fields whose key is there with a value (null included)
 * @param complete whether every required value is there and correct, in the entry and in its required parts
 * @param mistakes the errors found in the entry (its parts' included), in the order found
 */
public record BuiltInEntry(String path, SourceLocation location, Map<String, Object> values,
                           Map<String, YamlNode> written, boolean complete, List<Diagnostic> mistakes) {

    public BuiltInEntry {
        values = Map.copyOf(values);
        written = Map.copyOf(written);
        mistakes = List.copyOf(mistakes);
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(String field) {
        return Optional.ofNullable((T) values.get(field));
    }

    /** A value that is there (of a complete entry's required field). */
    @SuppressWarnings("unchecked")
    public <T> T value(String field) {
        return (T) values.get(field);
    }

    /** The entries of an entries part, in file order (none when absent). */
    @SuppressWarnings("unchecked")
    public List<BuiltInEntry> entries(String field) {
        return (List<BuiltInEntry>) values.getOrDefault(field, List.of());
    }

    /** The values of a values part, in file order (none when absent). */
    @SuppressWarnings("unchecked")
    public List<Cell> cells(String field) {
        return (List<Cell>) values.getOrDefault(field, List.of());
    }

    /** Whether the field is written with a value (which may have been refused). */
    public boolean has(String field) {
        YamlNode node = written.get(field);
        return node != null && !(node instanceof YamlNode.Scalar s && s.isNull());
    }

    /** The field's text exactly as written (Markdown keeps its positions), when it is a single non-null value. */
    public Optional<YamlNode.Scalar> scalar(String field) {
        return written.get(field) instanceof YamlNode.Scalar s && !s.isNull() ? Optional.of(s) : Optional.empty();
    }

    /** Where the field's value is written, or else where the entry starts. */
    public SourceLocation at(String field) {
        YamlNode node = written.get(field);
        return node == null ? location : node.location();
    }

    /** The field's path for messages: {@code participants[2].amount}. */
    public String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
