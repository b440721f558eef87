package briefing.render;

import briefing.content.Briefing;
import briefing.content.DatasetTable;
import briefing.data.CellValues;
import briefing.data.Companies;
import briefing.data.FigureValue;
import briefing.data.Source;
import briefing.dataset.Cell;
import briefing.dataset.Field;
import briefing.dataset.Resource;
import briefing.dataset.Row;
import briefing.site.Urls;
import briefing.value.PartialDate;
import briefing.value.Status;
import briefing.value.ValueFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table directive's rows as the page shows them: every cell formatted as a figure of it would be (money, partial
 * dates, counts, percents in the site's locale, with the row's qualifier), statuses as badges, sources as links to
 * the briefing's source entries, companies as links to their pages, numbers marked to align right.
 */
public final class TableViews {

    /**
     * One table.
     *
     * @param shown       how many rows the table shows, as displayed
     * @param matching    how many rows the block's filter and limit let through, as displayed
     * @param total       how many rows the resource has (and its downloads hold), as displayed
     * @param cut         whether the table shows fewer rows than match (the row cap)
     * @param status      the status of every row (its id), when the resource gives it rather than a column; or null
     * @param rowSource   the source of every row, when the resource gives it rather than a column; or null
     */
    public record TableView(String id, String caption, String resource, List<HeaderView> headers,
                            List<RowView> rows, String shown, String matching, String total, boolean cut,
                            String csvUrl, String jsonUrl, String status, String statusLabel,
                            Views.SourceRefView rowSource) {
    }

    /** A column heading; {@code numeric} columns align right. */
    public record HeaderView(String label, boolean numeric) {
    }

    /** One row; {@code id} is its anchor, which search results link to. */
    public record RowView(String id, List<CellView> cells) {
    }

    /**
     * One cell: its text, or a status badge ({@code status}, {@code statusLabel}), a source link ({@code source}) or
     * a company link ({@code url}). {@code header} marks the row's header cell (the first primary-key column
     * shown); {@code note} is the row's status in words (" (reported)") for a number shown without a status column.
     */
    public record CellView(String text, boolean numeric, boolean header, boolean missing, String status,
                           String statusLabel, Views.SourceRefView source, String url, String note) {
    }

    private final ValueFormat format;
    private final Urls urls;
    private final Companies companies;

    TableViews(ValueFormat format, Urls urls, Companies companies) {
        this.format = format;
        this.urls = urls;
        this.companies = companies;
    }

    TableView table(Briefing b, DatasetTable t) {
        Resource resource = t.resource();
        List<Field> columns = t.columns();
        // A number never reads as confirmed when it is not: its row's status is a column, a note under the table
        // (the resource's status), or else said in words beside it, as figures in prose do.
        boolean statusInWords = columns.stream().noneMatch(f -> f.kind().orElse(null) == Field.Kind.STATUS)
                && resource.schema().fieldOfKind(Field.Kind.STATUS).isPresent();
        int headerColumn = -1;
        for (int i = 0; i < columns.size() && headerColumn < 0; i++) {
            if (resource.schema().primaryKey().contains(columns.get(i).name())) {
                headerColumn = i;
            }
        }
        List<HeaderView> headers = columns.stream().map(f -> new HeaderView(f.label(), numeric(f))).toList();
        List<RowView> rows = new ArrayList<>();
        for (Row row : t.rows()) {
            List<CellView> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(cell(b, resource, row, columns.get(i), i == headerColumn, statusInWords));
            }
            rows.add(new RowView(t.rowId(row), List.copyOf(cells)));
        }
        Optional<Status> rowStatus = resource.schema().fieldOfKind(Field.Kind.STATUS).isPresent() ? Optional.empty()
                : resource.status();
        Views.SourceRefView rowSource = resource.schema().fieldOfKind(Field.Kind.SOURCE).isPresent()
                ? null : resource.source().flatMap(r -> b.data().source(r.id())).map(TableViews::sourceRef)
                .orElse(null);
        return new TableView(t.id(), t.caption(), resource.label(), headers, List.copyOf(rows),
                format.number(t.rows().size()), format.number(t.matching()), format.number(resource.rows().size()),
                t.cut(), DatasetFiles.csvUrl(urls, b.slug(), resource), DatasetFiles.jsonUrl(urls, b.slug(), resource),
                rowStatus.map(Status::id).orElse(null), rowStatus.map(Status::label).orElse(null), rowSource);
    }

    /**
     * What a row is called in search results: the resource and the row's key as shown ("Capital spending: Amazon
     * 2026"), or its row number when the resource has no primary key.
     */
    String rowTitle(Briefing b, Resource resource, Row row) {
        List<String> key = new ArrayList<>();
        for (String name : resource.schema().primaryKey()) {
            Field field = resource.schema().field(name).orElseThrow();
            CellView cell = cell(b, resource, row, field, false, false);
            if (!cell.missing()) {
                key.add(cell.text());
            }
        }
        return resource.label() + ": " + (key.isEmpty() ? "row " + format.number(row.number()) : String.join(" ", key));
    }

    /** A row as plain text for search: "Company: Amazon; Capital spending: about $200 billion; Status: Planned". */
    static String rowText(TableView table, RowView row) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            CellView c = row.cells().get(i);
            if (!c.missing()) {
                String text = c.source() != null ? c.source().name() : c.text();
                parts.add(table.headers().get(i).label() + ": " + text + (c.note() == null ? "" : c.note()));
            }
        }
        return String.join("; ", parts);
    }

    /** Money, counts, percents and plain numbers align right; years and dates read as labels. */
    static boolean numeric(Field f) {
        if (f.kind().isPresent()) {
            Field.Kind k = f.kind().get();
            return k == Field.Kind.MONEY || k == Field.Kind.COUNT || k == Field.Kind.PERCENT;
        }
        return f.type() == Field.Type.NUMBER || f.type() == Field.Type.INTEGER;
    }

    private CellView cell(Briefing b, Resource resource, Row row, Field field, boolean header, boolean statusInWords) {
        Cell cell = resource.cell(row, field.name()).orElseThrow();
        boolean numeric = numeric(field);
        if (cell.isMissing()) {
            return new CellView("", numeric, header, true, null, null, null, null, null);
        }
        Field.Kind kind = field.kind().orElse(null);
        if (kind == Field.Kind.STATUS) {
            Status s = (Status) cell.value();
            return new CellView(s.label(), false, header, false, s.id(), s.label(), null, null, null);
        }
        if (kind == Field.Kind.SOURCE) {
            Optional<Source> source = b.data().source((String) cell.value());
            return new CellView(source.map(Source::name).orElse(cell.text()), false, header, false, null, null,
                    source.map(TableViews::sourceRef).orElse(null), null, null);
        }
        if (kind == Field.Kind.COMPANY) {
            String id = (String) cell.value();
            return companies.find(id).map(c -> new CellView(c.name(), false, header, false, null, null, null,
                    urls.company(c.id()), null))
                    .orElse(new CellView(id, false, header, false, null, null, null, null, null));
        }
        FigureValue value = CellValues.of(cell, resource.qualifier(row));
        String note = !statusInWords || value instanceof FigureValue.OfText || cell.value() instanceof PartialDate ? null
                : resource.status(row).filter(s -> s != Status.CONFIRMED)
                .map(s -> " (" + s.label().toLowerCase(Locale.ROOT) + ")").orElse(null);
        return new CellView(value.format(format), numeric, header, false, null, null, null, null, note);
    }

    private static Views.SourceRefView sourceRef(Source s) {
        return new Views.SourceRefView(s.id(), s.name(), ViewModelBuilder.anchor(s.id()));
    }
}
