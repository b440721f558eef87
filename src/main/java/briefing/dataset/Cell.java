package briefing.dataset;

import briefing.diagnostic.SourceLocation;
import briefing.value.Count;
import briefing.value.Money;
import briefing.value.Percent;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.util.Optional;

/**
 * One value of a table, typed by its field, with where it is written.
 *
 * <p>{@code value} is null for a missing value (one of the schema's {@code missingValues}); otherwise its Java type
 * follows from the field (see {@link Field#valueType()}): {@code String}, {@code BigDecimal} (or {@code Double} for
 * NaN and infinities), {@code BigInteger}, {@code Boolean}, {@code LocalDate}, {@code LocalTime},
 * {@code OffsetDateTime}/{@code LocalDateTime}, {@code Year}, {@code YearMonth}, {@link IsoDuration}, {@link GeoPoint},
 * a Jackson {@code JsonNode} (object, array, geojson), or for our kinds {@code Money}, {@code Count}, {@code Percent},
 * {@code PartialDate}, {@code Status}, {@code Qualifier} and a {@code String} id (source, company).
 *
 * <p>A value like a record (equal when text, value and location are), but a class: a CSV value's location is found
 * only when asked for, from its record ({@link CsvTable.Line#location(int)}), since a location object per value
 * would be most of the memory of a large table and nearly all are never shown.
 */
public final class Cell {

    private final String text;
    private final Object value;
    /** Where the value is, or null when {@link #line} finds it. */
    private final SourceLocation location;
    private final CsvTable.Line line;
    private final int index;

    /**
     * @param text     the value as written (after CSV unquoting), for messages and exports
     * @param location where the value starts (its opening quote for a quoted CSV value)
     */
    public Cell(String text, Object value, SourceLocation location) {
        this.text = text;
        this.value = value;
        this.location = java.util.Objects.requireNonNull(location, "location");
        this.line = null;
        this.index = 0;
    }

    /** Value {@code index} of a CSV record, located when asked. */
    Cell(String text, Object value, CsvTable.Line line, int index) {
        this.text = text;
        this.value = value;
        this.location = null;
        this.line = line;
        this.index = index;
    }

    /** The value as written (after CSV unquoting), for messages and exports. */
    public String text() {
        return text;
    }

    public Object value() {
        return value;
    }

    /** Where the value starts (its opening quote for a quoted CSV value). */
    public SourceLocation location() {
        return location != null ? location : line.location(index);
    }

    public boolean isMissing() {
        return value == null;
    }

    /** The value as a number, for charts and sums: numbers, integers, years, money, counts and percents. */
    public Optional<BigDecimal> number() {
        if (value instanceof BigDecimal d) {
            return Optional.of(d);
        } else if (value instanceof BigInteger i) {
            return Optional.of(new BigDecimal(i));
        } else if (value instanceof Money m) {
            return Optional.of(m.amount());
        } else if (value instanceof Count c) {
            return Optional.of(BigDecimal.valueOf(c.value()));
        } else if (value instanceof Percent p) {
            return Optional.of(p.value());
        } else if (value instanceof Year y) {
            return Optional.of(BigDecimal.valueOf(y.getValue()));
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cell c && text.equals(c.text) && java.util.Objects.equals(value, c.value)
                && location().equals(c.location());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(text, value, location());
    }

    @Override
    public String toString() {
        return "Cell[text=" + text + ", value=" + value + ", location=" + location() + "]";
    }
}
