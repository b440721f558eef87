package briefing.dataset;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.source.YamlNode;
import briefing.value.ValueFormatException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the texts of a resource (CSV records or inline rows) into typed rows, checking each value against its field. */
final class TableReader {

    private final TableSchema schema;
    private final Diagnostics problems;
    /** Per unique field: value -> where it was first seen. */
    private final List<Map<Object, Place>> seen = new ArrayList<>();

    /**
     * Where a value is: a location, or value {@code column} of a CSV record, located only when a message needs it
     * ({@link CsvTable.Line#location(int)}).
     */
    private record Place(SourceLocation at, CsvTable.Line line, int column) {
        SourceLocation location() {
            return at != null ? at : line.location(column);
        }

        Cell cell(String text, Object value) {
            return at != null ? new Cell(text, value, at) : new Cell(text, value, line, column);
        }
    }

    /**
     * Whether the rows are a built-in file's (the desk's deal ledger), whose values are named in messages by where
     * the editor wrote them ({@code deals[2].amount}) rather than by field, with their forms' own hints.
     */
    private final boolean builtIn;
    /** What a built-in file's row is, for hints ("add `id:` to this deal"). */
    private final String entry;

    TableReader(TableSchema schema, Diagnostics problems) {
        this(schema, problems, null);
    }

    /** @param entry what a row of a built-in file is ({@code deal}), or null for a data package's resource */
    TableReader(TableSchema schema, Diagnostics problems, String entry) {
        this.schema = schema;
        this.problems = problems;
        this.builtIn = entry != null;
        this.entry = entry;
        schema.fields().forEach(f -> seen.add(new HashMap<>()));
    }

