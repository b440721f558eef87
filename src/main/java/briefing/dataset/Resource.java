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
    /** The positions of the row's status, qualifier and source columns (-1 for none), of the primary key's fields and of the company columns: asked for every row. */
    private final int statusColumn;
    private final int qualifierColumn;
    private final int sourceColumn;
    private final int[] keyColumns;
    private final int[] companyColumns;

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
        this.statusColumn = schema.indexOfKind(Field.Kind.STATUS);
        this.qualifierColumn = schema.indexOfKind(Field.Kind.QUALIFIER);
        this.sourceColumn = schema.indexOfKind(Field.Kind.SOURCE);
        this.keyColumns = schema.primaryKey().stream().mapToInt(schema::index).toArray();
        java.util.List<Integer> companies = new java.util.ArrayList<>();
        for (int i = 0; i < schema.fields().size(); i++) {
            if (schema.fields().get(i).kind().orElse(null) == Field.Kind.COMPANY) {
                companies.add(i);
            }
        }
        this.companyColumns = companies.stream().mapToInt(Integer::intValue).toArray();
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
    public static final class Reference {
        private final String id;
        private final SourceLocation location;
        /** The cell the id is written in, located only when asked (a message about it), or null. */
        private final Cell cell;

        public Reference(String id, SourceLocation location) {
            this.id = id;
            this.location = java.util.Objects.requireNonNull(location, "location");
            this.cell = null;
        }

        private Reference(String id, Cell cell) {
            this.id = id;
            this.location = null;
            this.cell = cell;
        }

        public String id() {
            return id;
        }

        public SourceLocation location() {
            return location != null ? location : cell.location();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Reference r && id.equals(r.id) && location().equals(r.location());
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(id, location());
        }

        @Override
        public String toString() {
            return "Reference[id=" + id + ", location=" + location() + "]";
        }
    }

    /**
     * The row's key as a figure reference names it: the primary key's values in order, joined by {@code .}; empty
     * when the resource has no primary key or a key value has characters outside {@link #KEY_PART}.
     */
    public Optional<String> key(Row row) {
        if (keyColumns.length == 0) {
            return Optional.empty();
        }
        if (keyColumns.length == 1) {
            Cell cell = row.cell(keyColumns[0]);
            return cell.isMissing() || !keyPart(cell.text()) ? Optional.empty() : Optional.of(cell.text());
        }
        StringBuilder key = new StringBuilder();
        for (int column : keyColumns) {
            Cell cell = row.cell(column);
            if (cell.isMissing() || !keyPart(cell.text())) {
                return Optional.empty();
            }
            key.append(key.isEmpty() ? "" : ".").append(cell.text());
        }
        return Optional.of(key.toString());
    }

    /** Whether the text matches {@link #KEY_PART}, without a matcher per row. */
    private static boolean keyPart(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
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
        Cell cell = statusColumn < 0 ? null : row.cell(statusColumn);
        return cell == null || cell.isMissing() ? status : Optional.of((Status) cell.value());
    }

    /** The row's qualifier ("about", "up to"), from its qualifier column; empty when there is none or it is empty. */
    public Optional<briefing.value.Qualifier> qualifier(Row row) {
        Cell cell = qualifierColumn < 0 ? null : row.cell(qualifierColumn);
        return cell == null || cell.isMissing() ? Optional.empty()
                : Optional.of((briefing.value.Qualifier) cell.value());
    }

    /** The row's source id: its source column's value, or else the resource's {@code source}. */
    public Optional<Reference> source(Row row) {
        Cell cell = sourceColumn < 0 ? null : row.cell(sourceColumn);
        return cell == null || cell.isMissing() ? source
                : Optional.of(new Reference((String) cell.value(), cell));
    }

    /** The company ids the row names in its company columns, in column order. */
    public List<String> companies(Row row) {
        if (companyColumns.length == 0) {
            return List.of();
        }
        List<String> ids = new java.util.ArrayList<>(companyColumns.length);
        for (int column : companyColumns) {
            Cell cell = row.cell(column);
            if (!cell.isMissing() && !ids.contains((String) cell.value())) {
                ids.add((String) cell.value());
            }
        }
        return List.copyOf(ids);
    }
}
