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
 * ({@code data}). Immutable; a class rather than a record only so that its rows are indexed by key once.
 */
public final class Resource {

    /** The characters a row key may be made of to be named in a figure reference ({@code {{ capex.meta.2025.amount }}}). */
    public static final Pattern KEY_PART = Pattern.compile("[A-Za-z0-9_-]+");

    private final String name;
    private final Optional<String> title;
    private final Optional<String> description;
    private final Optional<String> path;
    private final TableSchema schema;
    private final List<Row> rows;
    private final Optional<Status> status;
    private final Optional<Reference> source;
    private final SourceLocation location;
    /** Built once: lookups by key are what figure references, tables and charts do most. */
    private final Map<String, Row> byKey;

    public Resource(String name, Optional<String> title, Optional<String> description, Optional<String> path,
                    TableSchema schema, List<Row> rows, Optional<Status> status, Optional<Reference> source,
                    SourceLocation location) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.path = path;
        this.schema = schema;
        this.rows = List.copyOf(rows);
        this.status = status;
        this.source = source;
        this.location = location;
        Map<String, Row> index = new LinkedHashMap<>();
        for (Row row : this.rows) {
            key(row).ifPresent(k -> index.putIfAbsent(k, row));
        }
        this.byKey = java.util.Collections.unmodifiableMap(index);
    }

    public String name() {
        return name;
    }

    public Optional<String> title() {
        return title;
    }

    public Optional<String> description() {
        return description;
    }

    /** The CSV file as the descriptor names it (relative to the descriptor); empty for inline rows. */
    public Optional<String> path() {
        return path;
    }

    public TableSchema schema() {
        return schema;
    }

    /** In file order. */
    public List<Row> rows() {
        return rows;
    }

    /** The resource's {@code status}: the status of every row that has no status column value. */
    public Optional<Status> status() {
        return status;
    }

    /** The resource's {@code source}: a source id, the source of every row without its own. */
    public Optional<Reference> source() {
        return source;
    }

    /** Where the resource is declared in the descriptor. */
    public SourceLocation location() {
        return location;
    }

    /** The title a heading shows: the title, or else the name. */
    public String label() {
        return title.orElse(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Resource r && name.equals(r.name) && title.equals(r.title)
                && description.equals(r.description) && path.equals(r.path) && schema.equals(r.schema)
                && rows.equals(r.rows) && status.equals(r.status) && source.equals(r.source)
                && location.equals(r.location);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, title, description, path, schema, rows, status, source, location);
    }

    @Override
    public String toString() {
        return "Resource[" + name + ", " + rows.size() + " rows, " + location + "]";
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
        return byKey;
    }

    public Optional<Row> row(String key) {
        return Optional.ofNullable(byKey.get(key));
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
