package briefing.chart;

import briefing.diagnostic.SourceLocation;

import java.util.List;
import java.util.Optional;

/**
 * A chart resolved against the briefing's data: everything needed to draw it, describe it in words and publish
 * its numbers, and nothing that needs the YAML again.
 *
 * @param description the text alternative: the editor's {@code alt}, or one generated from the data
 * @param categories  the x-axis categories (bar charts) or slice labels (pie), in order
 * @param series      one or more series; every series has one point per category
 * @param currency    ISO code of the money values, when {@code format} is money
 */
public record ChartSpec(
        String id,
        ChartType type,
        String title,
        Optional<String> subtitle,
        String description,
        Optional<String> xLabel,
        Optional<String> yLabel,
        ValueKind format,
        Optional<String> currency,
        Optional<String> note,
        Optional<SourceRef> source,
        List<String> categories,
        List<Series> series,
        SourceLocation location) {

    public record SourceRef(String id, String name) {
    }

    /**
     * The chart's one value, when it has exactly one (a tracker with deals in one quarter): shown as a figure
     * callout, not as a chart of one bar, which says nothing its number does not and reads as a comparison.
     */
    public Optional<Point> single() {
        List<Point> valued = series.stream().flatMap(s -> s.points().stream()).filter(p -> p.value() != null)
                .limit(2).toList();
        return valued.size() == 1 ? Optional.of(valued.get(0)) : Optional.empty();
    }

    public record Series(String name, List<Point> points) {
    }

    /**
     * One value. {@code display} is the value as readers see it in text ("up to $50 billion") and
     * {@code shortDisplay} in a chart ("up to $50B"), both keeping its qualifier; {@code qualified} says there is
     * one ("up to", "about"), which a bare number on an axis cannot show; {@code value} is the number drawn.
     * {@code date} is set on time series. {@code source} names the point's own source (a dataset row's source
     * column), when it has one; the chart's {@code source} covers the others.
     */
    public record Point(String category, Double value, String display, String shortDisplay, boolean qualified,
                        Optional<String> status, Optional<java.time.LocalDate> date, Optional<String> source) {

        public Point(String category, Double value, String display, String shortDisplay, boolean qualified,
                     Optional<String> status, Optional<java.time.LocalDate> date) {
            this(category, value, display, shortDisplay, qualified, status, date, Optional.empty());
        }

        /** A point whose number is exact, shown the same way everywhere. */
        public Point(String category, Double value, String display, Optional<String> status,
                     Optional<java.time.LocalDate> date) {
            this(category, value, display, display, false, status, date);
        }
    }
}
