package briefing.chart;

import briefing.data.BriefingData;
import briefing.data.DatasetFigures;
import briefing.data.FigureValue;
import briefing.data.Source;
import briefing.dataset.Cell;
import briefing.dataset.Field;
import briefing.dataset.Resource;
import briefing.dataset.Row;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.source.Fields;
import briefing.value.Count;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Percent;
import briefing.value.Qualifier;
import briefing.value.Status;
import briefing.value.ValueFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dataset resource's rows as a chart's categories and series ({@code data: {from: capex, label: year, value:
 * capex, series: company}}). Each point is read the way a figure reference reads its cell (the row's status,
 * qualifier and source), so the chart, its description, its data table and its downloads say what the prose says.
 *
 * <p>Rows are filtered, then each (label, series) pair becomes one point: a second row for the same pair is an error
 * unless the chart declares {@code aggregate: sum}. {@code top: N} keeps the N labels with the largest totals and
 * sums the rest into one "Other" label. A chart that would still draw more than its type shows legibly
 * ({@link ChartType#limit()}) is an error naming the limit, never a cramped picture.
 */
final class DatasetTable {

    /** What a {@code data} mapping asks of a resource, as written. */
    record Request(String from, String label, String value, Optional<String> series, List<Filter> filters,
                   Optional<String> sort, boolean sum, Optional<Integer> top, String other, Fields at) {
    }

    /** Keep the rows whose {@code column} is one of {@code values} (compared as written). */
    record Filter(String column, List<String> values, SourceLocation location) {
    }

    private final BriefingData data;
    private final ValueFormat format;

    DatasetTable(BriefingData data, ValueFormat format) {
        this.data = data;
        this.format = format;
    }

    /** The chart's table, or null after reporting why there is none. */
    ChartLoader.Table table(Resource resource, Request r, ChartType type, String title, Diagnostics problems) {
        Fields d = r.at();
        Optional<Field> labelField = column(resource, r.label(), d, "label", problems);
        Optional<Field> valueField = column(resource, r.value(), d, "value", problems);
        Optional<Field> seriesField = r.series().flatMap(s -> column(resource, s, d, "series", problems));
        boolean ok = labelField.isPresent() && valueField.isPresent()
                && (r.series().isEmpty() || seriesField.isPresent());
        for (Filter f : r.filters()) {
            if (resource.schema().index(f.column()) < 0) {
                problems.error(f.location(), d.path("filter") + ": `" + resource.name() + "` has no column `"
                        + f.column() + "`", Suggestion.hint(f.column(), resource.schema().fieldNames()));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        if (!isNumeric(valueField.get())) {
            List<String> numeric = resource.schema().fields().stream().filter(DatasetTable::isNumeric)
                    .map(Field::name).toList();
            problems.error(d.location("value"), d.path("value") + ": column `" + r.value() + "` of `"
                            + resource.name() + "` is " + describe(valueField.get()) + ", not a number",
                    numeric.isEmpty() ? "`" + resource.name() + "` has no number column; give a column type number "
                            + "or integer, or kind money, count or percent"
                            : "plot one of its number columns: " + String.join(", ", numeric));
            return null;
        }
        if (seriesField.isPresent() && isAmount(seriesField.get())) {
            problems.error(d.location("series"), d.path("series") + ": column `" + seriesField.get().name()
                            + "` holds " + describe(seriesField.get()) + " values, one series per distinct amount",
                    "split the rows by a column of categories, such as a company, a text, a year or a date");
            return null;
        }
        List<Row> rows = filtered(resource, r, problems);
        if (rows == null) {
            return null;
        }
        int labelIndex = resource.schema().index(r.label());
        int valueIndex = resource.schema().index(r.value());
        int seriesIndex = seriesField.map(f -> resource.schema().index(f.name())).orElse(-1);
        String singleSeries = valueField.get().label();

        Map<String, Map<String, Accumulated>> bySeries = new LinkedHashMap<>();
        Map<String, PartialDate> dates = new HashMap<>();
        Set<String> categoryOrder = new LinkedHashSet<>();
        boolean timeLabels = isTime(labelField.get());
        String currency = null;
        Cell currencyCell = null;
        boolean reported = false;
        Map<String, Optional<String>> sourceNames = new HashMap<>();
        for (Row row : rows) {
            Cell labelCell = row.cell(labelIndex);
            Cell seriesCell = seriesIndex < 0 ? null : row.cell(seriesIndex);
            if (labelCell.isMissing() || seriesCell != null && seriesCell.isMissing()) {
                continue; // nowhere to draw it
            }
            Optional<PartialDate> date = time(labelCell.value());
            String category = date.map(format::date).orElse(labelCell.text());
            date.ifPresent(pd -> dates.putIfAbsent(category, pd));
            String series = seriesCell == null ? singleSeries
                    : time(seriesCell.value()).map(format::date).orElse(seriesCell.text());
            categoryOrder.add(category);
            Map<String, Accumulated> points = bySeries.computeIfAbsent(series, s -> new LinkedHashMap<>());
            Cell valueCell = row.cell(valueIndex);
            FigureValue value = valueCell.isMissing() ? null
                    : DatasetFigures.value(valueCell, resource.qualifier(row));
            if (value instanceof FigureValue.OfMoney m) {
                if (currency == null) {
                    currency = m.money().currency();
                    currencyCell = valueCell;
                } else if (!currency.equals(m.money().currency())) {
                    if (!reported) {
                        problems.error(d.location("value"), d.path("value") + ": this chart would mix " + currency
                                        + " (" + currencyCell.location() + ") and " + m.money().currency() + " ("
                                        + valueCell.location() + ")",
                                "one chart shows one currency: add a `filter` keeping one, or make a chart per "
                                        + "currency");
                    }
                    reported = true;
                    continue;
                }
            }
            Accumulated point = new Accumulated(value, resource.status(row), resource.source(row)
                    .flatMap(s -> sourceNames.computeIfAbsent(s.id(), id -> data.source(id).map(Source::name))),
                    row.location());
            Accumulated before = points.get(category);
            if (before == null) {
                points.put(category, point);
            } else if (r.sum()) {
                points.put(category, before.plus(point));
            } else if (!reported) {
                problems.error(d.location("label"), d.path("label") + ": `" + resource.name() + "` has more than "
                                + "one row for " + (seriesCell == null ? "`" + category + "`"
                                : "`" + category + "` in series `" + series + "`") + ": " + before.location()
                                + " and " + row.location(),
                        "declare `aggregate: sum` to add them up, or a `filter` to keep one of them");
                reported = true;
            }
        }
        if (reported) {
            return null;
        }
        if (categoryOrder.isEmpty()) {
            problems.error(d.location("from"), d.path("from") + ": `" + resource.name() + "` has no rows to plot"
                    + (r.filters().isEmpty() ? "" : " after the filter"));
            return null;
        }
        List<String> categories = new ArrayList<>(categoryOrder);
        if (timeLabels) {
            categories.sort(Comparator.comparing(dates::get));
        }
        if (r.sort().isPresent()) {
            if (type == ChartType.LINE && timeLabels) {
                problems.error(d.location("sort"), d.path("sort") + ": a line over time is ordered by time",
                        "remove `sort`");
                return null;
            }
            categories.sort(order(r.sort().get(), bySeries, dates));
        }
        if (r.top().isPresent()) {
            int top = r.top().get();
            if (type.drawn(top + 1, bySeries.size()) > type.limit()) {
                problems.error(d.location("top"), d.path("top") + ": " + top + " labels and \"" + r.other()
                                + "\" are more than a " + type.id() + " chart shows legibly: at most "
                                + type.limit() + " " + type.limitUnit(),
                        "ask for fewer (`top: " + Math.max(1, type.limit() / Math.max(1, seriesPerLabel(type,
                                bySeries.size())) - 1) + "`)");
                return null;
            }
            if (categories.size() > top) {
                Comparator<String> largest = Comparator.comparing((String c) -> total(c, bySeries)).reversed();
                List<String> kept = categories.stream().sorted(largest).limit(top).toList();
                List<String> rest = categories.stream().filter(c -> !kept.contains(c)).toList();
                categories.removeAll(rest);
                for (Map<String, Accumulated> points : bySeries.values()) {
                    Accumulated other = null;
                    for (String c : rest) {
                        Accumulated p = points.remove(c);
                        if (p != null) {
                            other = other == null ? p : other.plus(p);
                        }
                    }
                    if (other != null) {
                        points.put(r.other(), other);
                    }
                }
                categories.add(r.other());
                timeLabels = false;
            }
        }
        if (bySeries.size() > ChartType.MAX_SERIES) {
            problems.error(d.location("series"), d.path("series") + ": `" + resource.name() + "` gives "
                            + bySeries.size() + " series; a chart shows at most " + ChartType.MAX_SERIES
                            + ", one colour each",
                    "add a `filter` keeping fewer `" + r.series().orElse("") + "` values");
            return null;
        }
        int drawn = type.drawn(categories.size(), bySeries.size());
        if (drawn > type.limit()) {
            problems.error(d.location("from"), d.path("from") + ": `" + resource.name() + "` gives " + drawn + " "
                            + type.limitUnit() + "; a " + type.id() + " chart shows at most " + type.limit()
                            + " legibly",
                    "declare `top: " + Math.max(1, type.limit() / seriesPerLabel(type, bySeries.size()) - 1)
                            + "` to keep the largest and sum the rest into \"" + r.other()
                            + "\", `aggregate: sum` over a coarser label, or a `filter`");
            return null;
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        ValueKind kind = kindOf(valueField.get());
        for (Map.Entry<String, Map<String, Accumulated>> s : bySeries.entrySet()) {
            List<ChartSpec.Point> points = new ArrayList<>();
            for (String category : categories) {
                Optional<LocalDate> date = timeLabels ? Optional.of(dates.get(category).start()) : Optional.empty();
                Accumulated a = s.getValue().get(category);
                points.add(a == null ? new ChartSpec.Point(category, null, "", "", false, Optional.empty(), date,
                        Optional.empty()) : a.point(category, date, format));
            }
            series.add(new ChartSpec.Series(s.getKey(), List.copyOf(points)));
        }
        return new ChartLoader.Table(List.copyOf(categories), List.copyOf(series), kind,
                Optional.ofNullable(currency));
    }

    private static int seriesPerLabel(ChartType type, int series) {
        return type.drawn(1, series);
    }

    private static Optional<Field> column(Resource resource, String name, Fields d, String key,
                                          Diagnostics problems) {
        Optional<Field> field = resource.schema().field(name);
        if (field.isEmpty()) {
            problems.error(d.location(key), d.path(key) + ": `" + resource.name() + "` has no column `" + name + "`",
                    Suggestion.hint(name, resource.schema().fieldNames()));
        }
        return field;
    }

    private List<Row> filtered(Resource resource, Request r, Diagnostics problems) {
        List<Row> rows = resource.rows();
        for (Filter f : r.filters()) {
            int index = resource.schema().index(f.column());
            Set<String> wanted = Set.copyOf(f.values());
            List<Row> kept = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Row row : rows) {
                Cell cell = row.cell(index);
                if (!cell.isMissing()) {
                    seen.add(cell.text());
                    if (wanted.contains(cell.text())) {
                        kept.add(row);
                    }
                }
            }
            for (String v : f.values()) {
                if (!seen.contains(v)) {
                    problems.error(f.location(), r.at().path("filter") + "." + f.column() + ": no row of `"
                                    + resource.name() + "` has " + f.column() + " `" + v + "`",
                            seen.size() > 2000 ? null : Suggestion.hint(v, seen));
                    return null;
                }
            }
            rows = kept;
        }
        return rows;
    }

    private static Comparator<String> order(String sort, Map<String, Map<String, Accumulated>> bySeries,
                                            Map<String, PartialDate> dates) {
        boolean descending = sort.startsWith("-");
        Comparator<String> by = sort.endsWith("value")
                ? Comparator.comparing((String c) -> total(c, bySeries))
                : (a, b) -> dates.containsKey(a) && dates.containsKey(b) ? dates.get(a).compareTo(dates.get(b))
                : a.compareTo(b);
        return descending ? by.reversed() : by;
    }

    /** A label's total over every series, for ranking; missing values count as nothing. */
    private static BigDecimal total(String category, Map<String, Map<String, Accumulated>> bySeries) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, Accumulated> points : bySeries.values()) {
            Accumulated a = points.get(category);
            if (a != null && a.number() != null) {
                sum = sum.add(a.number());
            }
        }
        return sum;
    }

    static boolean isNumeric(Field f) {
        if (f.kind().isPresent()) {
            return switch (f.kind().get()) {
                case MONEY, COUNT, PERCENT -> true;
                default -> false;
            };
        }
        return f.type() == Field.Type.NUMBER || f.type() == Field.Type.INTEGER;
    }

    /** Amounts rather than categories: splitting rows by them makes a series per distinct amount. */
    private static boolean isAmount(Field f) {
        return f.kind().map(k -> k == Field.Kind.MONEY || k == Field.Kind.COUNT || k == Field.Kind.PERCENT)
                .orElse(f.type() == Field.Type.NUMBER);
    }

    private static String describe(Field f) {
        return f.kind().map(k -> k.id() + " (kind)").orElse(f.type().id());
    }

    private static boolean isTime(Field f) {
        return f.kind().map(k -> k == Field.Kind.DATE).orElse(false)
                || f.kind().isEmpty() && (f.type() == Field.Type.YEAR || f.type() == Field.Type.YEARMONTH
                || f.type() == Field.Type.DATE);
    }

    private static Optional<PartialDate> time(Object value) {
        if (value instanceof PartialDate d) {
            return Optional.of(d);
        } else if (value instanceof Year y) {
            return Optional.of(PartialDate.ofYear(y.getValue()));
        } else if (value instanceof YearMonth m) {
            return Optional.of(PartialDate.ofMonth(m.getYear(), m.getMonthValue()));
        } else if (value instanceof LocalDate day) {
            return Optional.of(PartialDate.ofDay(day));
        }
        return Optional.empty();
    }

    private static ValueKind kindOf(Field f) {
        return f.kind().map(k -> switch (k) {
            case MONEY -> ValueKind.MONEY;
            case COUNT -> ValueKind.COUNT;
            case PERCENT -> ValueKind.PERCENT;
            default -> ValueKind.NUMBER;
        }).orElse(ValueKind.NUMBER);
    }

    /**
     * One point, or the sum of several rows: the value of a single row exactly as its figure shows it; a sum with
     * the qualifier its inputs imply (any "up to" input makes an "up to" total, mixed qualifiers an "about" one),
     * the weakest status of its inputs and their sources.
     */
    private record Accumulated(FigureValue single, BigDecimal number, Qualifier qualifier, String currency,
                               ValueKind kind, Optional<Status> status, Set<String> sources, int rows,
                               SourceLocation location) {

        Accumulated(FigureValue value, Optional<Status> status, Optional<String> source, SourceLocation location) {
            this(value, value == null ? null : value.number(), value == null ? Qualifier.EXACT : value.qualifier(),
                    value instanceof FigureValue.OfMoney m
                            ? m.money().currency() : null, kind(value), status,
                    source.map(Set::of).orElse(Set.of()), 1, location);
        }

        Accumulated plus(Accumulated other) {
            BigDecimal sum = number == null ? other.number : other.number == null ? number : number.add(other.number);
            // The rules a derived sum follows, so a chart's total and a figure's total never disagree.
            Qualifier q = Qualifier.ofSum(List.of(qualifier, other.qualifier));
            Optional<Status> weaker = status.isEmpty() ? other.status : other.status.isEmpty() ? status
                    : Status.weakest(List.of(status, other.status));
            // Most sums add rows of one source: keep the set rather than copy it for every row.
            Set<String> both = sources;
            if (!sources.containsAll(other.sources)) {
                both = new LinkedHashSet<>(sources);
                both.addAll(other.sources);
            }
            return new Accumulated(null, sum, q, currency != null ? currency : other.currency,
                    kind != null ? kind : other.kind, weaker, both, rows + other.rows, location);
        }

        ChartSpec.Point point(String category, Optional<LocalDate> date, ValueFormat format) {
            FigureValue value = single != null || number == null ? single : switch (kind) {
                case MONEY -> new FigureValue.OfMoney(new Money(currency, number, qualifier));
                case COUNT -> new FigureValue.OfCount(new Count(number.longValue(), qualifier));
                case PERCENT -> new FigureValue.OfPercent(new Percent(number, qualifier));
                case NUMBER -> new FigureValue.OfNumber(number, qualifier);
            };
            Optional<String> source = sources.isEmpty() ? Optional.empty()
                    : Optional.of(String.join("; ", sources.stream().sorted().toList()));
            if (value == null) {
                return new ChartSpec.Point(category, null, "", "", false, status.map(Status::label), date, source);
            }
            String display = value.format(format);
            String shortDisplay = value instanceof FigureValue.OfMoney m ? format.moneyShort(m.money()) : display;
            return new ChartSpec.Point(category, number.doubleValue(), display, shortDisplay,
                    qualifier != Qualifier.EXACT, status.map(Status::label), date, source);
        }

        private static ValueKind kind(FigureValue v) {
            if (v instanceof FigureValue.OfMoney) {
                return ValueKind.MONEY;
            } else if (v instanceof FigureValue.OfCount) {
                return ValueKind.COUNT;
            } else if (v instanceof FigureValue.OfPercent) {
                return ValueKind.PERCENT;
            }
            return v == null ? null : ValueKind.NUMBER;
        }
    }
}
