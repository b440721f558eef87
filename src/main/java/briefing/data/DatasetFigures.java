package briefing.data;

import briefing.dataset.Cell;
import briefing.dataset.DataPackage;
import briefing.dataset.Field;
import briefing.dataset.Resource;
import briefing.dataset.Row;
import briefing.diagnostic.Diagnostics;
import briefing.value.Count;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Percent;
import briefing.value.Qualifier;
import briefing.value.Status;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names every cell of a data package that a figure reference can show, {@code <resource>.<row key>.<field>}
 * ({@code capex.meta.2025.amount}), with the row's status, qualifier and source, so a dataset cell reads in prose,
 * the summary and key figures exactly like a figure of the built-in data files.
 *
 * <p>The figures are made when asked for, not kept: {@link #index} adds the package to a {@link FigureMap}, which
 * finds a key's row through the resource's index of rows by key. A table of 100,000 rows has 400,000 such
 * figures, nearly none of which is ever referred to; keeping them was most of a build's memory.
 */
public final class DatasetFigures {

    private static final List<Field.Kind> ROW_PROPERTIES = List.of(Field.Kind.STATUS, Field.Kind.QUALIFIER,
            Field.Kind.SOURCE, Field.Kind.COMPANY);

    private final Map<String, Source> sources;
    private final boolean companyIds;
    private final Diagnostics problems;
    /** Shared by the figures of one row and across rows: a figure holds its row's status, source and date. */
    private final Map<Status, Optional<Status>> statuses = new java.util.EnumMap<>(Status.class);
    private final Map<String, Optional<Source>> sourcesById = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, Optional<PartialDate>> years = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param companyIds whether company columns hold ids of a company list (else free text, not "about" ids) */
    DatasetFigures(Map<String, Source> sources, boolean companyIds, Diagnostics problems) {
        this.sources = sources;
        this.companyIds = companyIds;
        this.problems = problems;
        for (Status s : Status.values()) {
            statuses.put(s, Optional.of(s));
        }
    }

    /**
     * Adds the package's figures to {@code figures}; a key already there is reported as defined twice (the one
     * there is kept).
     *
     * @param aboutCompanies whether the figures name the companies of their row as what they are about (company
     *                       pages list them); false for the desk's package, whose cells every briefing indexes
     *                       and which would otherwise be listed once per briefing
     */
    void index(DataPackage pack, FigureMap figures, boolean aboutCompanies) {
        Indexed indexed = new Indexed(pack, aboutCompanies);
        // A key is defined twice when a figure already there has it (a data file's, or an earlier package's), or,
        // with a resource named like the start of another's ("a" and "a.b"), when two of this package's cells do.
        for (String key : figures.keys()) {
            indexed.find(key).ifPresent(f -> twice(f, figures.get(key)));
        }
        if (indexed.nested()) {
            Map<String, Figure> seen = new java.util.HashMap<>();
            indexed.all(f -> {
                Figure first = seen.putIfAbsent(f.key(), f);
                if (first != null) {
                    twice(f, first);
                }
            });
        }
        figures.add(indexed);
    }

    private void twice(Figure figure, Figure previous) {
        problems.error(figure.location(), "figure `" + figure.key() + "` is defined twice",
                "the other is at " + previous.location() + "; rename the resource or the field");
    }

    /** One package's cells as figures, found by key or listed. */
    final class Indexed {
        private final DataPackage pack;
        private final boolean aboutCompanies;
        /**
         * Per resource, in order: whether each field is a figure of its rows (not the key, not a row property). A
         * list, not a map: a resource's hash is that of every row.
         */
        private final List<Map.Entry<Resource, boolean[]>> figureFields = new java.util.ArrayList<>();

        Indexed(DataPackage pack, boolean aboutCompanies) {
            this.pack = pack;
            this.aboutCompanies = aboutCompanies;
            for (Resource resource : pack.resources()) {
                List<Field> fields = resource.schema().fields();
                boolean[] shown = new boolean[fields.size()];
                for (int i = 0; i < shown.length; i++) {
                    Field field = fields.get(i);
                    shown[i] = !resource.schema().primaryKey().contains(field.name())
                            && !field.kind().map(ROW_PROPERTIES::contains).orElse(false);
                }
                figureFields.add(Map.entry(resource, shown));
            }
        }

        /** Whether its figures can be about companies: with company ids, a package whose rows name companies. */
        boolean namesCompanies() {
            return companyIds && aboutCompanies && pack.resources().stream().anyMatch(r -> r.schema().fields().stream()
                    .anyMatch(f -> f.kind().orElse(null) == Field.Kind.COMPANY));
        }

        /** Whether a resource's name and a dot begin another's, so that two cells could have the same key. */
        boolean nested() {
            for (Resource a : pack.resources()) {
                for (Resource b : pack.resources()) {
                    if (a != b && b.name().startsWith(a.name() + ".")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The figure of {@code key}, the first resource's that has it. */
        Optional<Figure> find(String key) {
            for (Map.Entry<Resource, boolean[]> e : figureFields) {
                Resource resource = e.getKey();
                if (!key.startsWith(resource.name()) || key.length() <= resource.name().length() + 2
                        || key.charAt(resource.name().length()) != '.') {
                    continue;
                }
                String rest = key.substring(resource.name().length() + 1);
                int dot = rest.lastIndexOf('.');
                if (dot <= 0) {
                    continue;
                }
                int field = resource.schema().index(rest.substring(dot + 1));
                Optional<Row> row = field < 0 || !e.getValue()[field] ? Optional.empty()
                        : resource.row(rest.substring(0, dot));
                if (row.isPresent() && !row.get().cell(field).isMissing()) {
                    return Optional.of(figure(resource, row.get(), rest.substring(0, dot), field));
                }
            }
            return Optional.empty();
        }

        /** Every figure, in file order: resource by resource, row by row, field by field. */
        void all(java.util.function.Consumer<Figure> each) {
            for (Map.Entry<Resource, boolean[]> e : figureFields) {
                Resource resource = e.getKey();
                for (Row row : resource.rows()) {
                    Optional<String> key = resource.key(row);
                    if (key.isEmpty()) {
                        continue;
                    }
                    for (int field = 0; field < e.getValue().length; field++) {
                        if (e.getValue()[field] && !row.cell(field).isMissing()) {
                            each.accept(figure(resource, row, key.get(), field));
                        }
                    }
                }
            }
        }

        /** How many figures {@link #all} lists. */
        int count() {
            int[] n = {0};
            for (Map.Entry<Resource, boolean[]> e : figureFields) {
                for (Row row : e.getKey().rows()) {
                    if (e.getKey().key(row).isPresent()) {
                        for (int field = 0; field < e.getValue().length; field++) {
                            n[0] += e.getValue()[field] && !row.cell(field).isMissing() ? 1 : 0;
                        }
                    }
                }
            }
            return n[0];
        }

        private Figure figure(Resource resource, Row row, String key, int index) {
            Field field = resource.schema().fields().get(index);
            Cell cell = row.cell(index);
            String figureKey = resource.name() + "." + key + "." + field.name();
            // "Capital spending, meta 2025" when the column is what the table is about, else
            // "Capital spending, meta 2025: Headcount".
            String label = resource.label() + ", " + key.replace('.', ' ')
                    + (field.label().equals(resource.label()) ? "" : ": " + field.label());
            List<String> about = companyIds && aboutCompanies ? resource.companies(row) : List.of();
            Optional<Source> source = resource.source(row)
                    .map(r -> sourcesById.computeIfAbsent(r.id(), id -> Optional.ofNullable(sources.get(id))))
                    .orElse(Optional.empty());
            Optional<Status> status = resource.status(row).map(statuses::get).orElse(Optional.empty());
            return new Figure(figureKey, label, value(cell, resource.qualifier(row)), status, source, date(row), about,
                    cell.location());
        }
    }

    /** The row's date, for charts over time: its first partial-date or year value. */
    private Optional<PartialDate> date(Row row) {
        for (Cell cell : row.cells()) {
            if (cell.value() instanceof PartialDate d) {
                return Optional.of(d);
            }
        }
        for (Cell cell : row.cells()) {
            if (cell.value() instanceof Year y) {
                return years.computeIfAbsent(y.getValue(), v -> Optional.of(PartialDate.ofYear(v)));
            }
        }
        return Optional.empty();
    }

    /**
     * The value of a cell as a figure shows it; the row's qualifier applies to a value written without one of its
     * own. Charts read dataset cells through this too, so a plotted point says what its figure says.
     */
    public static FigureValue value(Cell cell, Optional<Qualifier> row) {
        Object v = cell.value();
        if (v instanceof Money m) {
            return new FigureValue.OfMoney(m.qualifier() == Qualifier.EXACT && row.isPresent()
                    ? new Money(m.currency(), m.amount(), row.get()) : m);
        } else if (v instanceof Count c) {
            return new FigureValue.OfCount(c.qualifier() == Qualifier.EXACT && row.isPresent()
                    ? new Count(c.value(), row.get()) : c);
        } else if (v instanceof Percent p) {
            return new FigureValue.OfPercent(p.qualifier() == Qualifier.EXACT && row.isPresent()
                    ? new Percent(p.value(), row.get()) : p);
        } else if (v instanceof PartialDate d) {
            return new FigureValue.OfDate(d);
        } else if (v instanceof BigDecimal d) {
            return new FigureValue.OfNumber(d, row.orElse(Qualifier.EXACT));
        } else if (v instanceof BigInteger i) {
            return new FigureValue.OfNumber(new BigDecimal(i), row.orElse(Qualifier.EXACT));
        }
        return new FigureValue.OfText(cell.text());
    }
}