    List<Row> csv(CsvTable table, boolean header, String path) {
        List<CsvTable.Line> lines = table.rows();
        List<String> names = schema.fieldNames();
        // column -> field index, or -1 for a column the schema does not know
        int[] fieldOf = new int[names.size()];
        for (int i = 0; i < fieldOf.length; i++) {
            fieldOf[i] = i;
        }
        int columns = names.size();
        int first = 0;
        if (header) {
            if (lines.isEmpty()) {
                problems.error(SourceLocation.file(path), "CSV file is empty; expected a header row",
                        "the first line names the columns: " + String.join(",", names));
                return List.of();
            }
            CsvTable.Line head = lines.get(0);
            first = 1;
            columns = head.cells().size();
            fieldOf = new int[columns];
            boolean[] found = new boolean[names.size()];
            for (int c = 0; c < columns; c++) {
                String cell = head.cells().get(c);
                int index = schema.index(cell);
                if (index >= 0 && found[index]) {
                    problems.error(head.location(c), "header: column \"" + DatasetLoader.cut(cell)
                            + "\" appears twice", "each field is one column");
                    index = -1;
                } else if (index < 0) {
                    problems.error(head.location(c), "header: column \"" + DatasetLoader.cut(cell)
                                    + "\" is not a field of the schema",
                            Optional.ofNullable(Suggestion.hint(cell, names))
                                    .orElse("add it to the schema's fields or remove the column"));
                } else {
                    found[index] = true;
                }
                fieldOf[c] = index;
            }
            for (int i = 0; i < names.size(); i++) {
                if (!found[i]) {
                    problems.error(head.location(), "header: no column for field \"" + names.get(i) + "\"",
                            "add a column named " + names.get(i) + ", or remove the field from the schema");
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int l = first; l < lines.size(); l++) {
            CsvTable.Line line = lines.get(l);
            List<String> cells = line.cells();
            if (cells.size() != columns) {
                SourceLocation at = cells.size() > columns ? line.location(columns) : line.location();
                problems.error(at, "row has " + cells.size() + " value" + (cells.size() == 1 ? "" : "s")
                                + ", the header has " + columns,
                        cells.size() > columns ? "remove the extra values, or quote a value that holds a comma"
                                : "add the missing values (an empty value is written as nothing between commas)");
                continue;
            }
            String[] texts = new String[names.size()];
            int[] at = new int[names.size()];
            java.util.Arrays.fill(at, -1);
            for (int c = 0; c < columns; c++) {
                if (fieldOf[c] >= 0) {
                    texts[fieldOf[c]] = cells.get(c);
                    at[fieldOf[c]] = c;
                }
            }
            rows.add(row(rows.size() + 1, line, texts, at));
        }
        return rows;
    }

    /** Inline {@code data}: a list of objects, or a list of lists whose first is the header. */
    List<Row> inline(YamlNode data, String path) {
        if (!(data instanceof YamlNode.Sequence seq)) {
            problems.error(data.location(), path + ": expected a list of rows, found " + data.describe());
            return List.of();
        }
        List<String> names = schema.fieldNames();
        List<Row> rows = new ArrayList<>();
        if (!seq.items().isEmpty() && seq.items().get(0) instanceof YamlNode.Sequence) {
            List<String> header = new ArrayList<>();
            List<YamlNode> items = seq.items();
            YamlNode.Sequence head = (YamlNode.Sequence) items.get(0);
            for (YamlNode h : head.items()) {
                String name = h instanceof YamlNode.Scalar s ? s.text() : "";
                if (schema.index(name) < 0) {
                    problems.error(h.location(), path + "[0]: column \"" + DatasetLoader.cut(name)
                            + "\" is not a field of the schema", Suggestion.hint(name, names));
                }
                header.add(name);
            }
            for (String name : names) {
                if (!header.contains(name)) {
                    problems.error(head.location(), path + "[0]: no column for field \"" + name + "\"",
                            "the first row names the columns");
                }
            }
            for (int i = 1; i < items.size(); i++) {
                if (!(items.get(i) instanceof YamlNode.Sequence r)) {
                    problems.error(items.get(i).location(), path + "[" + i + "]: expected a list of values, found "
                            + items.get(i).describe());
                    continue;
                }
                if (r.items().size() != header.size()) {
                    problems.error(r.location(), path + "[" + i + "]: row has " + r.items().size()
                            + " values, the header has " + header.size());
                    continue;
                }
                String[] texts = new String[names.size()];
                SourceLocation[] at = new SourceLocation[names.size()];
                for (int c = 0; c < header.size(); c++) {
                    int index = schema.index(header.get(c));
                    if (index >= 0) {
                        texts[index] = scalar(r.items().get(c), path + "[" + i + "][" + c + "]");
                        at[index] = r.items().get(c).location();
                    }
                }
                rows.add(row(rows.size() + 1, r.location(), texts, at, null));
            }
            return rows;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            if (!(item instanceof YamlNode.Mapping m)) {
                problems.error(item.location(), path + "[" + i + "]: expected a row (field: value), found "
                        + item.describe());
                continue;
            }
            String[] texts = new String[names.size()];
            SourceLocation[] at = new SourceLocation[names.size()];
            for (YamlNode.Mapping.Entry e : m.entries().values()) {
                int index = schema.index(e.key().name());
                if (index < 0) {
                    problems.error(e.key().location(), path + "[" + i + "]." + e.key().name()
                            + (builtIn ? ": unknown field" : ": not a field of the schema"),
                            Suggestion.hint(e.key().name(), names));
                    continue;
                }
                texts[index] = scalar(e.value(), path + "[" + i + "]." + e.key().name());
                at[index] = e.value().location();
            }
            rows.add(row(rows.size() + 1, m.location(), texts, at, builtIn ? path + "[" + i + "]" : null));
        }
        return rows;
    }

    /** The text of an inline value; null for a YAML null ({@code ~} or nothing), which is a missing value. */
    private String scalar(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s) {
            return s.isNull() ? null : s.text();
        }
        // An object or array field's value written as YAML: kept as JSON text, which the type then reads.
        if (node instanceof YamlNode.Mapping || node instanceof YamlNode.Sequence) {
            return json(node);
        }
        problems.error(node.location(), path + ": expected a single value, found " + node.describe());
        return "";
    }

    private static String json(YamlNode node) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        return toJson(node, mapper).toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode toJson(YamlNode node,
                                                                 com.fasterxml.jackson.databind.ObjectMapper mapper) {
        if (node instanceof YamlNode.Mapping m) {
            var out = mapper.createObjectNode();
            m.entries().forEach((k, e) -> out.set(k, toJson(e.value(), mapper)));
            return out;
        } else if (node instanceof YamlNode.Sequence s) {
            var out = mapper.createArrayNode();
            s.items().forEach(i -> out.add(toJson(i, mapper)));
            return out;
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        if (s.isNull()) {
            return mapper.nullNode();
        }
        try {
            return mapper.readTree(s.text());
        } catch (Exception e) {
            return mapper.getNodeFactory().textNode(s.text());
        }
    }

    /** A CSV record's row: {@code columns[i]} is the record's value for field i, or -1 when the file has none. */
    private Row row(int number, CsvTable.Line line, String[] texts, int[] columns) {
        List<Cell> cells = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            Place where = columns[i] < 0 ? new Place(line.location(), null, 0) : new Place(null, line, columns[i]);
            cells.add(cell(schema.fields().get(i), i, texts[i], where));
        }
        return new Row(number, line.location(), cells);
    }

    /** @param entry where a built-in file's row is written ({@code deals[2]}), naming its values; else null */
    private Row row(int number, SourceLocation location, String[] texts, SourceLocation[] at, String entry) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Field field = schema.fields().get(i);
            SourceLocation where = at[i] == null ? location : at[i];
            // An inline row without the key, or with a YAML null, has no value, whatever missingValues says.
            cells.add(entry == null ? cell(field, i, texts[i], new Place(where, null, 0))
                    : cell(field, i, texts[i], new Place(where, null, 0), entry + "." + field.name(), true));
        }
        return new Row(number, location, cells);
    }

    private Cell cell(Field field, int index, String text, Place at) {
        return cell(field, index, text, at, "field \"" + field.name() + "\"", false);
    }

    /**
     * One value of a built-in file ({@link BuiltInTable}), checked like a table's but named in messages by where
     * the editor wrote it ({@code sources[0].date}), with its form's own hint (its editor wrote no schema to point
     * at).
     */
    Cell cell(Field field, String text, SourceLocation at, String name) {
        return cell(field, schema.index(field.name()), text, new Place(at, null, 0), name, true);
    }

    private Cell cell(Field field, int index, String text, Place at, String name, boolean builtIn) {
        boolean inKey = schema.primaryKey().contains(field.name());
        if (text == null || schema.missingValues().contains(text)) {
            if ((field.constraints().required() || inKey) && builtIn) {
                if (text == null) {
                    problems.error(at.location(), name + ": required field is missing", "add `" + field.name()
                            + ":` to this " + (entry == null ? "entry" : entry));
                } else {
                    problems.error(at.location(), name + ": must not be empty");
                }
            }
            text = text == null ? "" : text;
            if (builtIn) {
                return at.cell(text, null);
            } else if (field.constraints().required() || inKey) {
                problems.error(at.location(), name + ": a value is required", inKey
                        ? "the field is part of the primary key, which every row needs"
                        : "the field's constraints say `required: true`");
            }
            return at.cell(text, null);
        }
        Object standard;
        try {
            standard = ValueReader.standard(field, text);
        } catch (ValueFormatException e) {
            problems.error(at.location(), name + ": expected " + ValueReader.expected(field) + ", found \""
                    + DatasetLoader.cut(text) + "\"", "the field is of type " + field.type().id()
                    + (field.format().equals("default") ? "" : " with format " + field.format()));
            return at.cell(text, null);
        }
        if (!constraints(field, name, text, standard, at)) {
            return at.cell(text, null);
        }
        Object value;
        try {
            value = ValueReader.kind(field, text, standard);
        } catch (ValueFormatException e) {
            problems.error(at.location(), name + ": " + e.getMessage().replace("\"" + e.found() + "\"",
                    "\"" + DatasetLoader.cut(e.found()) + "\""), builtIn ? e.hint().orElse(null)
                    : "the field is of kind " + field.kind().get().id());
            return at.cell(text, null);
        }
        if (field.constraints().unique()) {
            Place first = seen.get(index).putIfAbsent(standard, at);
            if (first != null) {
                problems.error(at.location(), name + ": \"" + DatasetLoader.cut(text) + "\" is not unique",
                        "the same value is at " + first.location() + "; the field's constraints say `unique: true`");
            }
        }
        return at.cell(text, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean constraints(Field field, String name, String text, Object value, Place at) {
        Field.Constraints c = field.constraints();
        String shown = "\"" + DatasetLoader.cut(text) + "\"";
        boolean ok = true;
        if (c.minimum().isPresent() && value instanceof Comparable v && v.compareTo(c.minimum().get()) < 0) {
            problems.error(at.location(), name + ": " + shown + " is below the minimum " + c.minimum().get(),
                    "the field's constraints say `minimum: " + c.minimum().get() + "`");
            ok = false;
        }
        if (c.maximum().isPresent() && value instanceof Comparable v && v.compareTo(c.maximum().get()) > 0) {
            problems.error(at.location(), name + ": " + shown + " is above the maximum " + c.maximum().get(),
                    "the field's constraints say `maximum: " + c.maximum().get() + "`");
            ok = false;
        }
        int length = value instanceof com.fasterxml.jackson.databind.JsonNode node ? node.size()
                : text.codePointCount(0, text.length());
        if (c.minLength().isPresent() && length < c.minLength().get()) {
            problems.error(at.location(), name + ": " + shown + " is shorter than the minimum length " + c.minLength().get(),
                    "the field's constraints say `minLength: " + c.minLength().get() + "`");
            ok = false;
        }
        if (c.maxLength().isPresent() && length > c.maxLength().get()) {
            problems.error(at.location(), name + ": " + shown + " is longer than the maximum length " + c.maxLength().get(),
                    "the field's constraints say `maxLength: " + c.maxLength().get() + "`");
            ok = false;
        }
        if (!c.enumValues().isEmpty() && c.enumValues().stream().noneMatch(e -> same(e, value))) {
            List<String> allowed = c.enumValues().stream().map(String::valueOf).toList();
            problems.error(at.location(), name + ": " + shown + " is not one of the allowed values",
                    Optional.ofNullable(Suggestion.closest(text, allowed).map(s -> "did you mean `" + s + "`?")
                            .orElse(null)).orElse("allowed: " + String.join(", ", allowed)));
            ok = false;
        }
        if (c.pattern().isPresent() && !c.pattern().get().matcher(text).matches()) {
            problems.error(at.location(), name + ": " + shown + " does not match the pattern " + c.pattern().get().pattern(),
                    "the field's constraints say `pattern: " + c.pattern().get().pattern() + "`");
            ok = false;
        }
        return ok;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean same(Object a, Object b) {
        if (a instanceof Comparable x && b != null && a.getClass() == b.getClass()) {
            return x.compareTo(b) == 0;
        }
        return a.equals(b);
    }
}
