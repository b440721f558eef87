package briefing.chart;

import briefing.data.BriefingData;
import briefing.data.DataLoader;
import briefing.data.Figure;
import briefing.data.FigureValue;
import briefing.data.FundingRound;
import briefing.data.Source;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.source.Fields;
import briefing.source.SourceFile;
import briefing.source.SourceReader;
import briefing.source.ValueParser;
import briefing.source.ValueSyntax;
import briefing.source.YamlReader;
import briefing.value.Count;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Percent;
import briefing.value.Qualifier;
import briefing.value.Status;
import briefing.value.ValueFormat;
import briefing.value.DigitLimit;
import briefing.value.ValueFormatException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code charts.yaml} and resolves each declaration against the briefing's data: rows of a data file
 * ({@code data: {from: round.participants, label: investor, value: amount}}) or inline series whose points are
 * values or figure keys. The numbers are taken from the data, never copied, so a chart always agrees with the
 * tables beside it.
 */
public final class ChartLoader {

    /** How a chart id is named among the names a mistake can make missing (see Diagnostics#unavailable). */
    public static final String CHART = "chart:";

    private static final ValueParser<ChartType> CHART_TYPE = ValueSyntax.oneOf(ChartType::parse,
            ValueSyntax.words(ChartType.class, ChartType::id), "The kind of chart");
    private static final ValueParser<ValueKind> VALUE_KIND = ValueSyntax.oneOf(ValueKind::parse,
            ValueSyntax.words(ValueKind.class, ValueKind::id), "How values are formatted");

