package briefing.dataset;

import briefing.diagnostic.SourceLocation;
import briefing.value.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One table of a data package: its schema and its rows, read from a CSV file ({@code path}) or from inline rows
 * ({@code data}).
 *
 * @param path          the CSV file as the descriptor names it (relative to the descriptor), empty for inline rows
 * @param status        the resource's {@code status}: the status of every row that has no status column value
 * @param source        the resource's {@code source}: a source id, the source of every row without its own
 * @param location      where the resource is declared in the descriptor
 */
public record Resource(
        String name,
        Optional<String> title,
        Optional<String> description,
        Optional<String> path,
        TableSchema schema,
        List<Row> rows,
        Optional<Status> status,
        Optional<Reference> source,
        SourceLocation location) {

    /** The characters a row key may be made of to be named in a figure reference ({@code {{ capex.meta.2025.amount }}}). */
    public static final Pattern KEY_PART = Pattern.compile("[A-Za-z0-9_-]+");

    public Resource {
        rows = List.copyOf(rows);
    }

    /** A name (a source id) written somewhere, with where, so a miss can be reported there. */
    public record Reference(String id, SourceLocation location) {
    }

    /**
     * The row's key as a figure reference names it: the primary key's values in order, joined by {@code .}; empty
     * when the resource has no primary key or a key value has characters outside {@link #KEY_PART}.
     */
    public Optional<String> key(Row row) {
        if (schema.primaryKey().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        for (String name : schema.primaryKey()) {
            Cell cell = row.cell(schema.index(name));
            if (cell.isMissing() || !KEY_PART.matcher(cell.text()).matches()) {
                return Optional.empty();
            }
            key.append(key.isEmpty() ? "" : ".").append(cell.text());
        }
        return Optional.of(key.toString());
    }

    /** The rows by {@link #key(Row)}, in file order; rows that cannot be named are left out. */
    public Map<String, Row> rowsByKey() {
        Map<String, Row> out = new LinkedHashMap<>();
        for (Row row : rows) {
            key(row).ifPresent(k -> out.putIfAbsent(k, row));
        }
        return out;
    }

    public Optional<Row> row(String key) {
        return Optional.ofNullable(rowsByKey().get(key));
    }

    /** The value of {@code field} in {@code row}, or empty when the field is unknown. */
    public Optional<Cell> cell(Row row, String field) {
        int index = schema.index(field);
        return index < 0 ? Optional.empty() : Optional.of(row.cell(index));
    }

    /** The row's status: its status column's value, or else the resource's {@code status}. */
    public Optional<Status> status(Row row) {
        return schema.fieldOfKind(Field.Kind.STATUS)
                .map(f -> row.cell(schema.index(f.name())))
                .filter(c -> !c.isMissing())
                .map(c -> (Status) c.value())
                .or(this::status);
    }

    /** The row's qualifier ("about", "up to"), from its qualifier column; empty when there is none or it is empty. */
    public Optional<briefing.value.Qualifier> qualifier(Row row) {
        return schema.fieldOfKind(Field.Kind.QUALIFIER)
                .map(f -> row.cell(schema.index(f.name())))
                .filter(c -> !c.isMissing())
                .map(c -> (briefing.value.Qualifier) c.value());
    }

    /** The row's source id: its source column's value, or else the resource's {@code source}. */
    public Optional<Reference> source(Row row) {
        return schema.fieldOfKind(Field.Kind.SOURCE)
                .map(f -> row.cell(schema.index(f.name())))
                .filter(c -> !c.isMissing())
                .map(c -> new Reference((String) c.value(), c.location()))
                .or(this::source);
    }

    /** The company ids the row names in its company columns, in column order. */
    public List<String> companies(Row row) {
        return schema.fields().stream().filter(f -> f.kind().orElse(null) == Field.Kind.COMPANY)
                .map(f -> row.cell(schema.index(f.name())))
                .filter(c -> !c.isMissing())
                .map(c -> (String) c.value())
                .distinct()
                .toList();
    }
}
