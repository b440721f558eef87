package briefing.dataset;

import java.util.List;
import java.util.Optional;

/**
 * A Table Schema: the fields (columns) of a resource, in order, its keys and the texts that mean "no value".
 *
 * @param primaryKey    field names, in order; empty when the resource has none
 * @param missingValues texts read as a missing value; {@code [""]} unless the schema says otherwise
 */
public record TableSchema(List<Field> fields, List<String> primaryKey, List<ForeignKey> foreignKeys,
                          List<String> missingValues) {

    public TableSchema {
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        missingValues = List.copyOf(missingValues);
    }

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }

    /** The position of the field, or -1. */
    public int index(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Field> field(String name) {
        int index = index(name);
        return index < 0 ? Optional.empty() : Optional.of(fields.get(index));
    }

    /** The first field of the kind (the row's status, qualifier or source column). */
    public Optional<Field> fieldOfKind(Field.Kind kind) {
        int index = indexOfKind(kind);
        return index < 0 ? Optional.empty() : Optional.of(fields.get(index));
    }

    /** The position of the first field of the kind, or -1. A loop: it is asked for every row of large tables. */
    public int indexOfKind(Field.Kind kind) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).kind().orElse(null) == kind) {
                return i;
            }
        }
        return -1;
    }
}