    private static final ValueParser<String> SORT = ValueSyntax.oneOf(text -> {
        String t = text.strip();
        if (!List.of("label", "-label", "value", "-value").contains(t)) {
            throw new ValueFormatException("one of label, -label, value, -value", text);
        }
        return t;
    }, List.of("label", "-label", "value", "-value"), "Order of the labels: by label or by value, - for descending");
    private static final ValueParser<String> AGGREGATE = ValueSyntax.oneOf(text -> {
        if (!text.strip().equals("sum")) {
            throw new ValueFormatException("sum", text);
        }
        return "sum";
    }, List.of("sum"), "How rows with the same label and series are combined");
    private static final ValueParser<Integer> TOP = ValueParser.described(text -> {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValueFormatException("a whole number of labels, at least 1", text);
    }, () -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "integer")
            .put("minimum", 1).put("description", "Keep this many labels with the largest totals; sum the rest"));

    private static final ValueParser<ChartSpec.Scale> SCALE = ValueSyntax.oneOf(text -> switch (text.strip()) {
        case "linear" -> ChartSpec.Scale.LINEAR;
        case "log" -> ChartSpec.Scale.LOG;
        default -> throw new ValueFormatException("one of linear, log", text);
    }, List.of("linear", "log"), "The value axis: linear from zero (the default), or log (line charts only)");

    /** The longest annotation note, in characters: a note on a chart is a few words, its story is in the text. */
    static final int NOTE_LENGTH = 60;

    private final SourceReader reader;
    private final YamlReader yaml;
    private final ValueFormat format;
    private final briefing.data.Companies companies;

    public ChartLoader(SourceReader reader, YamlReader yaml, ValueFormat format) {
        this(reader, yaml, format, briefing.data.Companies.NONE);
    }

    /** @param companies the site's company list: a series or slice naming a company takes that company's colour */
    public ChartLoader(SourceReader reader, YamlReader yaml, ValueFormat format, briefing.data.Companies companies) {
        this.reader = reader;
        this.yaml = yaml;
        this.format = format;
        this.companies = companies;
    }

    public List<ChartSpec> load(Path briefingFolder, BriefingData data, Diagnostics problems) {
        Path file = briefingFolder.resolve(DataLoader.CHARTS);
        if (!reader.isPresent(file)) {
            return List.of();
        }
        List<ChartSpec> charts = new ArrayList<>();
        int fileMark = problems.mark();
        try {
            SourceFile source = reader.read(file);
            Optional<Fields> root = Fields.of(yaml.read(source), problems);
            if (root.isEmpty()) {
                problems.unavailableSince(CHART, fileMark);
                return List.of();
            }
            Map<String, SourceLocation> seen = new HashMap<>();
            Datasets datasets = new Datasets(data, format);
            for (Fields c : root.get().records("charts", true)) {
                int mark = problems.mark();
                ChartSpec spec = chart(c, data, datasets, problems);
                if (spec == null) {
                    // A chart whose declaration or data failed is missing from the body because of that mistake.
                    c.text("id").ifPresent(id -> problems.unavailableSince(CHART + id.strip(), mark));
                }
                if (spec != null) {
                    SourceLocation first = seen.putIfAbsent(spec.id(), spec.location());
                    if (first != null) {
                        problems.error(c.location("id"), "duplicate chart id \"" + spec.id() + "\"",
                                "the first is at line " + first.line() + "; chart ids name their files");
                    } else {
                        charts.add(spec);
                    }
                }
            }
            root.get().rejectUnknown();
        } catch (BuildFailedException e) {
            problems.addAll(e.diagnostics());
            problems.unavailableSince(CHART, fileMark);
        }
        return List.copyOf(charts);
    }

    /** The JSON Schema of charts.yaml, recorded from the binding code (see {@link Fields#schemaProbe()}). */
    public static com.fasterxml.jackson.databind.node.ObjectNode schema() {
        Fields probe = Fields.schemaProbe();
        ChartLoader loader = new ChartLoader(null, null, new ValueFormat(java.util.Locale.ROOT));
        Datasets datasets = loader.new Datasets(BriefingData.empty(), loader.format);
        for (Fields c : probe.records("charts", true)) {
            Diagnostics ignored = new Diagnostics();
            loader.chart(c, BriefingData.empty(), datasets, ignored);
            // A probe has neither `data` nor `series`, so chart() read neither: describe both.
            c.record("data", false).ifPresent(d -> datasets.table(d, ChartType.BAR, null, ignored));
            loader.inline(c, key -> Optional.empty(), Optional.empty(), ignored);
        }
        return probe.schema();
    }

    private ChartSpec chart(Fields c, BriefingData data, Datasets datasets, Diagnostics problems) {
        String id = c.required("id", ValueSyntax.ID);
        ChartType type = c.required("type", CHART_TYPE);
        String title = c.requiredText("title");
        Optional<String> subtitle = c.text("subtitle");
        Optional<String> alt = c.text("alt");
        Optional<String> xLabel = c.text("x_label");
        Optional<String> yLabel = c.text("y_label");
        Optional<ValueKind> declaredFormat = c.optional("format", VALUE_KIND);
        Optional<String> note = c.text("note");
        Optional<ChartSpec.Scale> scale = c.optional("scale", SCALE);
        Optional<ChartSpec.SourceRef> source = c.text("source").flatMap(ref -> {
            Optional<Source> found = data.source(ref);
            if (found.isEmpty()) {
                problems.unresolved(DataLoader.SOURCE + ref, c.location("source"), "unknown source `" + ref + "`",
                        Suggestion.hint(ref, data.sources().stream().map(Source::id).toList()));
            }
            return found.map(s -> new ChartSpec.SourceRef(s.id(), s.name()));
        });
        boolean hasData = c.has("data");
        boolean hasSeries = c.has("series");
        Table table = null;
        if (hasData == hasSeries) {
            problems.error(c.location(), c.path("data") + ": a chart takes its numbers from `data` (rows of a data "
                    + "file) or from `series` (inline), exactly one of them", "see docs/charts.md");
            c.record("data", false);
            c.records("series", false);
        } else if (hasData) {
            table = c.record("data", true).map(d -> datasets.table(d, type, title, problems)).orElse(null);
        } else {
            table = inline(c, data.figures()::find, declaredFormat, problems);
        }
        List<Declared> annotations = c.records("annotations", false).stream().map(Declared::read).toList();
        c.rejectUnknown();
        if (id == null || type == null || title == null || table == null) {
            return null;
        }
        if (type.isPartOfWhole() && table.series().size() > 1) {
            problems.error(c.location("type"), c.path("type") + ": a " + type.id() + " chart shows one series, found "
                    + table.series().size(), "use stacked-bar or grouped-bar for several series");
            return null;
        }
        if (type == ChartType.LINE && table.categories().isEmpty()) {
            return null;
        }
        ValueKind kind = declaredFormat.orElse(table.kind());
        ChartSpec.Scale axis = scale.orElse(ChartSpec.Scale.LINEAR);
        if (axis == ChartSpec.Scale.LOG && !checkLog(c, type, table, problems)) {
            return null;
        }
        int mark = problems.mark();
        List<ChartSpec.Annotation> notes = annotations(annotations, type, table, problems);
        if (!problems.since(mark).isEmpty()) {
            return null;
        }
        List<String> coloured = type.isPartOfWhole() ? table.categories()
                : table.series().stream().map(ChartSpec.Series::name).toList();
        ChartSpec draft = new ChartSpec(id, type, title, subtitle, "", xLabel, yLabel, kind, table.currency(), note,
                source, table.categories(), table.series(), c.location(), axis, notes,
                CompanyColours.slots(coloured, companies, ChartType.MAX_SERIES));
        return draft.withDescription(alt.orElseGet(() -> ChartDescriber.describe(draft, format)));
    }

    /**
     * A log scale only where a length is not a value: on a line chart, and with every value above zero (a log axis
     * has no place for zero).
     */
    private boolean checkLog(Fields c, ChartType type, Table table, Diagnostics problems) {
        if (type != ChartType.LINE) {
            problems.error(c.location("scale"), c.path("scale") + ": a " + type.id() + " chart's "
                            + (type.isPartOfWhole() ? "slices are shares of a whole" : "bars start at zero: a bar's "
                            + "length is its value") + ", so its axis cannot be logarithmic",
                    "a log scale is for line charts (`type: line`); or leave out `scale`");
            return false;
        }
        for (ChartSpec.Series s : table.series()) {
            for (ChartSpec.Point p : s.points()) {
                if (p.value() != null && !(p.value() > 0)) {
                    problems.error(c.location("scale"), c.path("scale") + ": a log scale has no place for "
                            + p.display() + " (" + p.category() + ")", "use a linear scale: leave out `scale`");
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The editor's notes: each on the value of a {@code label} (in a {@code series}, else the first) or on a
     * {@code date} of a line chart's time axis, with a short {@code note}.
     */
    private List<ChartSpec.Annotation> annotations(List<Declared> declared, ChartType type, Table table,
                                                   Diagnostics problems) {
        List<ChartSpec.Annotation> out = new ArrayList<>();
        for (Declared d : declared) {
            Fields a = d.at();
            String note = d.note();
            Optional<String> label = d.label();
            Optional<String> series = d.series();
            Optional<PartialDate> date = d.date();
            if (note == null) {
                continue;
            }
            if (note.strip().length() > NOTE_LENGTH) {
                problems.error(a.location("note"), a.path("note") + ": a note on a chart is short: at most "
                        + NOTE_LENGTH + " characters, found " + note.strip().length(),
                        "say the rest in the text, or in the chart's `note`");
                continue;
            }
            if (type.isPartOfWhole()) {
                problems.error(a.location(), a.path("note") + ": a " + type.id() + " chart has no room for "
                        + "annotations; they are drawn on bar and line charts", "say it in the chart's `note`");
                continue;
            }
            if (label.isPresent() == date.isPresent()) {
                problems.error(a.location(), a.path("label") + ": an annotation marks a value (`label`) or a date "
                        + "(`date`), exactly one of them");
                continue;
            }
            if (date.isPresent()) {
                ChartSpec.Annotation on = onDate(a, note.strip(), date.get(), type, table, problems);
                if (on != null) {
                    out.add(on);
                }
                continue;
            }
            int index = table.categories().indexOf(label.get());
            if (index < 0) {
                problems.error(a.location("label"), a.path("label") + ": the chart has no label `" + label.get()
                        + "`", Suggestion.hint(label.get(), table.categories()));
                continue;
            }
            List<String> names = table.series().stream().map(ChartSpec.Series::name).toList();
            if (series.isPresent() && !names.contains(series.get())) {
                problems.error(a.location("series"), a.path("series") + ": the chart has no series `" + series.get()
                        + "`", Suggestion.hint(series.get(), names));
                continue;
            }
            ChartSpec.Series s = table.series().get(series.map(names::indexOf).orElse(0));
            if (s.points().get(index).value() == null) {
                problems.error(a.location("label"), a.path("label") + ": `" + label.get() + "` has no value"
                        + (names.size() > 1 ? " in series `" + s.name() + "`" : "") + " to mark",
                        names.size() > 1 ? "name the `series` whose value the note is about" : null);
                continue;
            }
            String at = names.size() > 1 ? label.get() + ", " + s.name() : label.get();
            out.add(new ChartSpec.Annotation(note.strip(), label, series, Optional.empty(), at));
        }
        return List.copyOf(out);
    }

    /** An annotation as written, read before the chart's data so that every field is checked (and described). */
    private record Declared(Fields at, String note, Optional<String> label, Optional<String> series,
                            Optional<PartialDate> date) {
        static Declared read(Fields a) {
            Declared d = new Declared(a, a.requiredText("note"), a.text("label"), a.text("series"),
                    a.optional("date", ValueSyntax.DATE));
            a.rejectUnknown();
            return d;
        }
    }

    private ChartSpec.Annotation onDate(Fields a, String note, PartialDate date, ChartType type, Table table,
                                        Diagnostics problems) {
        List<java.time.LocalDate> dates = table.series().get(0).points().stream()
                .map(ChartSpec.Point::date).flatMap(Optional::stream).sorted().toList();
        if (type != ChartType.LINE || dates.isEmpty()) {
            problems.error(a.location("date"), a.path("date") + ": only a line chart over time has dates to mark",
                    "mark a bar with `label` instead");
            return null;
        }
        java.time.LocalDate start = date.start();
        if (start.isBefore(dates.get(0)) || start.isAfter(dates.get(dates.size() - 1))) {
            List<ChartSpec.Point> points = table.series().get(0).points();
            java.util.function.Function<java.time.LocalDate, String> named = day -> points.stream()
                    .filter(p -> p.date().equals(Optional.of(day))).findFirst().map(ChartSpec.Point::category)
                    .orElse(day.toString());
            problems.error(a.location("date"), a.path("date") + ": " + format.date(date) + " is outside the chart's "
                    + "time axis, which runs from " + named.apply(dates.get(0)) + " to "
                    + named.apply(dates.get(dates.size() - 1)), "mark a date the chart shows");
            return null;
        }
        return new ChartSpec.Annotation(note, Optional.empty(), Optional.empty(), Optional.of(start),
                format.date(date));
    }

    /** Resolved categories and series, whichever way they were declared. */
    record Table(List<String> categories, List<ChartSpec.Series> series, ValueKind kind, Optional<String> currency) {
    }

    private Table inline(Fields c, java.util.function.Function<String, Optional<Figure>> figures,
                         Optional<ValueKind> declared, Diagnostics problems) {
        List<String> categories = null;
        SourceLocation firstSeries = null;
        boolean aligned = true;
        List<ChartSpec.Series> series = new ArrayList<>();
        Kinds kinds = new Kinds();
        // Only read when `series` is there (or by the schema probe, where `data` is the alternative).
        for (Fields s : c.records("series", false)) {
            String name = s.text("name").orElse(c.text("title").orElse("Values"));
            List<String> labels = new ArrayList<>();
            List<ChartSpec.Point> points = new ArrayList<>();
            for (Fields p : s.records("points", true)) {
                String label = p.requiredText("label");
                Optional<String> figureKey = p.text("figure");
                Optional<String> raw = p.text("value");
                Optional<PartialDate> date = p.optional("date", ValueSyntax.DATE);
                p.rejectUnknown();
                if (label == null) {
                    continue;
                }
                labels.add(label);
                if (figureKey.isPresent() && raw.isPresent()) {
                    problems.error(p.location("figure"), p.path("figure")
                            + ": a point has a `value` or a `figure`, not both");
                    points.add(new ChartSpec.Point(label, null, "", Optional.empty(), date.map(PartialDate::start)));
                } else if (figureKey.isEmpty() && raw.isEmpty()) {
                    // Nothing reported for this label in this series: drawn as nothing, never as zero.
                    points.add(new ChartSpec.Point(label, null, "", Optional.empty(), date.map(PartialDate::start)));
                } else if (figureKey.isPresent()) {
                    Optional<Figure> figure = figures.apply(figureKey.get());
                    if (figure.isEmpty()) {
                        problems.unresolved(figureKey.get(), p.location("figure"), p.path("figure")
                                + ": unknown figure `" + figureKey.get() + "`", null);
                        points.add(new ChartSpec.Point(label, null, "", Optional.empty(), Optional.empty()));
                    } else {
                        points.add(kinds.point(label, figure.get().value(), figure.get().status(), date, p,
                                "figure", problems));
                        kinds.quantity(Quantity.of(figure.get()), figureKey.get(), p, problems);
                    }
                } else {
                    points.add(kinds.parsed(label, raw.get(), declared, date, p, problems));
                }
            }
            s.rejectUnknown();
            if (categories == null) {
                categories = labels;
                firstSeries = s.location();
            } else if (!categories.equals(labels)) {
                aligned = false;
                problems.error(s.location(), s.path("points") + ": series \"" + name + "\" has the labels " + labels
                                + " but the first series (line " + firstSeries.line() + ") has " + categories,
                        "every series lists the same labels in the same order; give a missing value as `value: 0` "
                                + "only if it really is zero");
            }
            series.add(new ChartSpec.Series(name, List.copyOf(points)));
        }
        if (categories == null || categories.isEmpty() || !aligned) {
            return null;
        }
        return new Table(List.copyOf(categories), List.copyOf(series), kinds.kind(), kinds.currency());
    }

    /**
     * Keeps the value kind and currency of a chart's points consistent: one chart cannot mix dollars with job
     * counts, or dollars with euros.
     */
    final class Kinds {
        private ValueKind kind;
        private SourceLocation kindAt;
        private String currency;
        private Quantity quantity;
        private SourceLocation quantityAt;
        /** The last point was of another kind: said once, not again as another quantity. */
        private boolean lastOfOtherKind;
        private final Map<String, Boolean> reported = new LinkedHashMap<>();

        ValueKind kind() {
            return kind == null ? ValueKind.NUMBER : kind;
        }

        Optional<String> currency() {
            return Optional.ofNullable(currency);
        }

        ChartSpec.Point parsed(String label, String raw, Optional<ValueKind> declared, Optional<PartialDate> date,
                               Fields at, Diagnostics problems) {
            ValueKind want = declared.orElse(kind);
            try {
                FigureValue value = parse(raw, want);
                return point(label, value, Optional.empty(), date, at, "value", problems);
            } catch (ValueFormatException e) {
                problems.error(at.location("value"), at.path("value") + ": " + e.getMessage(), e.hint().orElse(null));
                return new ChartSpec.Point(label, null, "", Optional.empty(), date.map(PartialDate::start));
            }
        }

        ChartSpec.Point point(String label, FigureValue value, Optional<Status> status, Optional<PartialDate> date,
                              Fields at, String field, Diagnostics problems) {
            ValueKind k;
            Double number;
            String cur = null;
            String shortDisplay = value.format(format);
            Qualifier qualifier;
            if (value instanceof FigureValue.OfMoney m) {
                k = ValueKind.MONEY;
                number = m.money().amount().doubleValue();
                cur = m.money().currency();
                shortDisplay = format.moneyShort(m.money());
                qualifier = m.money().qualifier();
            } else if (value instanceof FigureValue.OfCount n) {
                k = ValueKind.COUNT;
                number = (double) n.count().value();
                qualifier = n.count().qualifier();
            } else if (value instanceof FigureValue.OfPercent p) {
                k = ValueKind.PERCENT;
                number = p.percent().value().doubleValue();
                qualifier = p.percent().qualifier();
            } else {
                problems.error(at.location(field), at.path(field) + ": a chart needs a number, found a date");
                return new ChartSpec.Point(label, null, "", Optional.empty(), Optional.empty());
            }
            lastOfOtherKind = kind != null && kind != k;
            if (lastOfOtherKind) {
                problems.error(at.location(field), at.path(field) + ": this chart plots " + kind.id()
                        + " values (line " + kindAt.line() + "); this one is " + k.id(),
                        "one axis shows one quantity: make a separate chart for the " + k.id() + " values");
            }
            if (kind == null) {
                kindAt = at.location(field);
            }
            if (currency != null && cur != null && !currency.equals(cur)) {
                problems.error(at.location(field), at.path(field) + ": this chart is in " + currency + "; this value is in "
                        + cur, "convert the amount or make a separate chart");
            }
            kind = kind == null ? k : kind;
            currency = currency == null ? cur : currency;
            return new ChartSpec.Point(label, number, value.format(format), shortDisplay,
                    qualifier != Qualifier.EXACT, status.map(Status::label), date.map(PartialDate::start));
        }

        /**
         * Checks that a figure measures what the chart's other figures measure: a valuation beside deal amounts is
         * money beside money, but not one quantity. Unknown quantities (values written in the chart) pass.
         */
        void quantity(Optional<Quantity> q, String key, Fields at, Diagnostics problems) {
            if (q.isEmpty() || lastOfOtherKind) {
                return;
            }
            if (quantity == null) {
                quantity = q.get();
                quantityAt = at.location("figure");
            } else if (!quantity.equals(q.get())) {
                problems.error(at.location("figure"), at.path("figure") + ": `" + key + "` is " + q.get().singular()
                                + ", but this chart plots " + quantity.plural() + " (line " + quantityAt.line()
                                + ") on the same axis",
                        "one axis shows one quantity: make a chart of " + q.get().plural() + " and another of "
                                + quantity.plural());
            }
        }

        private static final String NUMBER = "a number like \"$50B\", \"16,000\" or \"50%\"";

        private FigureValue parse(String raw, ValueKind want) throws ValueFormatException {
            if (want == ValueKind.MONEY) {
                return new FigureValue.OfMoney(Money.parse(raw));
            }
            if (want == ValueKind.COUNT) {
                return new FigureValue.OfCount(Count.parse(raw));
            }
            if (want == ValueKind.PERCENT) {
                return new FigureValue.OfPercent(Percent.parse(raw));
            }
            // No kind yet: the first value decides, in the order an editor most likely means. Too many digits for
            // any kind is said as such, before each kind refuses it in its own words.
            DigitLimit.check(raw, "number", NUMBER, "write it with a scale word, e.g. \"$1.5 trillion\" or \"1.2 million\"");
            try {
                return new FigureValue.OfMoney(Money.parse(raw));
            } catch (ValueFormatException notMoney) {
                try {
                    return new FigureValue.OfPercent(Percent.parse(raw));
                } catch (ValueFormatException notPercent) {
                    try {
                        return new FigureValue.OfCount(Count.parse(raw));
                    } catch (ValueFormatException notCount) {
                        throw new ValueFormatException(NUMBER, raw);
                    }
                }
            }
        }
    }

    /** Rows of the briefing's data files that charts can plot, by name. */
    final class Datasets {
        private final Map<String, List<Row>> rows = new LinkedHashMap<>();
        private final Map<String, List<String>> fields = new LinkedHashMap<>();
        private final BriefingData data;

        record Row(Map<String, Object> values, Optional<Status> status) {
        }

        Datasets(BriefingData data, ValueFormat format) {
            this.data = data;
            data.round().ifPresent(r -> put("round.participants", List.of("investor", "amount", "stage"),
                    r.participants().stream().map(p -> row(p.status(), "investor", p.investor().name(), "amount",
                            p.amount().orElse(null), "stage", p.stage().orElse(null))).toList()));
            data.valuations().ifPresent(v -> put("valuations", List.of("event", "date", "amount"),
                    v.entries().stream().map(e -> row(e.status(), "event", e.event(), "date", e.date().orElse(null),
                            "amount", e.amount())).toList()));
            data.workforce().ifPresent(w -> put("workforce", List.of("scope", "kind", "date", "count"),
                    w.changes().stream().map(c -> row(c.status(), "scope", c.scope(), "kind", c.kind().label(),
                            "date", c.date().orElse(null), "count", c.count())).toList()));
        }

        private void put(String name, List<String> names, List<Row> list) {
            fields.put(name, names);
            rows.put(name, list);
        }

        private static Row row(Status status, Object... pairs) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i + 1] != null) {
                    values.put((String) pairs[i], pairs[i + 1]);
                }
            }
            return new Row(values, Optional.of(status));
        }

        /** @param title names the series when the declaration does not ({@code series:}) */
        Table table(Fields d, ChartType type, String title, Diagnostics problems) {
            String from = d.requiredText("from");
            String label = d.requiredText("label");
            String value = d.requiredText("value");
            Optional<String> remainder = d.text("remainder");
            String seriesName = d.text("series").orElse(null);
            List<DatasetTable.Filter> filters = filters(d, problems);
            Optional<String> sort = d.optional("sort", SORT);
            boolean summed = d.optional("aggregate", AGGREGATE).isPresent();
            Optional<Integer> top = d.optional("top", TOP);
            String other = d.text("other").orElse("Other");
            d.rejectUnknown();
            if (from == null || label == null || value == null) {
                return null;
            }
            if (!rows.containsKey(from)) {
                Optional<briefing.dataset.Resource> resource = data.resource(from);
                if (resource.isPresent()) {
                    if (remainder.isPresent()) {
                        problems.error(d.location("remainder"), d.path("remainder")
                                + ": only `round.participants` has a total to take a remainder of",
                                "use `top` to sum the smaller labels into one");
                        return null;
                    }
                    return new DatasetTable(data, format).table(resource.get(), new DatasetTable.Request(from, label,
                            value, Optional.ofNullable(seriesName), filters, sort, summed, top, other, d), type, title,
                            problems);
                }
                List<String> known = new ArrayList<>(List.of("round.participants", "valuations", "workforce"));
                data.datasets().forEach(p -> known.addAll(p.resourceNames()));
                problems.unresolved("dataset:" + from, d.location("from"), d.path("from") + ": no data set `" + from + "`"
                                + (rows.isEmpty() && data.datasets().stream().allMatch(p -> p.resources().isEmpty())
                                ? " (this briefing has no round, valuations or workforce data and no dataset)" : ""),
                        Suggestion.hint(from, known));
                return null;
            }
            for (String key : List.of("filter", "sort", "aggregate", "top", "other")) {
                if (d.has(key)) {
                    problems.error(d.location(key), d.path(key) + ": `" + key + "` applies to dataset resources; `"
                            + from + "` is a built-in data file", "see README.md, \"Charts from datasets\"");
                    return null;
                }
            }
            List<String> names = fields.get(from);
            boolean ok = true;
            for (Map.Entry<String, String> f : Map.of("label", label, "value", value).entrySet()) {
                if (!names.contains(f.getValue())) {
                    problems.error(d.location(f.getKey()), d.path(f.getKey()) + ": `" + from + "` has no field `"
                            + f.getValue() + "`", Suggestion.hint(f.getValue(), names));
                    ok = false;
                }
            }
            if (!ok) {
                return null;
            }
            Kinds kinds = new Kinds();
            List<String> categories = new ArrayList<>();
            List<ChartSpec.Point> points = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            List<Qualifier> taken = new ArrayList<>();
            for (Row row : rows.get(from)) {
                Object v = row.values().get(value);
                Object l = row.values().get(label);
                if (v == null || l == null) {
                    continue; // a participant without an amount has nothing to plot
                }
                if (type == ChartType.LINE && !(l instanceof PartialDate)) {
                    problems.error(d.location("label"), d.path("label") + ": a line chart needs dates on its x axis; `"
                            + label + "` is not a date", "use a date field such as `date`");
                    return null;
                }
                FigureValue fv = figureValue(v);
                if (fv == null) {
                    problems.error(d.location("value"), d.path("value") + ": `" + value + "` is not a number",
                            "plot a money, count or percent field");
                    return null;
                }
                String category = l instanceof PartialDate date ? format.date(date) : l.toString();
                categories.add(category);
                Optional<PartialDate> date = l instanceof PartialDate pd ? Optional.of(pd) : Optional.empty();
                points.add(kinds.point(category, fv, row.status(), date, d, "value", problems));
                if (v instanceof Money m) {
                    sum = sum.add(m.amount());
                    taken.add(m.qualifier());
                }
            }
            if (remainder.isPresent()) {
                Optional<FundingRound> round = data.round().filter(r -> from.equals("round.participants"));
                if (round.isEmpty()) {
                    problems.error(d.location("remainder"), d.path("remainder")
                            + ": only `round.participants` has a total to take a remainder of");
                    return null;
                }
                Money total = round.get().total();
                BigDecimal rest = total.amount().subtract(sum);
                if (rest.signum() > 0) {
                    // The rule of derived differences: parts reported as "up to" leave at least the rest.
                    Money remainderMoney = new Money(total.currency(), rest,
                            Qualifier.ofDifference(total.qualifier(), taken));
                    categories.add(remainder.get());
                    points.add(kinds.point(remainder.get(), new FigureValue.OfMoney(remainderMoney),
                            Optional.of(round.get().totalStatus()), Optional.empty(), d, "remainder", problems));
                }
            }
            if (categories.isEmpty()) {
                problems.error(d.location("from"), d.path("from") + ": `" + from + "` has no rows with a `" + value + "`");
                return null;
            }
            return new Table(List.copyOf(categories),
                    List.of(new ChartSpec.Series(seriesName != null ? seriesName : title != null ? title : value,
                            List.copyOf(points))),
                    kinds.kind(), kinds.currency());
        }

        /** {@code filter: {company: meta, year: [2024, 2025]}}: a column and the values to keep, as written. */
        private List<DatasetTable.Filter> filters(Fields d, Diagnostics problems) {
            Optional<briefing.source.YamlNode> node = d.node("filter");
            if (node.isEmpty()) {
                return List.of();
            }
            if (!(node.get() instanceof briefing.source.YamlNode.Mapping mapping)) {
                problems.error(node.get().location(), d.path("filter") + ": expected a mapping of columns to "
                        + "values (company: meta), found " + node.get().describe());
                return List.of();
            }
            List<DatasetTable.Filter> filters = new ArrayList<>();
            for (briefing.source.YamlNode.Mapping.Entry e : mapping.entries().values()) {
                List<String> values = new ArrayList<>();
                if (e.value() instanceof briefing.source.YamlNode.Scalar s && !s.isNull()) {
                    values.add(s.text().strip());
                } else if (e.value() instanceof briefing.source.YamlNode.Sequence seq && !seq.items().isEmpty()
                        && seq.items().stream().allMatch(i -> i instanceof briefing.source.YamlNode.Scalar s
                        && !s.isNull())) {
                    seq.items().forEach(i -> values.add(((briefing.source.YamlNode.Scalar) i).text().strip()));
                } else {
                    problems.error(e.value().location(), d.path("filter") + "." + e.key().name()
                            + ": expected a value or a list of values, found " + e.value().describe());
                    continue;
                }
                filters.add(new DatasetTable.Filter(e.key().name(), List.copyOf(values), e.key().location()));
            }
            return List.copyOf(filters);
        }

        private static FigureValue figureValue(Object v) {
            if (v instanceof Money m) {
                return new FigureValue.OfMoney(m);
            }
            if (v instanceof Count c) {
                return new FigureValue.OfCount(c);
            }
            if (v instanceof Percent p) {
                return new FigureValue.OfPercent(p);
            }
            return null;
        }
    }

}
