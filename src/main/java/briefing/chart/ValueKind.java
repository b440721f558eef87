package briefing.chart;

import briefing.value.ValueFormatException;

import java.util.Locale;

/** How a chart's values are formatted on axes, labels and in its data table. */
public enum ValueKind {
    MONEY, COUNT, PERCENT, NUMBER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ValueKind parse(String text) throws ValueFormatException {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValueFormatException("one of money, count, percent, number", text);
        }
    }
}
