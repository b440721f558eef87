package briefing.render;

import briefing.data.DownloadFormat;
import briefing.data.Source;
import briefing.desk.Deal;
import briefing.site.Site;
import briefing.site.SiteAssembler;
import briefing.site.Urls;
import briefing.value.PartialDate;
import briefing.value.ValueFormat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The deal tracker: every deal of the desk (see {@link briefing.desk.Desk#deals()}), as the page's table and as CSV
 * and JSON downloads of the same rows.
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

    Views.DealsView view(ViewModelBuilder views) {
        List<Views.DealRowView> rows = deals.stream().map(d -> row(d, views)).toList();
        Views.ChartView chart = site.desk().dealsByQuarter().map(c -> views.chart(urls.deals(), c)).orElse(null);
        java.text.Collator byName = java.text.Collator.getInstance(format.locale());
        List<String> companies = deals.stream().flatMap(d -> java.util.stream.Stream.of(d.investor().name(),
                d.target().name())).distinct().sorted(byName).toList();
        List<Views.OptionView> statuses = deals.stream().map(Deal::status).distinct().sorted()
                .map(s -> new Views.OptionView(s.id(), s.label())).toList();
        List<String> years = rows.stream().map(Views.DealRowView::year).filter(java.util.Objects::nonNull).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList();
        return new Views.DealsView(rows, csvUrl(), jsonUrl(), chart, companies, statuses, years);
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
