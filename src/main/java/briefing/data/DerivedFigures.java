package briefing.data;

import briefing.data.Derivation.Operation;
import briefing.data.Derivation.Role;
import briefing.dataset.Cell;
import briefing.dataset.Resource;
import briefing.dataset.Row;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.source.Fields;
import briefing.source.ValueSyntax;
import briefing.source.YamlNode;
import briefing.value.PartialDate;
import briefing.value.Status;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The derived figures of a briefing, declared in its {@code figures.yaml}: each a sum, share, difference, growth or
 * count over other figures (written, dataset or derived) or over a dataset column, computed on every load and
 * indexed as {@code derived.<id>} with the weakest status of its inputs, the qualifier that follows from theirs,
 * no source of its own and the list of its inputs ({@link Derivation}).
 */
final class DerivedFigures {

    /** The prefix of every derived figure's key: {@code {{ derived.amazon-share }}}. */
    static final String PREFIX = "derived.";

    /** One entry of {@code figures.yaml}, as written. */
    record Declaration(String id, Optional<String> label, Operation operation, Operands operands, String path,
                       SourceLocation location, SourceLocation operationAt) {
    }

    /** What an operation takes: named figures, or the cells of a dataset column. */
    sealed interface Operands {
    }

    record Named(List<Operand> operands) implements Operands {
    }

    record Operand(Role role, String key, SourceLocation location) {
    }

    /** {@code {resource: capex, column: amount, where: {year: 2025}}}. */
    record Column(String resource, SourceLocation resourceAt, String column, SourceLocation columnAt,
                  List<Where> where, SourceLocation whereAt) implements Operands {
    }

    /** One condition of {@code where}: the field, and the values any of which a row's cell may have. */
    record Where(String field, SourceLocation fieldAt, List<YamlNode.Scalar> values) {
    }

