package briefing.source;

import briefing.value.Count;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Percent;
import briefing.value.Status;
import briefing.value.ValueFormatException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The value forms editors write, each as a parser with its JSON Schema: one definition for loading, error
 * messages and editor completion.
 */
public final class ValueSyntax {

    private static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static final ValueParser<Money> MONEY = ValueParser.described(Money::parse,
            () -> text("Money with its currency and qualifier", "$50B", "up to $50 billion", "about EUR 3.5 million"));

    /** YAML reads {@code 2015} as a number, so a date may be one. */
    public static final ValueParser<PartialDate> DATE = ValueParser.described(PartialDate::parse,
            () -> textOrInteger("A date with its precision", "2015", "Q4 2026", "2026-02", "2025-10-15"));

    public static final ValueParser<Count> COUNT = ValueParser.described(Count::parse,
            () -> textOrInteger("A count, optionally qualified", "16,000", "about 16,000"));

    public static final ValueParser<Percent> PERCENT = ValueParser.described(Percent::parse,
            () -> text("A percentage from 0 to 100", "50%", "up to 50%"));

    public static final ValueParser<Status> STATUS = oneOf(Status::parse,
            Arrays.stream(Status.values()).map(Status::id).toList(), "How firm the figure is");

    public static final ValueParser<String> ID = ValueParser.described(ValueSyntax::id, () -> {
        ObjectNode schema = text("Lowercase letters, digits and dashes", "press-report");
        schema.put("pattern", "^" + ID_PATTERN.pattern() + "$");
        return schema;
    });

    public static final ValueParser<URI> WEB_URL = ValueParser.described(ValueSyntax::webUrl, () -> {
        ObjectNode schema = text("An absolute http(s) URL", "https://example.com/report");
        schema.put("format", "uri");
        return schema;
    });

    public static final ValueParser<Boolean> BOOLEAN = ValueParser.described(ValueSyntax::bool,
            () -> JsonNodeFactory.instance.objectNode().put("type", "boolean"));

    private ValueSyntax() {
    }

    /** A closed set of words, offered as completions. */
    public static <T> ValueParser<T> oneOf(ValueParser<T> parser, List<String> words, String description) {
        return ValueParser.described(parser, () -> {
            ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "string")
                    .put("description", description);
            ArrayNode values = schema.putArray("enum");
            words.forEach(values::add);
            return schema;
        });
    }

    /** The words of an enum as editors write them. */
    public static <E extends Enum<E>> List<String> words(Class<E> type, Function<E, String> word) {
        return Arrays.stream(type.getEnumConstants()).map(word).toList();
    }

    static String id(String text) throws ValueFormatException {
        if (!ID_PATTERN.matcher(text).matches()) {
            throw new ValueFormatException("an id of lowercase letters, digits and dashes like \"press-report\"", text);
        }
        return text;
    }

    static URI webUrl(String text) throws ValueFormatException {
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ValueFormatException("an absolute http(s) URL like \"https://example.com/page\"", text);
    }

    static Boolean bool(String text) throws ValueFormatException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ValueFormatException("true or false", text);
        };
    }

    private static ObjectNode text(String description, String... examples) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "string").put("description", description);
        ArrayNode list = schema.putArray("examples");
        Arrays.stream(examples).forEach(list::add);
        return schema;
    }

    private static ObjectNode textOrInteger(String description, String... examples) {
        ObjectNode schema = text(description, examples);
        schema.remove("type");
        schema.putArray("type").add("string").add("integer");
        return schema;
    }
}
