package briefing.render;

import briefing.content.Briefing;
import briefing.content.DatasetTable;
import briefing.data.CellValues;
import briefing.data.DownloadFormat;
import briefing.data.FigureValue;
import briefing.data.Source;
import briefing.dataset.Cell;
import briefing.dataset.Field;
import briefing.dataset.Resource;
import briefing.dataset.Row;
import briefing.site.Site;
import briefing.site.Urls;
import briefing.value.Status;
import briefing.value.ValueFormat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The downloads of the dataset resources a briefing's tables show: {@code data/<resource>.csv} and
 * {@code data/<resource>.json} beside the briefing's page. A download holds every row of the resource, whatever the
 * table's filter and limit, so a table cut at {@link briefing.content.TableDirective#MAX_ROWS} rows links to all of
 * them. Both files carry each row's status and source: the CSV as columns when the resource gives them rather than a
 * column, the JSON on every row, next to each value's display form.
 */
public final class DatasetFiles {

    static final String FOLDER = "data/";

    static String csvUrl(Urls urls, String slug, Resource resource) {
        return urls.briefing(slug) + FOLDER + resource.name() + ".csv";
    }

    static String jsonUrl(Urls urls, String slug, Resource resource) {
        return urls.briefing(slug) + FOLDER + resource.name() + ".json";
    }

    /** Each briefing's shown resources, once each, in the order its tables show them. */
    static Map<String, Resource> shown(Briefing b) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (DatasetTable t : b.body().tables()) {
            resources.putIfAbsent(t.resource().name(), t.resource());
        }
        return resources;
    }

    public List<OutputFile> render(Site site) {
        Urls urls = site.urls();
        ValueFormat format = new ValueFormat(site.content().config().locale());
        List<OutputFile> files = new ArrayList<>();
        for (Briefing b : site.content().briefings()) {
            for (Resource r : shown(b).values()) {
                files.add(new OutputFile(urls.outputPath(csvUrl(urls, b.slug(), r)), csv(b, r)));
                files.add(new OutputFile(urls.outputPath(jsonUrl(urls, b.slug(), r)), json(b, r, format)));
            }
        }
        return files;
    }

    /**
     * The columns a row's status and source add to the CSV: only where the resource gives them rather than a column,
     * named {@code status} and {@code source} unless a field already has that name.
     */
    private static Optional<String> extra(Resource r, Field.Kind kind, boolean given, String name) {
        if (!given || r.schema().fieldOfKind(kind).isPresent()) {
            return Optional.empty();
        }
        String column = name;
        while (r.schema().index(column) >= 0) {
            column = "row_" + column;
        }
        return Optional.of(column);
    }

    /** The resource's fields with their values as written (a missing value empty), one line per row. */
    static byte[] csv(Briefing b, Resource r) {
        Optional<String> status = extra(r, Field.Kind.STATUS, r.status().isPresent(), "status");
        Optional<String> source = extra(r, Field.Kind.SOURCE, r.source().isPresent(), "source");
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(r.schema().fieldNames());
        status.ifPresent(header::add);
        source.ifPresent(header::add);
        line(out, header);
        for (Row row : r.rows()) {
            List<String> values = new ArrayList<>();
            for (Cell cell : row.cells()) {
                values.add(cell.isMissing() ? "" : cell.text());
            }
            status.ifPresent(s -> values.add(r.status(row).map(Status::id).orElse("")));
            source.ifPresent(s -> values.add(r.source(row).map(Resource.Reference::id).orElse("")));
            line(out, values);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> values) {
        out.append(String.join(",", values.stream().map(DownloadFormat::csvCell).toList())).append("\r\n");
    }

    /**
     * The resource's name, title, description and fields, the briefing's sources its rows name, and every row:
     * its values as written, as displayed, its status and its source id.
     */
    static byte[] json(Briefing b, Resource r, ValueFormat format) {
        ObjectNode root = DownloadFormat.json().createObjectNode();
        root.put("name", r.name());
        r.title().ifPresent(t -> root.put("title", t));
        r.description().ifPresent(d -> root.put("description", d));
        root.put("briefing", b.title());
        ArrayNode fields = root.putArray("fields");
        for (Field f : r.schema().fields()) {
            ObjectNode field = fields.addObject().put("name", f.name()).put("type", f.type().id());
            f.title().ifPresent(t -> field.put("title", t));
            f.kind().ifPresent(k -> field.put("kind", k.id()));
            f.currency().ifPresent(c -> field.put("currency", c));
            // The values are as written: "55.7" with scale billion is 55.7 billion.
            java.util.Arrays.stream(briefing.value.Scale.values()).filter(x -> x.exponent() == f.scale()).findFirst()
                    .ifPresent(x -> field.put("scale", x.word()));
        }
        if (!r.schema().primaryKey().isEmpty()) {
            ArrayNode key = root.putArray("primaryKey");
            r.schema().primaryKey().forEach(key::add);
        }
        Map<String, Source> named = new LinkedHashMap<>();
        ArrayNode rows = root.putArray("rows");
        for (Row row : r.rows()) {
            ObjectNode node = rows.addObject();
            ObjectNode values = node.putObject("values");
            ObjectNode display = node.putObject("display");
            Optional<briefing.value.Qualifier> qualifier = r.qualifier(row);
            for (Field f : r.schema().fields()) {
                Cell cell = r.cell(row, f.name()).orElseThrow();
                if (cell.isMissing()) {
                    values.putNull(f.name());
                    display.putNull(f.name());
                } else {
                    values.put(f.name(), cell.text());
                    FigureValue value = CellValues.of(cell, qualifier);
                    display.put(f.name(), cell.value() instanceof Status s ? s.label() : value.format(format));
                }
            }
            node.put("status", r.status(row).map(Status::id).orElse(null));
            Optional<String> sourceId = r.source(row).map(Resource.Reference::id);
            node.put("source", sourceId.orElse(null));
            sourceId.flatMap(b.data()::source).ifPresent(s -> named.putIfAbsent(s.id(), s));
        }
        ArrayNode sources = root.putArray("sources");
        for (Source s : named.values()) {
            ObjectNode node = sources.addObject().put("id", s.id()).put("name", s.name())
                    .put("status", s.status().id());
            s.url().ifPresent(u -> node.put("url", u.toString()));
        }
        return DownloadFormat.json(root);
    }
}
