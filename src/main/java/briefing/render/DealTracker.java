package briefing.render;

import briefing.data.DownloadFormat;
import briefing.data.Source;
import briefing.desk.Deal;
import briefing.desk.DealList;
import briefing.site.Route;
import briefing.site.Site;
import briefing.site.SiteAssembler;
import briefing.site.Urls;
import briefing.value.PartialDate;
import briefing.value.ValueFormat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The deal tracker: every deal of the desk (see {@link briefing.desk.Desk#deals()}), as the pages of its lists
 * ({@link DealList}: orders and filters), each page's rows as JSON for its script, and the CSV and JSON downloads
 * of every row.
 */
final class DealTracker {

    /** The download columns, in order. */
    static final List<String> COLUMNS = List.of("deal", "briefings", "investor", "target", "amount", "currency", "display",
            "qualifier", "status", "date", "source");

    private final Site site;
    private final Urls urls;
    private final ValueFormat format;
    private final List<Deal> deals;
    private List<List<String>> rows;
    private List<DealList> lists;

    DealTracker(Site site, ValueFormat format) {
        this.site = site;
        this.urls = site.urls();
        this.format = format;
        this.deals = site.desk().deals();
    }

    List<Deal> deals() {
        return deals;
    }

    String csvUrl() {
        return urls.dealsFile(SiteAssembler.DEALS + ".csv");
    }

    String jsonUrl() {
        return urls.dealsFile(SiteAssembler.DEALS + ".json");
    }

    /** A page of the tracker: its list's rows on this page, the links to the other lists and pages. */
    Views.DealsView view(Route.Deals page, ViewModelBuilder views) {
        DealList list = page.list();
        List<Deal> shown = list.page(page.number());
        List<Views.DealRowView> rows = shown.stream().map(d -> row(d, views)).toList();
        boolean first = list.key().isEmpty() && page.number() == 1;
        Views.ChartView chart = first
                ? site.desk().dealsByQuarter().map(c -> views.chart(urls.deals(), c)).orElse(null) : null;
        Views.PagesView pagination = views.pages(page.number(), page.count(),
                (page.number() - 1) * DealList.PER_PAGE, shown.size(), list.deals().size(),
                n -> urls.dealsList(list.key(), n));
        return new Views.DealsView(rows, csvUrl(), jsonUrl(), page.path() + SiteAssembler.DEALS_ROWS, chart,
                list.title(), format.number(list.deals().size()), format.number(deals.size()), pagination,
                choices(list, DealList.Kind.SORT, null), choices(list, DealList.Kind.STATUS, "All statuses"),
                choices(list, DealList.Kind.YEAR, "All years"));
    }

    /**
     * The links to the lists of one kind, the current one marked; {@code all} names the link to every deal (the
     * tracker itself), which is current when the page's list is not of this kind. Sorts have no such link: the
     * first sort is every deal. The filters' lists are newest first, and offer no other order: a list per
     * combination would multiply the pages.
     */
    private List<Views.ChoiceView> choices(DealList current, DealList.Kind kind, String all) {
        List<Views.ChoiceView> out = new java.util.ArrayList<>();
        if (all != null) {
            out.add(new Views.ChoiceView(all, urls.deals(), current.kind() != kind));
        }
        for (DealList list : lists()) {
            if (list.kind() == kind) {
                // A filter's deals are newest first: that order is the one in effect there.
                boolean on = list.key().equals(current.key())
                        || kind == DealList.Kind.SORT && current.kind() != kind && list.key().isEmpty();
                out.add(new Views.ChoiceView(list.label(), urls.dealsList(list.key(), 1), on));
            }
        }
        return List.copyOf(out);
    }

    private synchronized List<DealList> lists() {
        if (lists == null) {
            lists = site.routes().stream().filter(r -> r instanceof Route.Deals d && d.number() == 1)
                    .map(r -> ((Route.Deals) r).list()).toList();
        }
        return lists;
    }

    /**
     * A page's rows as JSON, what the tracker's script shows when a reader follows a link to another order, filter
     * or page without loading the whole page: its title, the counts, the links to its neighbours, and each row's
     * cells as text and URLs (the script builds the cells as deal.ftlh does, with text nodes only).
     */
    byte[] rowsJson(Route.Deals page, Views.DealsView view) {
        ObjectNode root = DownloadFormat.json().createObjectNode();
        root.put("url", page.path());
        root.put("title", view.title());
        root.put("total", view.total());
        root.put("all", view.all());
        Views.PagesView p = view.pagination();
        ObjectNode pages = root.putObject("pagination");
        pages.put("from", p.from()).put("to", p.to()).put("count", p.count());
        pages.put("prevUrl", p.prevUrl()).put("nextUrl", p.nextUrl());
        ArrayNode links = pages.putArray("pages");
        p.pages().forEach(l -> links.addObject().put("label", l.label()).put("url", l.url()).put("current", l.current()));
        // The current link of each group of choices, by the group's data-choice name in deals.ftlh.
        ObjectNode current = root.putObject("choices");
        Map.of("sort", view.sorts(), "status", view.statuses(), "year", view.years()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).forEach(group -> group.getValue().stream()
                        .filter(Views.ChoiceView::current).findFirst().ifPresent(c -> current.put(group.getKey(), c.url())));
        ArrayNode rows = root.putArray("rows");
        for (Views.DealRowView d : view.rows()) {
            ObjectNode row = rows.addObject();
            row.put("investor", d.investor()).put("investorUrl", d.investorUrl());
            row.put("target", d.target()).put("targetUrl", d.targetUrl());
            row.put("text", d.text()).put("amount", d.amount()).put("status", d.status())
                    .put("statusLabel", d.statusLabel());
            row.put("date", d.date() == null ? null : d.date().text());
            row.put("dateIso", d.date() == null ? null : d.date().iso());
            ArrayNode covered = row.putArray("coveredIn");
            d.coveredIn().forEach(b -> covered.addObject().put("label", b.label()).put("url", b.url()));
            row.put("source", d.sourceName()).put("sourceUrl", d.sourceUrl());
        }
        try {
            // Compact, unlike the downloads: only the script reads it, on every link it follows.
            return DownloadFormat.json().writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The id of the briefing page's section that shows the deal: the round's table or the investments table. */
    static String section(Deal.Coverage c) {
        return c.figure().startsWith("round.") ? "funding-round" : "investments";
    }

    /** One deal as a table row, on the tracker and on company pages. */
    Views.DealRowView row(Deal d, ViewModelBuilder views) {
        // The source is listed on every briefing that covers the deal; the first (newest) is linked.
        java.util.Optional<String> first = d.briefing().map(b -> urls.briefing(b.slug()));
        return new Views.DealRowView(d.investor().name(), views.companyUrl(d.investor()), d.target().name(),
                views.companyUrl(d.target()), d.text().isEmpty() ? null : d.text(),
                format.money(d.amount()), d.amount().amount().toPlainString(), d.status().id(), d.status().label(),
                d.date().map(date -> new Views.DateView(format.date(date), date.iso())).orElse(null),
                d.date().map(date -> String.valueOf(date.year())).orElse(null),
                d.briefings().stream().map(b -> new Views.LinkView(b.title(), urls.briefing(b.slug()))).toList(),
                d.source().map(s -> s.name()).orElse(null),
                d.source().flatMap(s -> first.map(url -> url + "#" + ViewModelBuilder.anchor(s.id()))).orElse(null));
    }

    /** Every deal's values in {@link #COLUMNS} order: what the CSV and JSON files are made of. Made once. */
    synchronized List<List<String>> rows() {
        if (rows == null) {
            rows = deals.stream().map(this::values).toList();
        }
        return rows;
    }

    /** The download values of one deal, by column. */
    private List<String> values(Deal d) {
        return List.of(d.id().orElse(""), String.join(" ", d.briefings().stream().map(b -> b.slug()).toList()),
                d.investor().name(), d.target().name(), d.amount().amount().toPlainString(),
                d.amount().currency(), format.money(d.amount()), d.amount().qualifier().label(), d.status().id(),
                d.date().map(PartialDate::canonical).orElse(""), d.source().map(Source::name).orElse(""));
    }

    byte[] csv() {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (List<String> values : rows()) {
            out.append(String.join(",", values.stream().map(DownloadFormat::csvCell).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] json() {
        ObjectNode root = DownloadFormat.json().createObjectNode();
        root.put("title", site.content().config().title() + ": deals");
        ArrayNode array = root.putArray("deals");
        for (List<String> values : rows()) {
            ObjectNode row = array.addObject();
            for (int i = 0; i < COLUMNS.size(); i++) {
                String column = COLUMNS.get(i);
                if (column.equals("amount")) {
                    row.put(column, new java.math.BigDecimal(values.get(i)));
                } else if (column.equals("briefings")) {
                    ArrayNode slugs = row.putArray(column);
                    java.util.Arrays.stream(values.get(i).split(" ")).filter(x -> !x.isEmpty()).forEach(slugs::add);
                } else if (values.get(i).isEmpty() && (column.equals("date") || column.equals("source")
                        || column.equals("deal"))) {
                    row.putNull(column);
                } else {
                    row.put(column, values.get(i));
                }
            }
        }
        return DownloadFormat.json(root);
    }

}
