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
 * @param scale       the value axis: linear from zero, or logarithmic when the editor asked for it (lines only)
 * @param annotations the editor's notes on a value or a date, in the order declared
 * @param colours     the palette slot of each series (of each slice, for a pie or donut), so that a company keeps
 *                    its colour in every chart of the site; empty for the palette's order
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
        SourceLocation location,
        Scale scale,
        List<Annotation> annotations,
        List<Integer> colours) {

    public ChartSpec {
        annotations = List.copyOf(annotations);
        colours = List.copyOf(colours);
    }

    /** A chart on a linear axis from zero, without annotations, in the palette's order. */
    public ChartSpec(String id, ChartType type, String title, Optional<String> subtitle, String description,
                     Optional<String> xLabel, Optional<String> yLabel, ValueKind format, Optional<String> currency,
                     Optional<String> note, Optional<SourceRef> source, List<String> categories, List<Series> series,
                     SourceLocation location) {
        this(id, type, title, subtitle, description, xLabel, yLabel, format, currency, note, source, categories,
                series, location, Scale.LINEAR, List.of(), List.of());
    }

    /** The same chart with another description. */
    public ChartSpec withDescription(String text) {
        return new ChartSpec(id, type, title, subtitle, text, xLabel, yLabel, format, currency, note, source,
                categories, series, location, scale, annotations, colours);
    }

    /** How values map to lengths on the value axis. */
    public enum Scale {
        /** From zero: a bar's length is its value. */
        LINEAR,
        /** Each step of the axis is ten times the one before: for values that span orders of magnitude (lines). */
        LOG
    }

    /**
     * An editor's short note on the chart: on the point of {@code label} (in {@code series}, else the first), or
     * on a {@code date} of a line chart's time axis. {@code at} says where, as the alt text and the data table say
     * it ("Amazon", "Feb 2026").
     */
    public record Annotation(String note, Optional<String> label, Optional<String> series,
                             Optional<java.time.LocalDate> date, String at) {
    }

    /** The palette slot of series (or slice) {@code index}. */
    public int colour(int index) {
        return index < colours.size() ? colours.get(index) : index;
    }

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
