package briefing.dataset;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.source.ValueParser;
import briefing.source.YamlNode;
import briefing.value.ValueFormatException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table whose Table Schema is built in (defined in code), so the editor writes only its rows, as a YAML list of
 * rows: the way a built-in data file (the desk's deal ledger) goes through the same typing, constraint and key
 * checks as a data package's resource; or a whole built-in data file of a {@link BuiltInSchema} (the seven files of a
 * briefing), whose entries may hold entries and lists of their own.
 */
public final class BuiltInTable {

    private BuiltInTable() {
    }

    /**
     * Reads the rows and checks them against the schema, its primary key and the ids it names (company and source
     * columns against {@code known}); every mistake is reported to {@code problems}, and rows with mistakes are
     * kept with their bad cells missing.
     *
     * @param path what messages call the list, e.g. {@code deals} (then {@code deals[2].amount})
     * @param what what messages call a row, e.g. {@code deal} ({@code duplicate deal id "x"})
     */
    public static Resource read(String name, TableSchema schema, YamlNode rows, String path, String what,
                                SourceLocation location, DatasetLoader.Known known, Diagnostics problems) {
        List<Row> read = new TableReader(schema, problems, what).inline(rows, path);
        Resource resource = new Resource(name, Optional.empty(), Optional.empty(), Optional.empty(), schema, read,
                Optional.empty(), Optional.empty(), location);
        new KeyChecker(known, problems, path, what).check(List.of(resource));
        return resource;
    }

    /** A field of a built-in schema: a string column, with our {@code kind} when given. */
    public static Field field(String name, Optional<Field.Kind> kind, Field.Constraints constraints, String description) {
        return new Field(name, Field.Type.STRING, "default", Optional.empty(), Optional.of(description), constraints,
                Field.Lexical.DEFAULT, kind, Optional.empty(), 0, SourceLocation.file("built-in"));
    }

    /**
     * Reads a built-in data file (its top mapping) against its schema: every value typed and checked by its field,
     * every part read with its own schema, ids unique in each list, unknown keys refused; all mistakes reported.
     */
    public static BuiltInEntry readFile(BuiltInSchema schema, YamlNode.Mapping file, Diagnostics problems) {
        return new Reading(problems).entry(schema, file, "");
    }

    /** One file being read: the typing of each schema's fields (which remembers the values of unique fields). */
    private static final class Reading {
        private final Diagnostics problems;
        private final Map<BuiltInSchema, TableReader> typing = new IdentityHashMap<>();

        Reading(Diagnostics problems) {
            this.problems = problems;
        }

        BuiltInEntry entry(BuiltInSchema schema, YamlNode.Mapping m, String path) {
            int mark = problems.mark();
            Map<String, Object> values = new HashMap<>();
            Map<String, YamlNode> written = new HashMap<>();
            boolean complete = true;
            List<String> names = schema.table().fieldNames();
            for (Field field : schema.table().fields()) {
                String key = field.name();
                String at = path.isEmpty() ? key : path + "." + key;
                boolean required = schema.required().contains(key) || schema.table().primaryKey().contains(key);
                YamlNode.Mapping.Entry entry = m.entries().get(key);
                if (entry != null) {
                    written.put(key, entry.value());
                }
                Optional<BuiltInSchema.Part> part = schema.part(key);
                YamlNode value = entry == null ? null : entry.value();
                if (value == null || value instanceof YamlNode.Scalar s && s.isNull()) {
                    if (required) {
                        complete = false;
                        if (entry == null) {
                            problems.error(m.location(), at + ": required field is missing",
                                    "add `" + key + ":` to this entry");
                        } else {
                            problems.error(entry.key().location(), at + ": required field has no value");
                        }
                    }
                    continue;
                }
                Object read = part.isPresent() ? part(part.get(), value, at) : scalar(schema, field, value, at);
                if (read == null || read instanceof BuiltInEntry e && !e.complete()) {
                    complete &= !required;
                }
                if (read != null) {
                    values.put(key, read);
                }
            }
            for (YamlNode.Mapping.Entry e : m.entries().values()) {
                if (!names.contains(e.key().name())) {
                    String name = e.key().name();
                    problems.error(e.key().location(), (path.isEmpty() ? name : path + "." + name) + ": unknown field",
                            Suggestion.hint(name, names));
                }
            }
            return new BuiltInEntry(path, m.location(), values, written, complete, problems.errorsSince(mark));
        }