    /**
     * The JSON Schema of {@code figures.yaml}, written out rather than recorded by a probe: an operation's value
     * takes one of two shapes (a list of figures or a dataset column), which the probe cannot describe.
     */
    static ObjectNode schema() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode key = json.objectNode().put("type", "string").put("minLength", 1)
                .put("description", "A figure key: round.amazon, capex.meta.2025.amount, derived.<id>");
        ObjectNode keys = json.objectNode();
        keys.putArray("anyOf").add(key.deepCopy()).add(json.objectNode().put("type", "array").set("items", key));
        ObjectNode where = json.objectNode().put("type", "object")
                .put("description", "field: value (or a list of values) a row's cell must have");
        ObjectNode column = object(json, List.of("resource", "column"));
        properties(column).set("resource", json.objectNode().put("type", "string"));
        properties(column).set("column", json.objectNode().put("type", "string"));
        properties(column).set("where", where);
        ObjectNode over = json.objectNode();
        over.putArray("anyOf").add(keys.deepCopy()).add(column);
        ObjectNode share = object(json, List.of("part", "of"));
        properties(share).set("part", key.deepCopy());
        properties(share).set("of", key.deepCopy());
        ObjectNode difference = object(json, List.of("from", "minus"));
        properties(difference).set("from", key.deepCopy());
        properties(difference).set("minus", keys.deepCopy());
        ObjectNode growth = object(json, List.of("from", "to"));
        properties(growth).set("from", key.deepCopy());
        properties(growth).set("to", key.deepCopy());
        ObjectNode entry = object(json, List.of("id"));
        ObjectNode properties = properties(entry);
        properties.set("id", ValueSyntax.ID.schema());
        properties.set("label", json.objectNode().put("type", "string"));
        properties.set(Operation.SUM.id(), over.deepCopy());
        properties.set(Operation.SHARE.id(), share);
        properties.set(Operation.DIFFERENCE.id(), difference);
        properties.set(Operation.GROWTH.id(), growth);
        properties.set(Operation.COUNT.id(), over);
        com.fasterxml.jackson.databind.node.ArrayNode one = entry.putArray("oneOf");
        for (Operation op : Operation.values()) {
            one.addObject().putArray("required").add(op.id());
        }
        ObjectNode root = object(json, List.of("figures"));
        properties(root).set("figures", json.objectNode().put("type", "array").set("items", entry));
        return root;
    }

    private static ObjectNode properties(ObjectNode object) {
        return (ObjectNode) object.get("properties");
    }

    private static ObjectNode object(JsonNodeFactory json, List<String> required) {
        ObjectNode node = json.objectNode().put("type", "object").put("additionalProperties", false);
        required.forEach(node.putArray("required")::add);
        node.putObject("properties");
        return node;
    }

    private final Diagnostics problems;

    DerivedFigures(Diagnostics problems) {
        this.problems = problems;
    }

    // ---------------------------------------------------------------- reading

    /** The declarations of one {@code figures.yaml}; entries with mistakes are reported and left out. */
    List<Declaration> read(Fields file) {
        List<Declaration> out = new ArrayList<>();
        Map<String, SourceLocation> ids = new HashMap<>();
        for (Fields f : file.records("figures", true)) {
            String id = f.required("id", ValueSyntax.ID);
            if (id != null) {
                SourceLocation first = ids.putIfAbsent(id, f.location());
                if (first != null) {
                    problems.error(f.location("id"), "duplicate derived figure id \"" + id + "\"",
                            "the first is at line " + first.line() + "; ids must be unique in a file");
                    id = null;
                }
            }
            Optional<String> label = f.text("label");
            List<Operation> operations = new ArrayList<>();
            for (Operation op : Operation.values()) {
                if (f.has(op.id())) {
                    operations.add(op);
                }
            }
            Operands operands = null;
            if (operations.size() != 1) {
                problems.error(operations.isEmpty() ? f.location() : f.location(operations.get(1).id()),
                        f.path(operations.isEmpty() ? "sum" : operations.get(1).id()) + ": a derived figure has "
                                + "exactly one operation, " + (operations.isEmpty() ? "found none"
                                : "found " + String.join(" and ", operations.stream().map(Operation::id).toList())),
                        "one of: sum, share, difference, growth, count (see docs/data.md, \"Derived figures\")");
            } else {
                operands = operands(f, operations.get(0));
            }
            f.rejectUnknown();
            if (id != null && operands != null) {
                Operation op = operations.get(0);
                out.add(new Declaration(id, label, op, operands, f.path(op.id()), f.location(), f.location(op.id())));
            }
        }
        return out;
    }

    private Operands operands(Fields f, Operation op) {
        String key = op.id();
        YamlNode node = f.node(key).orElse(null);
        if (node == null) {
            problems.error(f.location(key), f.path(key) + ": required field has no value");
            return null;
        }
        return switch (op) {
            case SUM, COUNT -> node instanceof YamlNode.Mapping
                    ? f.record(key, true).map(this::column).orElse(null)
                    : terms(f.scalars(key), Role.TERM, f.path(key), f.location(key));
            case SHARE -> f.record(key, true).map(s -> pair(s, "part", Role.PART, "of", Role.WHOLE)).orElse(null);
            case GROWTH -> f.record(key, true).map(s -> pair(s, "from", Role.FROM, "to", Role.TO)).orElse(null);
            case DIFFERENCE -> f.record(key, true).map(this::difference).orElse(null);
        };
    }

    private Operands terms(List<YamlNode.Scalar> scalars, Role role, String path, SourceLocation at) {
        if (scalars.isEmpty()) {
            problems.error(at, path + ": name at least one figure", "e.g. `[round.amazon, round.softbank]`");
            return null;
        }
        return new Named(scalars.stream().map(s -> new Operand(role, s.text(), s.location())).toList());
    }

    private Operands pair(Fields s, String first, Role firstRole, String second, Role secondRole) {
        String a = s.requiredText(first);
        String b = s.requiredText(second);
        s.rejectUnknown();
        if (a == null || b == null) {
            return null;
        }
        return new Named(List.of(new Operand(firstRole, a, s.location(first)),
                new Operand(secondRole, b, s.location(second))));
    }

    private Operands difference(Fields s) {
        String from = s.requiredText("from");
        if (!s.has("minus")) {
            s.requiredText("minus"); // reports it missing
        }
        List<YamlNode.Scalar> minus = s.scalars("minus");
        s.rejectUnknown();
        if (from == null || minus.isEmpty()) {
            return null;
        }
        List<Operand> operands = new ArrayList<>();
        operands.add(new Operand(Role.FROM, from, s.location("from")));
        minus.forEach(m -> operands.add(new Operand(Role.MINUS, m.text(), m.location())));
        return new Named(operands);
    }

    private Operands column(Fields c) {
        String resource = c.requiredText("resource");
        String column = c.requiredText("column");
        List<Where> where = new ArrayList<>();
        Optional<YamlNode> conditions = c.node("where");
        if (conditions.isPresent()) {
            if (conditions.get() instanceof YamlNode.Mapping m) {
                for (YamlNode.Mapping.Entry e : m.entries().values()) {
                    List<YamlNode.Scalar> values = new ArrayList<>();
                    if (e.value() instanceof YamlNode.Scalar s && !s.isNull()) {
                        values.add(s);
                    } else if (e.value() instanceof YamlNode.Sequence seq) {
                        for (YamlNode item : seq.items()) {
                            if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                                values.add(s);
                            } else {
                                problems.error(item.location(), c.path("where") + "." + e.key().name()
                                        + ": expected a value, found " + item.describe());
                            }
                        }
                    } else {
                        problems.error(e.value().location(), c.path("where") + "." + e.key().name()
                                + ": expected a value or a list of values, found " + e.value().describe());
                    }
                    where.add(new Where(e.key().name(), e.key().location(), values));
                }
            } else {
                problems.error(conditions.get().location(), c.path("where") + ": expected a mapping of field: value, "
                        + "found " + conditions.get().describe(), "e.g. `where: {year: 2025}`");
                return null;
            }
        }
        c.rejectUnknown();
        if (resource == null || column == null) {
            return null;
        }
        return new Column(resource, c.location("resource"), column, c.location("column"), List.copyOf(where),
                conditions.map(YamlNode::location).orElse(c.location()));
    }

    // ---------------------------------------------------------------- computing

    /**
     * Computes every declaration into {@code figures}, in an order where each derived figure's inputs come first.
     *
     * @param resources the briefing's dataset resources by name (its own package's, then the desk's)
     * @param sources   the briefing's sources by id, for the cells of a column that have no figure key
     */
    void compute(List<Declaration> declarations, Map<String, Figure> figures,
                 Function<String, Optional<Resource>> resources, Set<String> resourceNames,
                 Map<String, Source> sources) {
        Map<String, Declaration> byId = new LinkedHashMap<>();
        for (Declaration d : declarations) {
            Figure taken = figures.get(PREFIX + d.id());
            if (taken != null) {
                problems.error(d.location(), "figure `" + PREFIX + d.id() + "` is defined twice",
                        "the other is at " + taken.location() + "; give one of them another id");
            } else {
                byId.put(d.id(), d);
            }
        }
        Set<String> known = new TreeSet<>(figures.keySet());
        byId.keySet().forEach(id -> known.add(PREFIX + id));
        new Run(byId, figures, known, resources, resourceNames, sources).all();
    }

    /** One computation of a file's declarations; each is computed once, its inputs first. */
    private final class Run {
        private final Map<String, Declaration> byId;
        private final Map<String, Figure> figures;
        private final Set<String> known;
        private final Function<String, Optional<Resource>> resources;
        private final Set<String> resourceNames;
        private final Map<String, Source> sources;
        /** Finished declarations: the figure, or empty when it could not be computed (already reported). */
        private final Map<String, Optional<Figure>> done = new HashMap<>();
        private final Deque<String> computing = new ArrayDeque<>();

        Run(Map<String, Declaration> byId, Map<String, Figure> figures, Set<String> known,
            Function<String, Optional<Resource>> resources, Set<String> resourceNames, Map<String, Source> sources) {
            this.byId = byId;
            this.figures = figures;
            this.known = known;
            this.resources = resources;
            this.resourceNames = resourceNames;
            this.sources = sources;
        }

        void all() {
            byId.values().forEach(this::compute);
        }

        private Optional<Figure> compute(Declaration d) {
            Optional<Figure> finished = done.get(d.id());
            if (finished != null) {
                return finished;
            }
            computing.push(d.id());
            int mark = problems.mark();
            Optional<Figure> figure = Optional.empty();
            try {
                figure = derive(d);
            } finally {
                computing.pop();
            }
            if (figure.isEmpty()) {
                // What refers to this figure follows from why it could not be computed (an input that failed).
                problems.unavailableSince(PREFIX + d.id(), mark);
            }
            done.put(d.id(), figure);
            figure.ifPresent(f -> figures.put(f.key(), f));
            return figure;
        }

        private Optional<Figure> derive(Declaration d) {
            List<Derivation.Input> inputs = new ArrayList<>();
            List<SourceLocation> at = new ArrayList<>();
            Optional<Derivation.Selection> selection = Optional.empty();
            if (d.operands() instanceof Named named) {
                boolean complete = true;
                for (Operand o : named.operands()) {
                    Optional<Figure> input = input(o);
                    if (input.isEmpty()) {
                        complete = false;
                    } else {
                        inputs.add(new Derivation.Input(o.role(), input.get()));
                        at.add(o.location());
                    }
                }
                if (!complete) {
                    return Optional.empty();
                }
            } else if (d.operands() instanceof Column column) {
                Optional<List<Figure>> cells = cells(d, column);
                if (cells.isEmpty()) {
                    return Optional.empty();
                }
                cells.get().forEach(f -> {
                    inputs.add(new Derivation.Input(Role.TERM, f));
                    at.add(f.location());
                });
                selection = Optional.of(new Derivation.Selection(column.resource(), column.column(),
                        column.where().stream().map(w -> new Derivation.Condition(w.field(),
                                w.values().stream().map(YamlNode.Scalar::text).toList())).toList()));
            }
            List<Figure> values = inputs.stream().map(Derivation.Input::figure).toList();
            FigureValue value;
            try {
                value = switch (d.operation()) {
                    case SUM -> FigureArithmetic.sum(values);
                    case COUNT -> FigureArithmetic.count(values);
                    case SHARE -> FigureArithmetic.share(values.get(0), values.get(1));
                    case GROWTH -> FigureArithmetic.growth(values.get(0), values.get(1));
                    case DIFFERENCE -> FigureArithmetic.difference(values.get(0), values.subList(1, values.size()));
                };
            } catch (FigureArithmetic.Problem p) {
                problems.error(p.input < 0 ? d.operationAt() : at.get(p.input), d.path() + ": " + p.getMessage(),
                        p.hint);
                return Optional.empty();
            }
            Optional<Status> status = Status.weakest(values.stream().map(Figure::status).toList());
            Derivation derivation = new Derivation(d.operation(), inputs, selection);
            return Optional.of(new Figure(PREFIX + d.id(), d.label().orElseGet(() -> label(d, values)), value, status,
                    Optional.empty(), commonDate(values), about(d.operation(), values), d.location(),
                    Optional.of(derivation)));
        }

        /** A named input: a derived figure (computed first) or any other figure of the briefing. */
        private Optional<Figure> input(Operand o) {
            String key = o.key();
            if (key.startsWith(PREFIX) && byId.containsKey(key.substring(PREFIX.length()))) {
                String id = key.substring(PREFIX.length());
                if (computing.contains(id)) {
                    List<String> chain = new ArrayList<>();
                    for (java.util.Iterator<String> it = computing.descendingIterator(); it.hasNext(); ) {
                        chain.add(PREFIX + it.next());
                    }
                    chain = chain.subList(chain.indexOf(key), chain.size());
                    problems.error(o.location(), "derived figure `" + key + "` depends on itself: "
                                    + String.join(" -> ", chain) + " -> " + key,
                            "a derived figure can only take figures that are computed without it");
                    return Optional.empty();
                }
                // An input that could not be computed is reported where it is declared, not again here.
                return compute(byId.get(id));
            }
            Figure figure = figures.get(key);
            if (figure == null) {
                problems.unresolved(key, o.location(), "unknown figure `" + key + "`", Suggestion.hint(key, known));
                return Optional.empty();
            }
            return Optional.of(figure);
        }

        /** The non-missing cells of a column, in rows that meet every condition, as figures. */
        private Optional<List<Figure>> cells(Declaration d, Column c) {
            Optional<Resource> found = resources.apply(c.resource());
            if (found.isEmpty()) {
                problems.error(c.resourceAt(), "unknown resource `" + c.resource() + "`",
                        Optional.ofNullable(Suggestion.hint(c.resource(), resourceNames))
                                .orElse("declare it in the briefing's or the desk's datapackage.yaml"));
                return Optional.empty();
            }
            Resource r = found.get();
            List<String> fieldNames = r.schema().fieldNames();
            boolean ok = true;
            if (r.schema().index(c.column()) < 0) {
                problems.error(c.columnAt(), "resource `" + r.name() + "` has no field `" + c.column() + "`",
                        Suggestion.hint(c.column(), fieldNames));
                ok = false;
            }
            for (Where w : c.where()) {
                if (r.schema().index(w.field()) < 0) {
                    problems.error(w.fieldAt(), "resource `" + r.name() + "` has no field `" + w.field() + "`",
                            Suggestion.hint(w.field(), fieldNames));
                    ok = false;
                    continue;
                }
                Set<String> present = new TreeSet<>();
                r.rows().forEach(row -> r.cell(row, w.field()).filter(cell -> !cell.isMissing())
                        .ifPresent(cell -> present.add(cell.text())));
                for (YamlNode.Scalar v : w.values()) {
                    if (r.rows().stream().noneMatch(row -> matches(r, row, w.field(), List.of(v)))) {
                        problems.error(v.location(), "no row of `" + r.name() + "` has " + w.field() + " `"
                                + v.text() + "`", Suggestion.hint(v.text(), present));
                        ok = false;
                    }
                }
            }
            if (!ok) {
                return Optional.empty();
            }
            List<Figure> out = new ArrayList<>();
            for (Row row : r.rows()) {
                if (c.where().stream().allMatch(w -> matches(r, row, w.field(), w.values()))) {
                    Cell cell = r.cell(row, c.column()).orElseThrow();
                    if (!cell.isMissing()) {
                        out.add(cellFigure(r, row, c.column(), cell));
                    }
                }
            }
            if (out.isEmpty()) {
                problems.error(c.where().isEmpty() ? c.columnAt() : c.whereAt(), d.path() + ": no row of `" + r.name()
                        + "` " + (c.where().isEmpty() ? "" : "meets every condition of `where` and ") + "has a value in `"
                        + c.column() + "`",
                        "check the conditions against the data");
                return Optional.empty();
            }
            return Optional.of(out);
        }

        /** The cell's figure ({@code capex.meta.2025.amount}), or one made for it when its row has no key. */
        private Figure cellFigure(Resource r, Row row, String column, Cell cell) {
            Optional<String> rowKey = r.key(row);
            if (rowKey.isPresent()) {
                Figure indexed = figures.get(r.name() + "." + rowKey.get() + "." + column);
                if (indexed != null) {
                    return indexed;
                }
            }
            String name = rowKey.orElse("row " + row.number());
            String field = r.schema().field(column).map(briefing.dataset.Field::label).orElse(column);
            return new Figure(r.name() + "." + rowKey.orElse("row-" + row.number()) + "." + column,
                    r.title().orElse(r.name()) + ", " + name.replace('.', ' ') + ": " + field,
                    DatasetFigures.value(cell, r.qualifier(row)), r.status(row),
                    // About no company: only indexed cells know whether their company column holds ids.
                    r.source(row).map(s -> sources.get(s.id())), Optional.empty(), List.of(), cell.location());
        }
    }

    /** The cell meets the condition: its text as written, ignoring case, or its number, equals one of the values. */
    private static boolean matches(Resource r, Row row, String field, List<YamlNode.Scalar> values) {
        Optional<Cell> cell = r.cell(row, field);
        if (cell.isEmpty() || cell.get().isMissing()) {
            return false;
        }
        Optional<BigDecimal> number = cell.get().number();
        for (YamlNode.Scalar v : values) {
            String want = v.text().strip();
            if (cell.get().text().strip().equalsIgnoreCase(want)) {
                return true;
            }
            if (number.isPresent() && want.matches("-?\\d+(\\.\\d+)?") && number.get().compareTo(new BigDecimal(want)) == 0) {
                return true;
            }
        }
        return false;
    }

    /** The date every input shares (a sum of one year's cells is of that year); else none. */
    private static Optional<PartialDate> commonDate(List<Figure> inputs) {
        Set<Optional<PartialDate>> dates = new LinkedHashSet<>();
        inputs.forEach(f -> dates.add(f.date()));
        return dates.size() == 1 ? dates.iterator().next() : Optional.empty();
    }

    /**
     * The companies a derived figure is about, for company pages: a share or a difference is about what its first
     * input is about (Amazon's share of a round is about Amazon; the rest of a round beyond Amazon's part is not),
     * a sum, count or growth about all its inputs are.
     */
    private static List<String> about(Operation operation, List<Figure> inputs) {
        List<Figure> concerned = operation == Operation.SHARE || operation == Operation.DIFFERENCE
                ? inputs.subList(0, 1) : inputs;
        return concerned.stream().flatMap(f -> f.about().stream()).distinct().toList();
    }

    /** A label for a declaration without one, from its inputs' labels. */
    private static String label(Declaration d, List<Figure> inputs) {
        List<String> labels = inputs.stream().map(Figure::label).toList();
        return switch (d.operation()) {
            case SUM -> d.operands() instanceof Column c ? "Total of " + c.column() + " in " + c.resource()
                    : "Total of " + joined(labels);
            case COUNT -> d.operands() instanceof Column c ? "Number of " + c.column() + " values in " + c.resource()
                    : "Number of figures: " + joined(labels);
            case SHARE -> labels.get(0) + " as a share of " + labels.get(1);
            case DIFFERENCE -> labels.get(0) + " less " + joined(labels.subList(1, labels.size()));
            case GROWTH -> "Change from " + labels.get(0) + " to " + labels.get(1);
        };
    }

    private static String joined(List<String> labels) {
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}
