package briefing.dataset;

import briefing.source.ValueParser;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in Table Schema of a built-in data file, or of one entry in it ({@code round.yaml}, a participant of
 * its {@code participants}): the preset a briefing's seven data files are read through. Its fields are a Table
 * Schema's, typed and constrained by the dataset machinery; what a standard table cannot hold, a YAML file does:
 * a field may be a {@link Part} holding one entry (an object such as the round's {@code total}), a list of
 * entries (the round's {@code participants}) or a list of values (a timeline event's {@code companies}), each
 * described by a built-in schema of its own.
 *
 * @param what     what messages call one entry ({@code duplicate participant id "amazon"})
 * @param table    the fields in the order the file's schema lists them; a part is a field of type object or
 *                 array. A primary key ({@code id}) is an id unique among the entries of one list
 * @param required the fields every entry needs, checked like every data file's ({@code participants[2].status:
 *                 required field is missing}) rather than as {@code required} constraints: the editor of a
 *                 built-in file wrote no constraints to be pointed at
 * @param syntax   fields written in a form of the editor-facing value model that a Table Schema type cannot
 *                 describe (an id, a web address, a closed word list with its own message), read with that
 *                 form's parser, whose JSON Schema they also take
 * @param parts    the fields that hold entries or lists, by name
 */
public record BuiltInSchema(String what, TableSchema table, List<String> required, Map<String, ValueParser<?>> syntax,
                            Map<String, Part> parts) {

    public BuiltInSchema {
        required = List.copyOf(required);
        syntax = Map.copyOf(syntax);
        parts = Map.copyOf(parts);
    }

    /** What a part holds. */
    public enum Shape {
        /** one entry (a mapping of fields) */
        ENTRY,
        /** a list of entries */
        ENTRIES,
        /** a list of values of the part schema's one field; a single value stands for a list of one */
        VALUES
    }

    /** A field holding entries or values, each described by {@code schema}. */
    public record Part(Shape shape, BuiltInSchema schema) {
    }

    /** The id field of the entries, when they have one. */
    public Optional<String> id() {
        return table.primaryKey().isEmpty() ? Optional.empty() : Optional.of(table.primaryKey().get(0));
    }

    public Optional<Part> part(String field) {
        return Optional.ofNullable(parts.get(field));
    }
}
