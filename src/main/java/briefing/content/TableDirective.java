package briefing.content;

import briefing.dataset.Cell;
import briefing.dataset.DataPackage;
import briefing.dataset.Field;
import briefing.dataset.FieldValues;
import briefing.dataset.Resource;
import briefing.dataset.Row;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.source.YamlNode;
import briefing.source.YamlReader;
import briefing.value.ValueFormatException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code ```table} block: YAML options naming a dataset resource, its columns, a filter, a sort order, a
 * limit and a caption, each checked against the resource's schema and reported at its line and column in the
 * Markdown file.
 *
 * <pre>
 * resource: capex
 * columns: [company, year, capex, status]
 * filter: {year: 2025}
 * sort: -capex
 * limit: 10
 * caption: AI capital spending in 2025
 * </pre>
 */
public final class TableDirective {

    /**
     * The most rows a table shows. Beyond it the page would grow with the data (a 100,000-row CSV is several
     * megabytes of HTML); the table says how many rows there are and links the download, which holds them all.
     */
    public static final int MAX_ROWS = 200;

    static final List<String> OPTIONS = List.of("resource", "columns", "filter", "sort", "limit", "caption");

    /** A block is a few lines; a megabyte is far beyond any real one. */
    private static final YamlReader YAML = new YamlReader(1 << 20);

    private final List<DataPackage> datasets;
    private final Diagnostics problems;

    /** @param datasets the briefing's data package (if any) first, then the desk's */
    TableDirective(List<DataPackage> datasets, Diagnostics problems) {
        this.datasets = datasets;
        this.problems = problems;
    }

    /**
     * @param yaml   the block's content, re-indented so its columns are the file's
     * @param fence  where the opening fence is
     * @param ids    ids already taken on the page; the table's own is added
     */
    Optional<DatasetTable> read(String yaml, SourceLocation fence, Set<String> ids) {
        if (yaml.isBlank()) {
            problems.error(fence, "table: the block names no resource",
                    "write `resource: <name>` inside the block, naming a resource of the briefing's datapackage.yaml");
            return Optional.empty();
        }
        YamlNode root;
        try {
            root = YAML.read(yaml, fence.path(), fence.line());
        } catch (BuildFailedException e) {
            problems.addAll(e.diagnostics());
            return Optional.empty();
        }
        if (!(root instanceof YamlNode.Mapping options)) {
            problems.error(root.location(), "table: expected options (resource: ..., columns: ...), found "
                    + root.describe(), "write one option a line, e.g. `resource: capex`");
            return Optional.empty();
        }
        boolean ok = true;
        for (YamlNode.Mapping.Entry entry : options.entries().values()) {
            if (!OPTIONS.contains(entry.key().name())) {
                problems.error(entry.key().location(), "table: unknown option \"" + entry.key().name() + "\"",
                        Suggestion.hint(entry.key().name(), OPTIONS));
                ok = false;
            }
        }
        Optional<YamlNode.Scalar> named = scalar(options, "resource");
        if (named.isEmpty()) {
            YamlNode.Mapping.Entry entry = options.entries().get("resource");
            if (entry == null) {
                problems.error(fence, "table: `resource` is missing",
                        "name a resource of the briefing's datapackage.yaml: `resource: <name>`");
            } else if (entry.value() instanceof YamlNode.Scalar) {
                problems.error(entry.key().location(), "table: `resource` has no value",
                        "name a resource of the briefing's datapackage.yaml: `resource: <name>`");
            }
            return Optional.empty();
        }
        String name = named.get().text().strip();
        Optional<Resource> found = datasets.stream().flatMap(d -> d.resource(name).stream()).findFirst();
        if (found.isEmpty()) {
            List<String> known = datasets.stream().flatMap(d -> d.resourceNames().stream()).distinct().toList();
            problems.error(named.get().location(), "table: unknown resource \"" + name + "\"", known.isEmpty()
                    ? "declare it in a datapackage.yaml beside this briefing, or in content/data/"
                    : Suggestion.hint(name, known));
            return Optional.empty();
        }
        Resource resource = found.get();
        List<Field> columns = columns(options, resource);
        List<Filter> filters = filters(options, resource);
        Optional<Sort> sort = sort(options, resource);
        Optional<Integer> limit = limit(options);
        Optional<YamlNode.Scalar> captionNode = scalar(options, "caption");
        if (columns == null || filters == null || sort == null || limit == null
                || options.entries().containsKey("caption") && captionNode.isEmpty() || !ok) {
            return Optional.empty();
        }
        // Only the rows shown are kept: the first ones, or with a sort the best ones in a heap of at most that many
        // (ties in file order, as a stable sort leaves them), so a table over 100,000 rows sorts no 100,000 rows.
        int keep = Math.min(limit.orElse(Integer.MAX_VALUE), MAX_ROWS);
        Optional<Comparator<Row>> order = sort.map(s -> s.comparator(resource).thenComparingInt(Row::number));
        java.util.PriorityQueue<Row> best = order.map(o -> new java.util.PriorityQueue<>(keep + 1, o.reversed()))
                .orElse(null);
        List<Row> first = new ArrayList<>();
        int count = 0;
        for (Row row : resource.rows()) {
            if (matches(filters, resource, row)) {
                count++;
                if (best != null) {
                    best.add(row);
                    if (best.size() > keep) {
                        best.poll();
                    }
                } else if (first.size() < keep) {
                    first.add(row);
                }
            }
        }
        List<Row> shown = first;
        if (best != null) {
            shown = new ArrayList<>(best);
            shown.sort(order.get());
        }
        int matching = limit.isPresent() ? Math.min(limit.get(), count) : count;
        String caption = captionNode.map(s -> s.text().strip()).filter(s -> !s.isEmpty()).orElse(resource.label());
        return Optional.of(new DatasetTable(id(resource.name(), ids), resource, columns, shown, matching, caption,
                fence));
    }

    private static boolean matches(List<Filter> filters, Resource resource, Row row) {
        for (Filter f : filters) {
            if (!f.test(resource, row)) {
                return false;
            }
        }
        return true;
    }

    /** {@code table-<resource>}, numbered when the page shows the resource twice or a heading took the id. */
    private static String id(String resource, Set<String> ids) {
        String base = "table-" + resource.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        ids.add(id);
        return id;
    }

    /** The columns named, or every field of the schema but the qualifier (it is shown with the values). */
    private List<Field> columns(YamlNode.Mapping options, Resource resource) {
        YamlNode.Mapping.Entry entry = options.entries().get("columns");
        if (entry == null || entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
            return resource.schema().fields().stream()
                    .filter(f -> f.kind().orElse(null) != Field.Kind.QUALIFIER).toList();
        }
        List<YamlNode.Scalar> names = new ArrayList<>();
        if (entry.value() instanceof YamlNode.Scalar s) {
            names.add(s);
        } else if (entry.value() instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                    names.add(s);
                } else {
                    problems.error(item.location(), "table: columns: expected a column name, found " + item.describe());
                    return null;
                }
            }
        } else {
            problems.error(entry.value().location(), "table: columns: expected a list of column names, found "
                    + entry.value().describe(), "write `columns: [company, year, capex]`");
            return null;
        }
        if (names.isEmpty()) {
            problems.error(entry.value().location(), "table: columns: the list is empty",
                    "name the columns to show, or leave `columns` out to show them all");
            return null;
        }
        List<Field> fields = new ArrayList<>();
        boolean ok = true;
        for (YamlNode.Scalar n : names) {
            Optional<Field> field = field(resource, n.text().strip(), n.location(), "columns");
            if (field.isEmpty()) {
                ok = false;
            } else if (fields.contains(field.get())) {
                problems.error(n.location(), "table: columns: column \"" + n.text().strip() + "\" is named twice");
                ok = false;
            } else {
                fields.add(field.get());
            }
        }
        return ok ? fields : null;
    }

    private Optional<Field> field(Resource resource, String name, SourceLocation at, String option) {
        Optional<Field> field = resource.schema().field(name);
        if (field.isEmpty()) {
            problems.error(at, "table: " + option + ": resource \"" + resource.name() + "\" has no column \"" + name + "\"",
                    Suggestion.hint(name, resource.schema().fieldNames()));
        }
        return field;
    }

    /** Rows whose value in {@code field} is one of {@code values}. */
    private record Filter(Field field, List<Object> values) {
        boolean test(Resource resource, Row row) {
            Cell cell = resource.cell(row, field.name()).orElseThrow();
            return !cell.isMissing() && values.stream().anyMatch(v -> same(v, cell.value()));
        }

        private static boolean same(Object wanted, Object value) {
            if (wanted instanceof BigDecimal a && value instanceof BigDecimal b) {
                return a.compareTo(b) == 0; // 2025 and 2025.0 are the same number
            }
            return wanted.equals(value);
        }
    }

    private List<Filter> filters(YamlNode.Mapping options, Resource resource) {
        YamlNode.Mapping.Entry entry = options.entries().get("filter");
        if (entry == null || entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(entry.value() instanceof YamlNode.Mapping filter)) {
            problems.error(entry.value().location(), "table: filter: expected column: value pairs, found "
                    + entry.value().describe(), "write `filter: {year: 2025}` or `filter: {company: [meta, amazon]}`");
            return null;
        }
        List<Filter> out = new ArrayList<>();
        boolean ok = true;
        for (YamlNode.Mapping.Entry e : filter.entries().values()) {
            Optional<Field> field = field(resource, e.key().name(), e.key().location(), "filter");
            if (field.isEmpty()) {
                ok = false;
                continue;
            }
            List<YamlNode.Scalar> written = new ArrayList<>();
            if (e.value() instanceof YamlNode.Scalar s && !s.isNull()) {
                written.add(s);
            } else if (e.value() instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
                for (YamlNode item : seq.items()) {
                    if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                        written.add(s);
                    } else {
                        problems.error(item.location(), "table: filter: column \"" + field.get().name()
                                + "\": expected a value, found " + item.describe());
                        ok = false;
                    }
                }
            } else {
                problems.error(e.value().location(), "table: filter: column \"" + field.get().name()
                        + "\": expected a value or a list of values, found " + e.value().describe());
                ok = false;
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (YamlNode.Scalar s : written) {
                try {
                    values.add(FieldValues.read(field.get(), s.text().strip()));
                } catch (ValueFormatException x) {
                    problems.error(s.location(), "table: filter: column \"" + field.get().name() + "\": "
                            + x.getMessage(), "the column holds " + FieldValues.expected(field.get()));
                    ok = false;
                }
            }
            out.add(new Filter(field.get(), values));
        }
        return ok ? out : null;
    }

    /** One column, ascending or (written {@code -column}) descending; missing values last either way. */
    private record Sort(Field field, boolean descending) {
        Comparator<Row> comparator(Resource resource) {
            int index = resource.schema().index(field.name());
            // One collator per sort: getInstance copies one, and a collator is not safe to share between the
            // threads that load briefings.
            java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ROOT);
            Comparator<Cell> values = (x, y) -> compare(x, y, collator);
            Comparator<Cell> ordered = descending ? values.reversed() : values;
            return (a, b) -> {
                Cell x = a.cell(index);
                Cell y = b.cell(index);
                if (x.isMissing() || y.isMissing()) {
                    return Boolean.compare(x.isMissing(), y.isMissing());
                }
                return ordered.compare(x, y);
            };
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static int compare(Cell x, Cell y, java.text.Collator collator) {
            Optional<BigDecimal> a = x.number();
            Optional<BigDecimal> b = y.number();
            if (a.isPresent() && b.isPresent()) {
                return a.get().compareTo(b.get());
            }
            if (x.value() instanceof String s && y.value() instanceof String t) {
                return collator.compare(s, t);
            }
            return ((Comparable) x.value()).compareTo(y.value());
        }
    }

    /** The value types a table can be sorted by; JSON, points, durations and mixed date-times have no order. */
    private static boolean sortable(Field field) {
        if (field.kind().isPresent()) {
            return true;
        }
        return switch (field.type()) {
            case OBJECT, ARRAY, GEOJSON, GEOPOINT, DURATION, DATETIME -> false;
            default -> true;
        };
    }

    private Optional<Sort> sort(YamlNode.Mapping options, Resource resource) {
        Optional<YamlNode.Scalar> written = scalar(options, "sort");
        if (written.isEmpty()) {
            return options.entries().containsKey("sort")
                    && !(options.entries().get("sort").value() instanceof YamlNode.Scalar) ? null : Optional.empty();
        }
        String text = written.get().text().strip();
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1).strip() : text.startsWith("+") ? text.substring(1).strip() : text;
        if (name.isEmpty()) {
            problems.error(written.get().location(), "table: sort: expected a column name, found \"" + text + "\"",
                    "write `sort: capex` (ascending) or `sort: -capex` (descending)");
            return null;
        }
        SourceLocation at = written.get().location().shift(text.length() - name.length());
        Optional<Field> field = field(resource, name, at, "sort");
        if (field.isEmpty()) {
            return null;
        }
        if (!sortable(field.get())) {
            problems.error(at, "table: sort: column \"" + name + "\" holds " + field.get().type().id()
                    + " values, which have no order", "sort by another column");
            return null;
        }
        return Optional.of(new Sort(field.get(), descending));
    }

    private Optional<Integer> limit(YamlNode.Mapping options) {
        Optional<YamlNode.Scalar> written = scalar(options, "limit");
        if (written.isEmpty()) {
            return options.entries().containsKey("limit")
                    && !(options.entries().get("limit").value() instanceof YamlNode.Scalar) ? null : Optional.empty();
        }
        String text = written.get().text().strip();
        if (!text.matches("[+]?\\d{1,9}") || Integer.parseInt(text.replace("+", "")) < 1) {
            problems.error(written.get().location(), "table: limit: expected a whole number above 0, found \"" + text + "\"",
                    "write how many rows to show, e.g. `limit: 10`, or leave `limit` out to show every row");
            return null;
        }
        return Optional.of(Integer.parseInt(text.replace("+", "")));
    }

    /** A single-value option; a list or mapping is reported here, an empty value counts as absent. */
    private Optional<YamlNode.Scalar> scalar(YamlNode.Mapping options, String key) {
        YamlNode.Mapping.Entry entry = options.entries().get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.value() instanceof YamlNode.Scalar s) {
            return s.isNull() || s.text().isBlank() ? Optional.empty() : Optional.of(s);
        }
        problems.error(entry.value().location(), "table: " + key + ": expected a single value, found "
                + entry.value().describe());
        return Optional.empty();
    }
}
