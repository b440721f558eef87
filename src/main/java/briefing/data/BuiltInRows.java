package briefing.data;

import briefing.dataset.BuiltInTable;
import briefing.dataset.Cell;
import briefing.dataset.DatasetLoader;
import briefing.dataset.Field;
import briefing.dataset.Resource;
import briefing.dataset.Row;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.source.Fields;
import briefing.source.ValueSyntax;
import briefing.source.YamlNode;
import briefing.value.ValueFormatException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link BuiltInList} of a data file through the dataset machinery and hands back its entries, typed. What
 * the machinery checks (each value's form, the closed words, duplicate ids) it reports in its own words; this adds
 * what a built-in file asks beyond a standard table: required fields named like every other file's, and an id's
 * form. An entry with a mistake makes its names ({@code valuations.<id>}) missing because of that mistake.
 */
final class BuiltInRows {

    /**
     * One entry: its typed values and where each is written.
     *
     * @param complete whether every value it needs is there and correct (otherwise its record is not built)
     */
    record Entry(String id, Map<String, Object> values, Map<String, SourceLocation> at, SourceLocation location,
                 boolean complete) {

        @SuppressWarnings("unchecked")
        <T> Optional<T> get(String field) {
            return Optional.ofNullable((T) values.get(field));
        }

        @SuppressWarnings("unchecked")
        <T> T value(String field) {
            return (T) values.get(field);
        }

        /** Where the field's value is written, or else the entry. */
        SourceLocation at(String field) {
            return at.getOrDefault(field, location);
        }
    }

    private BuiltInRows() {
    }

    /** The list's entries in file order (entries whose id is missing or wrong are left out). */
    static List<Entry> read(Fields file, BuiltInList list, Diagnostics problems) {
        Optional<YamlNode> node = file.node(list.key());
        if (node.isEmpty() || file.isSchemaProbe()) {
            file.records(list.key(), true); // reports it missing, as every required field is
            return List.of();
        }
        int mark = problems.mark();
        Resource table = BuiltInTable.read(list.resource(), list.schema(), node.get(), list.key(), file.location(list.key()),
                DatasetLoader.Known.NOTHING, problems);
        List<Entry> out = new ArrayList<>();
        List<Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String path = list.key() + "[" + (row.number() - 1) + "]";
            Map<String, SourceLocation> at = new HashMap<>();
            Map<String, Object> values = new HashMap<>();
            boolean complete = true;
            for (Field field : table.schema().fields()) {
                Cell cell = table.cell(row, field.name()).orElseThrow();
                boolean written = !cell.location().equals(row.location());
                if (written) {
                    at.put(field.name(), cell.location());
                }
                if (!cell.isMissing()) {
                    values.put(field.name(), cell.value());
                } else if (written && !cell.text().isEmpty()) {
                    complete = false; // a value the machinery refused
                }
                if (cell.isMissing() && cell.text().isEmpty() && list.required().contains(field.name())) {
                    complete = false;
                    problems.error(written ? cell.location() : row.location(), path + "." + field.name() + ": "
                            + (written ? "required field has no value" : "required field is missing"),
                            "add `" + field.name() + ":` to this entry");
                }
            }
            String id = (String) values.get("id");
            if (id != null) {
                try {
                    ValueSyntax.ID.parse(id);
                } catch (ValueFormatException e) {
                    problems.error(at.get("id"), path + ".id: " + e.getMessage());
                    id = null;
                }
            }
            if (id == null) {
                continue;
            }
            SourceLocation end = i + 1 < rows.size() ? rows.get(i + 1).location() : null;
            String name = id;
            Optional<Diagnostic> cause = problems.errorsSince(mark).stream()
                    .filter(d -> within(d.location(), row.location(), end))
                    .min(Comparator.naturalOrder());
            cause.ifPresent(c -> {
                problems.unavailable(list.prefix() + name, c);
                problems.unavailable(list.prefix() + name + ".", c);
            });
            out.add(new Entry(id, values, at, row.location(), complete));
        }
        return out;
    }

    /** Whether {@code at} is in the entry that starts at {@code start} and ends where the next ({@code end}) starts. */
    private static boolean within(SourceLocation at, SourceLocation start, SourceLocation end) {
        return at.path().equals(start.path()) && at.compareTo(start) >= 0 && (end == null || at.compareTo(end) < 0);
    }
}
