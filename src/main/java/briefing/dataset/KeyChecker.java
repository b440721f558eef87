package briefing.dataset;

import briefing.diagnostic.Diagnostic;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.Suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what spans rows and resources once every resource is read: primary keys unique, foreign keys pointing at
 * a row (or a company), source and company columns naming known ids.
 */
final class KeyChecker {

    private final DatasetLoader.Known known;
    private final Diagnostics problems;
    /**
     * For a built-in file's rows (the desk's deal ledger): what the list is called ({@code deals}) and what a row
     * is ({@code deal}), so messages name a value where the editor wrote it ({@code deals[2].investor}) and a
     * duplicate key as a duplicate id, like the other data files; null for a data package.
     */
    private final String list;
    private final String entry;

    KeyChecker(DatasetLoader.Known known, Diagnostics problems) {
        this(known, problems, null, null);
    }

    KeyChecker(DatasetLoader.Known known, Diagnostics problems, String list, String entry) {
        this.known = known;
        this.problems = problems;
        this.list = list;
        this.entry = entry;
    }

    /** How a message names a value: {@code field "amount"}, or in a built-in file {@code deals[2].amount}. */
    private String name(Row row, String field) {
        return list == null ? "field \"" + field + "\"" : list + "[" + (row.number() - 1) + "]." + field;
    }

    void check(List<Resource> resources) {
        Map<String, Resource> byName = new HashMap<>();
        resources.forEach(r -> byName.put(r.name(), r));
        for (Resource r : resources) {
            primaryKey(r);
            ids(r);
            for (ForeignKey key : r.schema().foreignKeys()) {
                foreignKey(r, key, byName);
            }
        }
    }

    private void primaryKey(Resource r) {
        List<String> key = r.schema().primaryKey();
        if (key.isEmpty()) {
            return;
        }
        Map<List<Object>, Row> seen = new HashMap<>();
        for (Row row : r.rows()) {
            List<Object> values = values(r, row, key);
            if (values == null) {
                continue;
            }
            Row first = seen.putIfAbsent(values, row);
            if (first != null && list != null) {
                problems.error(row.location(), "duplicate " + entry + " id " + shown(r, row, key),
                        "the first is at line " + first.location().line() + "; ids must be unique in a file");
            } else if (first != null) {
                problems.error(row.location(), "resource \"" + r.name() + "\": duplicate primary key "
                                + shown(r, row, key),
                        "the first row with this key is at " + first.location() + "; primary keys must be unique");
            }
        }
    }

    private void ids(Resource r) {
        for (Field field : r.schema().fields()) {
            Optional<Set<String>> ids = switch (field.kind().orElse(Field.Kind.STATUS)) {
                case SOURCE -> known.sources();
                case COMPANY -> known.companies();
                default -> Optional.empty();
            };
            if (ids.isEmpty()) {
                continue;
            }
            int index = r.schema().index(field.name());
            String what = field.kind().get() == Field.Kind.SOURCE ? "source" : "company";
            for (Row row : r.rows()) {
                Cell cell = row.cell(index);
                if (!cell.isMissing() && !ids.get().contains((String) cell.value())) {
                    Diagnostic error = Diagnostic.error(cell.location(), name(row, field.name()) + ": unknown " + what + " `" + DatasetLoader.cut(cell.text()) + "`",
                            Optional.ofNullable(Suggestion.hint(cell.text(), ids.get())).orElse(
                                    what.equals("source") ? "define it in sources.yaml"
                                            : "add it to companies.yaml or use one of its ids"));
                    Optional<briefing.diagnostic.SourceLocation> cause = field.kind().get() == Field.Kind.COMPANY
                            ? known.missingCompany().apply(cell.text()) : Optional.empty();
                    problems.add(cause.map(error::because).orElse(error));
                }
            }
        }
    }

    private void foreignKey(Resource r, ForeignKey key, Map<String, Resource> byName) {
        Set<String> targets;
        if (!key.isSelf() && key.resource().equals(ForeignKey.COMPANIES) && !byName.containsKey(ForeignKey.COMPANIES)) {
            if (!key.referenceFields().equals(List.of("id")) || key.fields().size() != 1) {
                problems.error(key.location(), "foreign key to companies: the reference field is `id`",
                        "write `reference: {resource: companies, fields: id}`");
                return;
            }
            if (known.companies().isEmpty()) {
                problems.error(key.location(), "foreign key to companies: the site has no company list",
                        "list the companies in content/companies.yaml, or drop the foreign key");
                return;
            }
            targets = known.companies().get();
            check(r, key, targets, "the site's company list");
            return;
        }
        Resource target = key.isSelf() ? r : byName.get(key.resource());
        if (target == null) {
            problems.error(key.location(), "foreign key: unknown resource \"" + key.resource() + "\"",
                    Optional.ofNullable(Suggestion.hint(key.resource(), byName.keySet()))
                            .orElse("name a resource of this data package, \"\" for this one, or companies"));
            return;
        }
        List<String> missing = key.referenceFields().stream().filter(f -> target.schema().index(f) < 0).toList();
        if (!missing.isEmpty()) {
            problems.error(key.location(), "foreign key: resource \"" + target.name() + "\" has no field \""
                    + missing.get(0) + "\"", Suggestion.hint(missing.get(0), target.schema().fieldNames()));
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Row row : target.rows()) {
            List<Object> values = values(target, row, key.referenceFields());
            if (values != null) {
                keys.add(joined(target, row, key.referenceFields()));
            }
        }
        check(r, key, keys, "resource \"" + target.name() + "\"");
    }

    private void check(Resource r, ForeignKey key, Set<String> targets, String where) {
        for (Row row : r.rows()) {
            if (values(r, row, key.fields()) == null) {
                continue; // a missing value refers to nothing, as the standard says
            }
            String value = joined(r, row, key.fields());
            if (!targets.contains(value)) {
                Cell first = row.cell(r.schema().index(key.fields().get(0)));
                problems.error(first.location(), "field \"" + String.join("\", \"", key.fields()) + "\": \""
                                + DatasetLoader.cut(value) + "\" matches no " + String.join(", ", key.referenceFields())
                                + " of " + where,
                        Optional.ofNullable(Suggestion.hint(value, new ArrayList<>(targets)))
                                .orElse("the foreign key is declared at " + key.location()));
            }
        }
    }

    /** The key's cell texts, or null when one is missing or invalid (already reported). */
    private static List<Object> values(Resource r, Row row, List<String> fields) {
        List<Object> out = new ArrayList<>();
        for (String f : fields) {
            int index = r.schema().index(f);
            if (index < 0 || row.cell(index).isMissing()) {
                return null;
            }
            out.add(row.cell(index).text());
        }
        return out;
    }

    private static String joined(Resource r, Row row, List<String> fields) {
        return String.join(".", fields.stream().map(f -> row.cell(r.schema().index(f)).text()).toList());
    }

    private static String shown(Resource r, Row row, List<String> key) {
        return "\"" + DatasetLoader.cut(joined(r, row, key)) + "\"";
    }
}
