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
 */
public final class DatasetFigures {

    private static final List<Field.Kind> ROW_PROPERTIES = List.of(Field.Kind.STATUS, Field.Kind.QUALIFIER,
            Field.Kind.SOURCE, Field.Kind.COMPANY);

    private final Map<String, Source> sources;
    private final boolean companyIds;
    private final Diagnostics problems;

    /** @param companyIds whether company columns hold ids of a company list (else free text, not "about" ids) */
    DatasetFigures(Map<String, Source> sources, boolean companyIds, Diagnostics problems) {
        this.sources = sources;
        this.companyIds = companyIds;
        this.problems = problems;
    }

    /**
     * Adds the package's figures to {@code figures}; a key already there is reported as defined twice.
     *
     * @param aboutCompanies whether the figures name the companies of their row as what they are about (company
     *                       pages list them); false for the desk's package, whose cells every briefing indexes
     *                       and which would otherwise be listed once per briefing
     */
    void index(DataPackage pack, Map<String, Figure> figures, boolean aboutCompanies) {
        for (Resource resource : pack.resources()) {
            for (Row row : resource.rows()) {
                Optional<String> key = resource.key(row);
                if (key.isEmpty()) {
                    continue;
                }
                Optional<Qualifier> qualifier = resource.qualifier(row);
                Optional<PartialDate> date = date(row);
                Optional<Source> source = resource.source(row).map(r -> sources.get(r.id()));
                List<String> about = companyIds && aboutCompanies ? resource.companies(row) : List.of();
                for (Field field : resource.schema().fields()) {
                    if (resource.schema().primaryKey().contains(field.name())
                            || field.kind().map(ROW_PROPERTIES::contains).orElse(false)) {
                        continue;
                    }
                    Cell cell = resource.cell(row, field.name()).orElseThrow();
                    if (cell.isMissing()) {
                        continue;
                    }
                    String figureKey = resource.name() + "." + key.get() + "." + field.name();
                    Figure previous = figures.get(figureKey);
                    if (previous != null) {
                        problems.error(cell.location(), "figure `" + figureKey + "` is defined twice",
                                "the other is at " + previous.location() + "; rename the resource or the field");
                        continue;
                    }
                    // "Capital spending, meta 2025" when the column is what the table is about, else
                    // "Capital spending, meta 2025: Headcount".
                    String label = resource.label() + ", " + key.get().replace('.', ' ')
                            + (field.label().equals(resource.label()) ? "" : ": " + field.label());
                    figures.put(figureKey, new Figure(figureKey, label, value(cell, qualifier),
                            resource.status(row), source, date, about, cell.location()));
                }
            }
        }
    }

    /** The row's date, for charts over time: its first partial-date or year value. */
    private static Optional<PartialDate> date(Row row) {
        for (Cell cell : row.cells()) {
            if (cell.value() instanceof PartialDate d) {
                return Optional.of(d);
            }
        }
        for (Cell cell : row.cells()) {
            if (cell.value() instanceof Year y) {
                return Optional.of(PartialDate.ofYear(y.getValue()));
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
