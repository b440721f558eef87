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
 * @param text     the value as written (after CSV unquoting), for messages and exports
 * @param location where the value starts (its opening quote for a quoted CSV value)
 */
public record Cell(String text, Object value, SourceLocation location) {

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
}