        /** A single value: its syntax's, or its field's type and kind; null when refused (reported). */
        private Object scalar(BuiltInSchema schema, Field field, YamlNode value, String at) {
            if (!(value instanceof YamlNode.Scalar s)) {
                problems.error(value.location(), at + ": expected a single value, found " + value.describe());
                return null;
            }
            String text = s.text().strip();
            ValueParser<?> syntax = schema.syntax().get(field.name());
            if (text.isEmpty()) {
                if (schema.required().contains(field.name())) {
                    problems.error(s.location(), at + ": must not be empty");
                } else if (syntax != null || field.kind().isPresent()) {
                    // An empty text is no value in a table, but written on purpose in YAML ("") it is a value of the
                    // wrong form, as in every other data file: the form's own message says which.
                    try {
                        if (syntax != null) {
                            syntax.parse(text);
                        } else {
                            ValueReader.kind(field, text, text);
                        }
                    } catch (ValueFormatException e) {
                        problems.error(s.location(), at + ": " + e.getMessage(), e.hint().orElse(null));
                    }
                }
                return null;
            }
            if (syntax != null) {
                try {
                    return syntax.parse(text);
                } catch (ValueFormatException e) {
                    problems.error(s.location(), at + ": " + e.getMessage(), e.hint().orElse(null));
                    return null;
                }
            }
            Cell cell = typing.computeIfAbsent(schema, k -> new TableReader(k.table(), problems))
                    .cell(field, text, s.location(), at);
            return cell.value();
        }

        /** A part's entry, entries or values; null when it has the wrong shape (reported). */
        private Object part(BuiltInSchema.Part part, YamlNode value, String at) {
            switch (part.shape()) {
                case ENTRY -> {
                    if (value instanceof YamlNode.Mapping m) {
                        return entry(part.schema(), m, at);
                    }
                    problems.error(value.location(), at + ": expected a mapping of fields (key: value), found "
                            + value.describe());
                    return null;
                }
                case ENTRIES -> {
                    if (!(value instanceof YamlNode.Sequence seq)) {
                        problems.error(value.location(), at + ": expected a list of entries (lines starting with "
                                + "\"- \"), found " + value.describe());
                        return null;
                    }
                    List<BuiltInEntry> out = new ArrayList<>();
                    Map<Object, SourceLocation> ids = new HashMap<>();
                    for (int i = 0; i < seq.items().size(); i++) {
                        YamlNode item = seq.items().get(i);
                        String path = at + "[" + i + "]";
                        if (!(item instanceof YamlNode.Mapping m)) {
                            problems.error(item.location(), path + ": expected a mapping of fields (key: value), found "
                                    + item.describe());
                            continue;
                        }
                        BuiltInEntry entry = entry(part.schema(), m, path);
                        part.schema().id().flatMap(entry::get).ifPresent(id -> {
                            SourceLocation first = ids.putIfAbsent(id, entry.location());
                            if (first != null) {
                                problems.error(entry.location(), "duplicate " + part.schema().what() + " id \"" + id
                                        + "\"", "the first is at line " + first.line() + "; ids must be unique in a file");
                            }
                        });
                        out.add(entry);
                    }
                    return out;
                }
                default -> {
                    Field field = part.schema().table().fields().get(0);
                    List<YamlNode> items;
                    if (value instanceof YamlNode.Scalar) {
                        items = List.of(value);
                    } else if (value instanceof YamlNode.Sequence seq) {
                        items = seq.items();
                    } else {
                        problems.error(value.location(), at + ": expected a list, found " + value.describe());
                        return null;
                    }
                    List<Cell> out = new ArrayList<>();
                    for (int i = 0; i < items.size(); i++) {
                        YamlNode item = items.get(i);
                        String path = value instanceof YamlNode.Sequence ? at + "[" + i + "]" : at;
                        if (!(item instanceof YamlNode.Scalar s) || s.isNull()) {
                            problems.error(item.location(), path + ": expected text, found " + item.describe());
                            continue;
                        }
                        Object typed = scalar(part.schema(), field, item, path);
                        if (typed != null) {
                            out.add(new Cell(s.text().strip(), typed, s.location()));
                        }
                    }
                    return out;
                }
            }
        }
    }
}
