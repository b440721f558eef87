package briefing.chart;

import briefing.data.DownloadFormat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's numbers as readers can take them away: the rows of its data table, CSV and JSON. Every file states
 * each value's display form and status next to the number, so "up to" never turns into a bare number.
 */
public final class ChartDataExporter {


    /** Header and rows of the data table shown under the chart (and of the CSV). */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    public Table table(ChartSpec spec) {
        List<String> header = new ArrayList<>(List.of("Label"));
        boolean multi = spec.series().size() > 1;
        // A source column only where points name their own (dataset rows); else the caption's source covers all.
        List<Boolean> sourced = spec.series().stream()
                .map(s -> s.points().stream().anyMatch(p -> p.source().isPresent())).toList();
        for (int i = 0; i < spec.series().size(); i++) {
            ChartSpec.Series s = spec.series().get(i);
            header.add(multi ? s.name() : "Value");
            header.add(multi ? s.name() + " status" : "Status");
            if (sourced.get(i)) {
                header.add(multi ? s.name() + " source" : "Source");
            }
        }
        boolean noted = !spec.annotations().isEmpty();
        if (noted) {
            header.add("Note");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < spec.categories().size(); i++) {
            List<String> row = new ArrayList<>(List.of(spec.categories().get(i)));
            for (int j = 0; j < spec.series().size(); j++) {
                ChartSpec.Point p = spec.series().get(j).points().get(i);
                row.add(p.value() == null ? "" : p.display());
                row.add(p.status().orElse(""));
                if (sourced.get(j)) {
                    row.add(p.source().orElse(""));
                }
            }
            if (noted) {
                String label = spec.categories().get(i);
                java.util.Optional<java.time.LocalDate> day = dateOf(spec, i);
                row.add(String.join("; ", spec.annotations().stream().filter(a -> a.label().equals(
                        java.util.Optional.of(label)) || a.date().isPresent() && a.date().equals(day))
                        .map(ChartDataExporter::noted).toList()));
            }
            rows.add(List.copyOf(row));
        }
        // A note on a date between the points gets a row of its own, before the first point after it.
        for (ChartSpec.Annotation a : spec.annotations()) {
            java.util.Optional<java.time.LocalDate> date = a.date();
            if (date.isEmpty() || java.util.stream.IntStream.range(0, spec.categories().size())
                    .anyMatch(i -> date.equals(dateOf(spec, i)))) {
                continue;
            }
            List<String> row = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
            row.set(0, a.at());
            row.set(header.size() - 1, noted(a));
            int at = 0;
            while (at < rows.size() && !rows.get(at).get(0).isEmpty() && rowDate(spec, rows.get(at))
                    .map(d -> d.isBefore(date.get())).orElse(true)) {
                at++;
            }
            rows.add(at, List.copyOf(row));
        }
        return new Table(List.copyOf(header), List.copyOf(rows));
    }

    /** A note as the table says it: with the series it is about, when the chart has several. */
    private static String noted(ChartSpec.Annotation a) {
        return a.series().map(s -> s + ": ").orElse("") + a.note();
    }

    /** The date of a table row: its category's, or none for a row of a note (which sorts as already placed). */
    private static java.util.Optional<java.time.LocalDate> rowDate(ChartSpec spec, List<String> row) {
        int index = spec.categories().indexOf(row.get(0));
        return index < 0 ? java.util.Optional.empty() : dateOf(spec, index);
    }

    private static java.util.Optional<java.time.LocalDate> dateOf(ChartSpec spec, int index) {
        return spec.series().stream().map(s -> s.points().get(index).date()).flatMap(java.util.Optional::stream)
                .findFirst();
    }

    /**
     * One line per point: label, series, the plotted number, its display form, status and source (the point's own,
     * else the chart's).
     */
    public byte[] csv(ChartSpec spec) {
        StringBuilder out = new StringBuilder("label,series,value,display,status,source\r\n");
        for (ChartSpec.Series s : spec.series()) {
            for (ChartSpec.Point p : s.points()) {
                out.append(DownloadFormat.csvCell(p.category())).append(',')
                        .append(DownloadFormat.csvCell(s.name())).append(',')
                        .append(p.value() == null ? "" : number(p.value())).append(',')
                        .append(DownloadFormat.csvCell(p.value() == null ? "" : p.display())).append(',')
                        .append(DownloadFormat.csvCell(p.status().orElse(""))).append(',')
                        .append(DownloadFormat.csvCell(source(spec, p).orElse(""))).append("\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] json(ChartSpec spec) {
        ObjectNode root = DownloadFormat.json().createObjectNode();
        root.put("id", spec.id());
        root.put("title", spec.title());
        root.put("type", spec.type().id());
        root.put("format", spec.format().id());
        spec.currency().ifPresent(c -> root.put("currency", c));
        spec.note().ifPresent(n -> root.put("note", n));
        spec.source().ifPresent(s -> root.put("source", s.name()));
        root.put("description", spec.description());
        if (spec.scale() == ChartSpec.Scale.LOG) {
            root.put("scale", "log");
        }
        if (!spec.annotations().isEmpty()) {
            ArrayNode notes = root.putArray("annotations");
            for (ChartSpec.Annotation a : spec.annotations()) {
                ObjectNode node = notes.addObject();
                a.label().ifPresent(l -> node.put("label", l));
                a.series().ifPresent(s -> node.put("series", s));
                a.date().ifPresent(d -> node.put("date", d.toString()));
                node.put("note", a.note());
            }
        }
        ArrayNode series = root.putArray("series");
        for (ChartSpec.Series s : spec.series()) {
            ObjectNode node = series.addObject();
            node.put("name", s.name());
            ArrayNode points = node.putArray("points");
            for (ChartSpec.Point p : s.points()) {
                ObjectNode point = points.addObject();
                point.put("label", p.category());
                if (p.value() == null) {
                    point.putNull("value");
                    point.putNull("display");
                } else {
                    point.put("value", new BigDecimal(number(p.value())));
                    point.put("display", p.display());
                }
                point.put("status", p.status().orElse(null));
                point.put("source", source(spec, p).orElse(null));
                p.date().ifPresent(d -> point.put("date", d.toString()));
            }
        }
        return DownloadFormat.json(root);
    }

    private static java.util.Optional<String> source(ChartSpec spec, ChartSpec.Point p) {
        return p.value() == null ? java.util.Optional.empty()
                : p.source().or(() -> spec.source().map(ChartSpec.SourceRef::name));
    }

    /** Plain digits, never scientific notation or locale separators, so any tool reads it back exactly. */
    static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }


}
