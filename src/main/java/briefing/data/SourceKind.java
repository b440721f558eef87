package briefing.data;

import briefing.value.ValueFormatException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of document a source is, which tells a reader how much weight it carries. */
public enum SourceKind {
    NEWS_REPORT("News report"),
    COMPANY_STATEMENT("Company statement"),
    ANALYST_ESTIMATE("Analyst estimate"),
    FILING("Regulatory filing"),
    OTHER("Other");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SourceKind parse(String text) throws ValueFormatException {
        for (SourceKind kind : values()) {
            if (kind.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new ValueFormatException("one of " + Arrays.stream(values()).map(SourceKind::id)
                .collect(Collectors.joining(", ")), text);
    }
}
