package briefing.dataset;

import briefing.value.Count;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Percent;
import briefing.value.Qualifier;
import briefing.value.Status;
import briefing.value.ValueFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cell's text as its field says: first the standard Table Schema type (as the specification defines it,
 * so a standard package reads as any Frictionless tool reads it), then our {@code kind}, through the value
 * package's own parsers.
 */
final class ValueReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    static final Pattern YEAR = Pattern.compile("-?\\d{4}");
    private static final Pattern YEARMONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DURATION = Pattern.compile(
            "P(?!$)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?!$)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
    private static final Pattern GEOPOINT = Pattern.compile("\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*,\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    private ValueReader() {
    }

    /** The value of the standard type, before our kind is applied: what constraints are checked against. */
    static Object standard(Field field, String text) throws ValueFormatException {
        return switch (field.type()) {
            case STRING -> string(field.format(), text);
            case ANY -> text;
            case NUMBER -> number(field.lexical(), text);
            case INTEGER -> integer(field.lexical(), text);
            case BOOLEAN -> bool(field.lexical(), text);
            case OBJECT, GEOJSON -> json(text, true);
            case ARRAY -> json(text, false);
            case DATE -> temporal(field, text, DateTimeFormatter.ISO_LOCAL_DATE, "a date like \"2026-02-27\"",
                    LocalDate::from);
            case TIME -> temporal(field, text, DateTimeFormatter.ISO_LOCAL_TIME, "a time like \"14:30:00\"",
                    LocalTime::from);
            case DATETIME -> datetime(field, text);
            case YEAR -> year(text);
            case YEARMONTH -> yearmonth(text);
            case DURATION -> duration(text);
            case GEOPOINT -> geopoint(field.format(), text);
        };
    }

    /** The standard value turned into our kind's value (money, a partial date...), or left as it is. */
    static Object kind(Field field, String text, Object standard) throws ValueFormatException {
        if (field.kind().isEmpty()) {
            return standard;
        }
        String written = text.strip();
        return switch (field.kind().get()) {
            case MONEY -> standard instanceof String ? Money.parse(written) : money(field, number(standard), text);
            case COUNT -> standard instanceof String ? Count.parse(written) : count(field, number(standard), text);
            case PERCENT -> standard instanceof String ? Percent.parse(written) : percent(number(standard), text);
            case DATE -> date(standard, written);
            case STATUS -> Status.parse(written);
            case QUALIFIER -> qualifier(written);
            case SOURCE, COMPANY -> written;
        };
    }

    /** A text an editor wrote in the descriptor (a constraint's bound, an enum value) read as the field's type. */
    static Object constraint(Field.Type type, String format, Field.Lexical lexical, String text)
            throws ValueFormatException {
        Field probe = new Field("", type, format, java.util.Optional.empty(), java.util.Optional.empty(),
                Field.Constraints.NONE, lexical, java.util.Optional.empty(), java.util.Optional.empty(), 0,
                briefing.diagnostic.SourceLocation.file(""));
        return standard(probe, text);
    }

    /** What a field expects, for messages: {@code a number}, {@code money like "$50B"...}. */
    static String expected(Field field) {
        return switch (field.type()) {
            case STRING -> field.format().equals("default") ? "text" : "a string of format " + field.format();
            case ANY -> "any value";
            case NUMBER -> "a number";
            case INTEGER -> "an integer";
            case BOOLEAN -> "one of " + String.join(", ", field.lexical().trueValues()) + ", "
                    + String.join(", ", field.lexical().falseValues());
            case OBJECT, GEOJSON -> "a JSON object";
            case ARRAY -> "a JSON array";
            case DATE -> "a date";
            case TIME -> "a time";
            case DATETIME -> "a date and time";
            case YEAR -> "a year";
            case YEARMONTH -> "a year and month";
            case DURATION -> "an ISO 8601 duration";
            case GEOPOINT -> "a geographic point";
        };
    }

    private static String string(String format, String text) throws ValueFormatException {
        switch (format) {
            case "email" -> {
                if (!EMAIL.matcher(text).matches()) {
                    throw new ValueFormatException("an email address", text);
                }
            }
            case "uri" -> {
                try {
                    java.net.URI uri = new java.net.URI(text);
                    if (uri.getScheme() == null) {
                        throw new ValueFormatException("an absolute URI like \"https://example.com/\"", text);
                    }
                } catch (java.net.URISyntaxException e) {
                    throw new ValueFormatException("an absolute URI like \"https://example.com/\"", text);
                }
            }
            case "uuid" -> {
                if (!UUID.matcher(text).matches()) {
                    throw new ValueFormatException("a UUID", text);
                }
            }
            case "binary" -> {
                if (text.length() % 4 != 0 || !BASE64.matcher(text).matches()) {
                    throw new ValueFormatException("base64-encoded data", text);
                }
            }
            default -> {
                // "default" and any other format: any text
            }
        }
        return text;
    }

    /** The standard's number: optional group and decimal characters, NaN and infinities, and with bareNumber false, leading and trailing non-numbers ("$", "%") dropped. */
    static Object number(Field.Lexical lexical, String text) throws ValueFormatException {
        String t = prepare(lexical, text);
        switch (t) {
            case "NaN":
                return Double.NaN;
            case "INF":
                return Double.POSITIVE_INFINITY;
            case "-INF":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (!isNumber(t)) {
            throw new ValueFormatException("a number", text);
        }
        return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
    }

    private static BigInteger integer(Field.Lexical lexical, String text) throws ValueFormatException {
        String t = prepare(lexical, text);
        if (!isInteger(t, 0)) {
            throw new ValueFormatException("an integer", text);
        }
        return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
    }

    // The three checks below are what NUMBER, INTEGER and YEAR match, written out: they run for every value of a
    // large table, where a regular expression's matcher per value was a tenth of the time reading it.

    /** {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}, as {@link #NUMBER}. */
    static boolean isNumber(String t) {
        int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
        int digits = digits(t, i);
        int at = i + digits;
        if (at < t.length() && t.charAt(at) == '.') {
            int fraction = digits(t, at + 1);
            if (digits == 0 && fraction == 0) {
                return false;
            }
            at += 1 + fraction;
        } else if (digits == 0) {
            return false;
        }
        if (at < t.length() && (t.charAt(at) == 'e' || t.charAt(at) == 'E')) {
            return isInteger(t, at + 1);
        }
        return at == t.length();
    }

    /** {@code [+-]?\d+} from {@code from} to the end, as {@link #INTEGER}. */
    static boolean isInteger(String t, int from) {
        int i = from < t.length() && (t.charAt(from) == '+' || t.charAt(from) == '-') ? from + 1 : from;
        int digits = digits(t, i);
        return digits > 0 && i + digits == t.length();
    }

    /** {@code -?\d{4}}, as {@link #YEAR}. */
    static boolean isYear(String t) {
        int i = t.startsWith("-") ? 1 : 0;
        return t.length() == i + 4 && digits(t, i) == 4;
    }

    /** How many ASCII digits (what {@code \d} matches) follow {@code from}. */
    private static int digits(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static String prepare(Field.Lexical lexical, String text) {
        String t = text;
        if (!lexical.groupChar().isEmpty()) {
            t = t.replace(lexical.groupChar(), "");
        }
        if (!lexical.decimalChar().equals(".")) {
            t = t.replace(lexical.decimalChar(), ".");
        }
        if (!lexical.bareNumber()) {
            t = t.replaceAll("^[^0-9+\\-.]+|[^0-9.]+$", "");
        }
        return t;
    }

    private static Boolean bool(Field.Lexical lexical, String text) throws ValueFormatException {
        if (lexical.trueValues().contains(text)) {
            return true;
        }
        if (lexical.falseValues().contains(text)) {
            return false;
        }
        throw new ValueFormatException("one of " + String.join(", ", lexical.trueValues()) + ", "
                + String.join(", ", lexical.falseValues()), text);
    }

    private static JsonNode json(String text, boolean object) throws ValueFormatException {
        String expected = object ? "a JSON object like {\"a\": 1}" : "a JSON array like [1, 2]";
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || (object ? !node.isObject() : !node.isArray())) {
                throw new ValueFormatException(expected, text);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ValueFormatException(expected, text);
        }
    }

    private static Object temporal(Field field, String text, DateTimeFormatter iso, String expected,
                                   java.util.function.Function<TemporalAccessor, Object> convert)
            throws ValueFormatException {
        DateTimeFormatter formatter;
        String format = field.format();
        if (format.equals("default") || format.equals("any")) {
            formatter = iso;
        } else {
            formatter = pattern(format);
            expected = "a value of format " + format;
        }
        try {
            return convert.apply(formatter.parse(text));
        } catch (DateTimeParseException e) {
            throw new ValueFormatException(expected, text);
        }
    }

    private static Object datetime(Field field, String text) throws ValueFormatException {
        String format = field.format();
        if (!format.equals("default") && !format.equals("any")) {
            return temporal(field, text, null, "", t -> t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                    ? OffsetDateTime.from(t) : LocalDateTime.from(t));
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException again) {
                throw new ValueFormatException("a date and time like \"2026-02-27T14:30:00Z\"", text);
            }
        }
    }

    /**
     * The standard's date patterns are those of C's strptime ({@code %d/%m/%Y}); a descriptor with a directive we
     * do not know is refused when it is read (see {@link #checkPattern}).
     */
    static DateTimeFormatter pattern(String format) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length()) {
                String java = switch (format.charAt(++i)) {
                    case 'Y' -> "uuuu";
                    case 'y' -> "uu";
                    case 'm' -> "MM";
                    case 'd' -> "dd";
                    case 'e' -> "d";
                    case 'H' -> "HH";
                    case 'I' -> "hh";
                    case 'M' -> "mm";
                    case 'S' -> "ss";
                    case 'f' -> "SSSSSS";
                    case 'p' -> "a";
                    case 'b' -> "MMM";
                    case 'B' -> "MMMM";
                    case 'a' -> "EEE";
                    case 'A' -> "EEEE";
                    case 'j' -> "DDD";
                    case 'z' -> "xx";
                    case '%' -> null;
                    default -> throw new IllegalArgumentException("%" + format.charAt(i));
                };
                if (java == null) {
                    literal.append('%');
                    continue;
                }
                flush(out, literal);
                out.append(java);
            } else {
                literal.append(c);
            }
        }
        flush(out, literal);
        return DateTimeFormatter.ofPattern(out.toString(), Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The unknown strptime directive of a format, or null when every directive is known. */
    static String checkPattern(String format) {
        try {
            pattern(format);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static void flush(StringBuilder out, StringBuilder literal) {
        if (!literal.isEmpty()) {
            out.append('\'').append(literal.toString().replace("'", "''")).append('\'');
            literal.setLength(0);
        }
    }

    private static Year year(String text) throws ValueFormatException {
        if (!isYear(text)) {
            throw new ValueFormatException("a year like \"2026\"", text);
        }
        return Year.of(Integer.parseInt(text));
    }

    private static YearMonth yearmonth(String text) throws ValueFormatException {
        Matcher m = YEARMONTH.matcher(text);
        int month = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (month < 1 || month > 12) {
            throw new ValueFormatException("a year and month like \"2026-02\"", text);
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), month);
    }

    private static IsoDuration duration(String text) throws ValueFormatException {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new ValueFormatException("an ISO 8601 duration like \"P1Y2M10DT2H30M\"", text);
        }
        try {
            Period period = Period.of(part(m, 1), part(m, 2), part(m, 3) * 7 + part(m, 4));
            Duration time = Duration.ofHours(part(m, 5)).plusMinutes(part(m, 6))
                    .plus(m.group(7) == null ? Duration.ZERO
                            : Duration.ofNanos(new BigDecimal(m.group(7)).movePointRight(9).longValueExact()));
            return new IsoDuration(period, time);
        } catch (ArithmeticException e) {
            throw new ValueFormatException("duration is too long", "an ISO 8601 duration", text);
        }
    }

    private static int part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Math.toIntExact(Long.parseLong(m.group(group)));
    }

    private static GeoPoint geopoint(String format, String text) throws ValueFormatException {
        String expected = "a point like \"" + switch (format) {
            case "array" -> "[13.4, 52.5]";
            case "object" -> "{\"lon\": 13.4, \"lat\": 52.5}";
            default -> "13.4, 52.5";
        } + "\" (longitude, latitude)";
        BigDecimal lon;
        BigDecimal lat;
        if (format.equals("array") || format.equals("object")) {
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new ValueFormatException(expected, text);
            }
            JsonNode x = format.equals("array") ? node.path(0) : node.path("lon");
            JsonNode y = format.equals("array") ? node.path(1) : node.path("lat");
            if (!x.isNumber() || !y.isNumber() || (format.equals("array") && node.size() != 2)) {
                throw new ValueFormatException(expected, text);
            }
            lon = x.decimalValue();
            lat = y.decimalValue();
        } else {
            Matcher m = GEOPOINT.matcher(text);
            if (!m.matches()) {
                throw new ValueFormatException(expected, text);
            }
            lon = new BigDecimal(m.group(1));
            lat = new BigDecimal(m.group(2));
        }
        if (lon.abs().compareTo(BigDecimal.valueOf(180)) > 0 || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            throw new ValueFormatException("longitude must be within ±180 and latitude within ±90", expected, text);
        }
        return new GeoPoint(lon, lat);
    }

    private static BigDecimal number(Object standard) throws ValueFormatException {
        if (standard instanceof BigDecimal d) {
            return d;
        }
        if (standard instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        throw new ValueFormatException("a finite number", String.valueOf(standard));
    }

    private static Money money(Field field, BigDecimal number, String text) throws ValueFormatException {
        if (number.signum() < 0) {
            throw new ValueFormatException("money cannot be negative", "money", text);
        }
        try {
            return new Money(field.currency().orElseThrow(), number.movePointRight(field.scale()), Qualifier.EXACT);
        } catch (IllegalArgumentException e) {
            throw new ValueFormatException("money", text);
        }
    }

    private static Count count(Field field, BigDecimal number, String text) throws ValueFormatException {
        BigDecimal value = number.movePointRight(field.scale());
        if (value.signum() < 0) {
            throw new ValueFormatException("a count cannot be negative", "a count", text);
        }
        try {
            return Count.of(value.longValueExact());
        } catch (ArithmeticException e) {
            throw new ValueFormatException("a count must be a whole number", "a count", text);
        }
    }

    private static Percent percent(BigDecimal number, String text) throws ValueFormatException {
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ValueFormatException("percent must be between 0 and 100", "a percentage", text);
        }
        return new Percent(number, Qualifier.EXACT);
    }

    private static PartialDate date(Object standard, String text) throws ValueFormatException {
        if (standard instanceof LocalDate d) {
            return PartialDate.ofDay(d);
        } else if (standard instanceof Year y) {
            return PartialDate.ofYear(y.getValue());
        } else if (standard instanceof YearMonth m) {
            return PartialDate.ofMonth(m.getYear(), m.getMonthValue());
        }
        return PartialDate.parse(text);
    }

    /** A qualifier alone ("about", "up to"); "exact" for none. */
    private static Qualifier qualifier(String text) throws ValueFormatException {
        if (text.equalsIgnoreCase("exact")) {
            return Qualifier.EXACT;
        }
        Qualifier.Stripped stripped = Qualifier.strip(text);
        if (stripped.qualifier() == Qualifier.EXACT || !stripped.rest().isEmpty()) {
            throw new ValueFormatException("a qualifier: exact, about, up to, at least, more than or nearly", text);
        }
        return stripped.qualifier();
    }
}
