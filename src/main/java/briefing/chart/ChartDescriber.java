package briefing.chart;

import briefing.value.Percent;
import briefing.value.Qualifier;
import briefing.value.ValueFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a chart's text alternative from its data, so that a screen reader (and a search engine) gets the same
 * numbers a sighted reader sees: "Pie chart of ...: Amazon up to $50 billion (50%), SoftBank up to $30 billion
 * (30%), ...". Shares are computed from the plotted values.
 */
final class ChartDescriber {

    private ChartDescriber() {
    }

    static String describe(ChartSpec spec, ValueFormat format) {
        String kind = switch (spec.type()) {
            case BAR -> "Bar chart";
            case HORIZONTAL_BAR -> "Horizontal bar chart";
            case STACKED_BAR -> "Stacked bar chart";
            case GROUPED_BAR -> "Grouped bar chart";
            case PIE -> "Pie chart";
            case DONUT -> "Donut chart";
            case LINE -> "Line chart";
        };
        StringBuilder out = new StringBuilder(kind).append(": ").append(spec.title()).append(". ");
        // Points of a dataset may each name a source: said once when they share one, else with each point.
        List<String> sources = spec.series().stream().flatMap(s -> s.points().stream())
                .filter(p -> p.value() != null).map(p -> p.source().orElse("")).distinct().toList();
        boolean perPoint = sources.size() > 1;
        if (spec.series().size() == 1) {
            ChartSpec.Series only = spec.series().get(0);
            double total = total(only);
            List<String> parts = new ArrayList<>();
            for (ChartSpec.Point p : only.points()) {
                if (p.value() == null) {
                    continue;
                }
                String part = p.category() + " " + p.display();
                if (spec.type().isPartOfWhole() && total > 0) {
                    part += " (" + share(p.value(), total, format) + ")";
                }
                List<String> about = about(p, perPoint);
                parts.add(part + (about.isEmpty() ? "" : ", " + String.join(", ", about)));
            }
            out.append(String.join("; ", parts)).append('.');
        } else {
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < spec.categories().size(); i++) {
                List<String> parts = new ArrayList<>();
                for (ChartSpec.Series s : spec.series()) {
                    ChartSpec.Point p = s.points().get(i);
                    if (p.value() != null) {
                        List<String> about = about(p, perPoint);
                        parts.add(s.name() + " " + p.display()
                                + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")"));
                    }
                }
                groups.add(spec.categories().get(i) + ": " + (parts.isEmpty() ? "no value" : String.join(", ", parts)));
            }
            out.append(String.join("; ", groups)).append('.');
        }
        if (spec.scale() == ChartSpec.Scale.LOG) {
            out.append(" Values on a logarithmic scale.");
        }
        if (!spec.annotations().isEmpty()) {
            // The editor's notes, as the graphic numbers them.
            List<String> notes = new ArrayList<>();
            for (ChartSpec.Annotation a : spec.annotations()) {
                notes.add(a.at() + ": " + a.note());
            }
            out.append(" Marked: ").append(String.join("; ", notes)).append('.');
        }
        if (sources.size() == 1 && !sources.get(0).isEmpty()) {
            out.append(" Source: ").append(sources.get(0)).append('.');
        }
        spec.note().ifPresent(n -> out.append(' ').append(n));
        return out.toString();
    }

    /** What a reader needs beside a point's value: its status, and its source when points differ in source. */
    private static List<String> about(ChartSpec.Point p, boolean withSource) {
        List<String> about = new ArrayList<>();
        p.status().ifPresent(s -> about.add(s.toLowerCase(Locale.ROOT)));
        if (withSource) {
            p.source().ifPresent(s -> about.add("source: " + s));
        }
        return about;
    }

    /** The sum of a series' values, missing ones left out. */
    static double total(ChartSpec.Series series) {
        return series.points().stream().filter(p -> p.value() != null).mapToDouble(ChartSpec.Point::value).sum();
    }

    /**
     * A slice's share of {@code total} in whole percent, as the text alternative and the chart's slice label both
     * show it: {@code 42%} (de-DE {@code 42 %}), in the site's locale, never the JVM's.
     */
    static String share(double value, double total, ValueFormat format) {
        BigDecimal percent = BigDecimal.valueOf(value * 100 / total).setScale(0, RoundingMode.HALF_EVEN);
        return percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0
                ? format.percent(new Percent(percent, Qualifier.EXACT))
                : format.number(percent) + "%"; // not a share of a whole: a negative value among the parts
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
}
