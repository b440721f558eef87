package briefing.chart;

import briefing.value.ValueFormatException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of chart an editor can declare. */
public enum ChartType {
    BAR("bar"),
    HORIZONTAL_BAR("horizontal-bar"),
    STACKED_BAR("stacked-bar"),
    GROUPED_BAR("grouped-bar"),
    PIE("pie"),
    DONUT("donut"),
    LINE("line");

    private final String id;

    ChartType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Pie and donut show one series as parts of a whole. */
    public boolean isPartOfWhole() {
        return this == PIE || this == DONUT;
    }

    public static ChartType parse(String text) throws ValueFormatException {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ChartType type : values()) {
            if (type.id.equals(wanted)) {
                return type;
            }
        }
        throw new ValueFormatException("one of " + Arrays.stream(values()).map(ChartType::id)
                .collect(Collectors.joining(", ")), text);
    }
}
