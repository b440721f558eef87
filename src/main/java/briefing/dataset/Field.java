package briefing.dataset;

import briefing.diagnostic.SourceLocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One field (column) of a Table Schema: its standard type and format, its constraints, and our value model's
 * extension properties ({@code kind}, {@code currency}, {@code scale}), which the standard allows as extra
 * properties and standard tools ignore.
 *
 * @param format      the standard {@code format} ({@code default} unless written): e.g. {@code email} for a string,
 *                    {@code %d/%m/%Y} for a date
 * @param lexical     how numbers and booleans are written (decimalChar, groupChar, bareNumber, true/falseValues)
 * @param kind        our value model: what the column's values are beyond their standard type
 * @param currency    for {@code kind: money} on a number column: the ISO 4217 code of every value
 * @param scale       for {@code kind: money} or {@code kind: count} on a number column: the power of ten the numbers
 *                    are written in ({@code scale: billion} makes {@code 50} mean 50 billion); 0 when absent
 * @param location    where the field is declared in the descriptor
 */
public record Field(
        String name,
        Type type,
        String format,
        Optional<String> title,
        Optional<String> description,
        Constraints constraints,
        Lexical lexical,
        Optional<Kind> kind,
        Optional<String> currency,
        int scale,
        SourceLocation location) {

    /** The Table Schema types, as the standard names them. */
    public enum Type {
        STRING, NUMBER, INTEGER, BOOLEAN, OBJECT, ARRAY, DATE, TIME, DATETIME, YEAR, YEARMONTH, DURATION, GEOPOINT,
        GEOJSON, ANY;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Our extension {@code kind}: the value model a column's values belong to, so a cell can be a figure with its
     * status and source, exactly like the values of the built-in data files.
     */
    public enum Kind {
        /** money: a number column with {@code currency} (and {@code scale}), or a string column like "$50B" */
        MONEY,
        /** a count of things: a whole, non-negative number, or a string like "about 16,000" */
        COUNT,
        /** percentage points 0-100: a number column, or a string like "up to 50%" */
        PERCENT,
        /** a partial date: a string column ("2026", "2026-Q1", "2026-02", "2026-02-27"), or a date/year/yearmonth */
        DATE,
        /** the row's status: reported, confirmed, planned, estimated, denied */
        STATUS,
        /** the row's qualifier: about, up to, at least, more than, nearly, or empty for exact */
        QUALIFIER,
        /** the row's source: an id of the briefing's sources.yaml */
        SOURCE,
        /** a company id of the site's company list */
        COMPANY;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The standard's constraints. {@code minimum}, {@code maximum} and {@code enumValues} are typed like the
     * field's values (see {@link Cell}).
     */
    public record Constraints(
            boolean required,
            boolean unique,
            Optional<Object> minimum,
            Optional<Object> maximum,
            Optional<Integer> minLength,
            Optional<Integer> maxLength,
            List<Object> enumValues,
            Optional<Pattern> pattern) {

        public static final Constraints NONE = new Constraints(false, false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty());

        public Constraints {
            enumValues = List.copyOf(enumValues);
        }
    }

    /** How numbers and booleans are written, with the standard's defaults. */
    public record Lexical(String decimalChar, String groupChar, boolean bareNumber, List<String> trueValues,
                          List<String> falseValues) {

        public static final Lexical DEFAULT = new Lexical(".", "", true, List.of("true", "True", "TRUE", "1"),
                List.of("false", "False", "FALSE", "0"));

        public Lexical {
            trueValues = List.copyOf(trueValues);
            falseValues = List.copyOf(falseValues);
        }
    }

    /** What the field's cells hold, as the title a table heading shows: the title, or else the name. */
    public String label() {
        return title.orElse(name);
    }

    /** The Java type of this field's non-missing cell values (see {@link Cell}). */
    public Class<?> valueType() {
        if (kind.isPresent()) {
            return switch (kind.get()) {
                case MONEY -> briefing.value.Money.class;
                case COUNT -> briefing.value.Count.class;
                case PERCENT -> briefing.value.Percent.class;
                case DATE -> briefing.value.PartialDate.class;
                case STATUS -> briefing.value.Status.class;
                case QUALIFIER -> briefing.value.Qualifier.class;
                case SOURCE, COMPANY -> String.class;
            };
        }
        return switch (type) {
            case STRING, ANY -> String.class;
            case NUMBER -> BigDecimal.class;
            case INTEGER -> java.math.BigInteger.class;
            case BOOLEAN -> Boolean.class;
            case OBJECT, ARRAY, GEOJSON -> com.fasterxml.jackson.databind.JsonNode.class;
            case DATE -> java.time.LocalDate.class;
            case TIME -> java.time.LocalTime.class;
            case DATETIME -> java.time.temporal.Temporal.class;
            case YEAR -> java.time.Year.class;
            case YEARMONTH -> java.time.YearMonth.class;
            case DURATION -> IsoDuration.class;
            case GEOPOINT -> GeoPoint.class;
        };
    }
}
