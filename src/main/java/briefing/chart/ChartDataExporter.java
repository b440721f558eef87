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
            rows.add(List.copyOf(row));
        }
        return new Table(List.copyOf(header), List.copyOf(rows));
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
