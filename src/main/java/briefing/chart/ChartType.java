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

    /**
     * The most a chart of this type draws from a dataset and stays legible at its 720 px width (a phone shows it at
     * about half that): bars (categories times series) for bar, grouped-bar and horizontal-bar charts, stacks for a
     * stacked-bar chart, slices for a pie or donut, points per line for a line chart. Pie slices stop at the
     * palette's eight colours, so no two slices share one.
     */
    public int limit() {
        return switch (this) {
            case BAR, GROUPED_BAR, STACKED_BAR -> 60;
            case HORIZONTAL_BAR -> 20;
            case PIE, DONUT -> 8;
            case LINE -> 500;
        };
    }

    /** What {@link #limit()} counts, for messages: "bars", "stacks", "slices", "points per line". */
    public String limitUnit() {
        return switch (this) {
            case BAR, GROUPED_BAR, HORIZONTAL_BAR -> "bars";
            case STACKED_BAR -> "stacks";
            case PIE, DONUT -> "slices";
            case LINE -> "points per line";
        };
    }

    /** How many things of {@link #limitUnit()} a chart of this type with these many categories and series draws. */
    public int drawn(int categories, int series) {
        return switch (this) {
            case BAR, GROUPED_BAR, HORIZONTAL_BAR -> categories * series;
            case STACKED_BAR, PIE, DONUT, LINE -> categories;
        };
    }

    /** Series any chart shows, one colour of the palette each. */
    public static final int MAX_SERIES = 8;

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
