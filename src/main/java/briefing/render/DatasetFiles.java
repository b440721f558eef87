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
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

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
     * its values as written, as displayed, its status and its source id. Written as it is made, pretty-printed as
     * {@link DownloadFormat#json(com.fasterxml.jackson.databind.JsonNode)} prints a tree: a tree of 100,000 rows
     * would take hundreds of megabytes only to be printed once.
     */
    static byte[] json(Briefing b, Resource r, ValueFormat format) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (JsonGenerator out = DownloadFormat.json().getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            out.setPrettyPrinter(new DefaultPrettyPrinter());
            out.writeStartObject();
            out.writeStringField("name", r.name());
            if (r.title().isPresent()) {
                out.writeStringField("title", r.title().get());
            }
            if (r.description().isPresent()) {
                out.writeStringField("description", r.description().get());
            }
            out.writeStringField("briefing", b.title());
            out.writeArrayFieldStart("fields");
            for (Field f : r.schema().fields()) {
                out.writeStartObject();
                out.writeStringField("name", f.name());
                out.writeStringField("type", f.type().id());
                if (f.title().isPresent()) {
                    out.writeStringField("title", f.title().get());
                }
                if (f.kind().isPresent()) {
                    out.writeStringField("kind", f.kind().get().id());
                }
                if (f.currency().isPresent()) {
                    out.writeStringField("currency", f.currency().get());
                }
                // The values are as written: "55.7" with scale billion is 55.7 billion.
                Optional<briefing.value.Scale> scale = java.util.Arrays.stream(briefing.value.Scale.values())
                        .filter(x -> x.exponent() == f.scale()).findFirst();
                if (scale.isPresent()) {
                    out.writeStringField("scale", scale.get().word());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            if (!r.schema().primaryKey().isEmpty()) {
                out.writeArrayFieldStart("primaryKey");
                for (String key : r.schema().primaryKey()) {
                    out.writeString(key);
                }
                out.writeEndArray();
            }
            Map<String, Source> named = new LinkedHashMap<>();
            List<Field> fields = r.schema().fields();
            out.writeArrayFieldStart("rows");
            for (Row row : r.rows()) {
                out.writeStartObject();
                out.writeObjectFieldStart("values");
                for (int i = 0; i < fields.size(); i++) {
                    Cell cell = row.cell(i);
                    out.writeFieldName(fields.get(i).name());
                    if (cell.isMissing()) {
                        out.writeNull();
                    } else {
                        out.writeString(cell.text());
                    }
                }
                out.writeEndObject();
                out.writeObjectFieldStart("display");
                Optional<briefing.value.Qualifier> qualifier = r.qualifier(row);
                for (int i = 0; i < fields.size(); i++) {
                    Cell cell = row.cell(i);
                    out.writeFieldName(fields.get(i).name());
                    if (cell.isMissing()) {
                        out.writeNull();
                    } else {
                        out.writeString(cell.value() instanceof Status s ? s.label()
                                : CellValues.of(cell, qualifier).format(format));
                    }
                }
                out.writeEndObject();
                out.writeStringField("status", r.status(row).map(Status::id).orElse(null));
                Optional<String> sourceId = r.source(row).map(Resource.Reference::id);
                out.writeStringField("source", sourceId.orElse(null));
                sourceId.flatMap(b.data()::source).ifPresent(s -> named.putIfAbsent(s.id(), s));
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("sources");
            for (Source s : named.values()) {
                out.writeStartObject();
                out.writeStringField("id", s.id());
                out.writeStringField("name", s.name());
                out.writeStringField("status", s.status().id());
                if (s.url().isPresent()) {
                    out.writeStringField("url", s.url().get().toString());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("writing JSON to memory cannot fail with I/O", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
