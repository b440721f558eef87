package briefing.render;

import briefing.data.DownloadFormat;
import briefing.content.Briefing;
import briefing.data.BriefingData;
import briefing.data.FundingRound;
import briefing.data.Investment;
import briefing.data.Ref;
import briefing.data.Source;
import briefing.site.Site;
import briefing.site.SiteAssembler;
import briefing.site.Urls;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Status;
import briefing.value.ValueFormat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The deal tracker: every deal with an amount of every briefing (round participants and investments items with an
 * amount of their own), as the page's table and as CSV and JSON downloads of the same rows. Sorted by date, newest
 * first and undated last, then by briefing slug, then by investor.
 */
final class DealTracker {

    /** The download columns, in order. */
    static final List<String> COLUMNS = List.of("briefing", "investor", "target", "amount", "currency", "display",
            "qualifier", "status", "date", "source");


    /**
     * One deal, from the data: what both the page and the downloads are made of.
     *
     * @param section the id of the briefing page's section that shows the deal ({@code funding-round} or
     *                {@code investments})
     */
    record Deal(Briefing briefing, String investor, String target, String text, Money amount, Status status,
                Optional<PartialDate> date, Optional<Source> source, String section) {
    }

    private static final Comparator<Deal> ORDER = Comparator
            .<Deal, PartialDate>comparing(d -> d.date().orElse(null),
                    Comparator.nullsLast(Comparator.<PartialDate>naturalOrder().reversed()))
            .thenComparing(d -> d.briefing().slug())
            .thenComparing(Deal::investor);

    private final Site site;
    private final Urls urls;
    private final ValueFormat format;
    private final List<Deal> deals;

    DealTracker(Site site, ValueFormat format) {
        this.site = site;
        this.urls = site.urls();
        this.format = format;
        this.deals = site.content().briefings().stream().flatMap(DealTracker::deals).sorted(ORDER).toList();
    }

    List<Deal> deals() {
        return deals;
    }

    private static Stream<Deal> deals(Briefing b) {
        BriefingData data = b.data();
        List<Deal> out = new ArrayList<>();
        data.round().ifPresent(r -> {
            for (FundingRound.Participant p : r.participants()) {
                p.amount().ifPresent(a -> out.add(new Deal(b, p.investor(), r.company(), r.name(), a, p.status(),
                        r.date(), source(data, Optional.of(p.source())), "funding-round")));
            }
        });
        data.investments().ifPresent(inv -> {
            for (Investment row : inv.rows()) {
                for (Investment.Item item : Stream.concat(row.current().stream(), row.potential().stream()).toList()) {
                    if (item.amount().isPresent() && item.status().isPresent()) {
                        out.add(new Deal(b, inv.investor(), row.company(), item.text().orElse(""),
                                item.amount().get(), item.status().get(), Optional.empty(),
                                source(data, item.source()), "investments"));
                    }
                }
            }
        });
        return out.stream();
    }

    private static Optional<Source> source(BriefingData data, Optional<Ref> ref) {
        return ref.flatMap(r -> data.source(r.id()));
    }

    String csvUrl() {
        return urls.dealsFile(SiteAssembler.DEALS + ".csv");
    }

    String jsonUrl() {
        return urls.dealsFile(SiteAssembler.DEALS + ".json");
    }

    Views.DealsView view() {
        List<Views.DealRowView> rows = deals.stream().map(d -> {
            String briefingUrl = urls.briefing(d.briefing().slug());
            return new Views.DealRowView(d.investor(), d.target(), d.text().isEmpty() ? null : d.text(),
                    format.money(d.amount()), d.status().id(), d.status().label(),
                    d.date().map(date -> new Views.DateView(format.date(date), date.iso())).orElse(null),
                    d.briefing().title(), briefingUrl,
                    d.source().map(s -> s.name()).orElse(null),
                    d.source().map(s -> briefingUrl + "#" + ViewModelBuilder.anchor(s.id())).orElse(null));
        }).toList();
        return new Views.DealsView(rows, csvUrl(), jsonUrl());
    }

    /** The download values of one deal, by column. */
    private List<String> values(Deal d) {
        return List.of(d.briefing().slug(), d.investor(), d.target(), d.amount().amount().toPlainString(),
                d.amount().currency(), format.money(d.amount()), d.amount().qualifier().label(), d.status().id(),
                d.date().map(PartialDate::iso).orElse(""), d.source().map(Source::name).orElse(""));
    }

    byte[] csv() {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Deal d : deals) {
            out.append(String.join(",", values(d).stream().map(DownloadFormat::csvCell).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] json() {
        ObjectNode root = DownloadFormat.json().createObjectNode();
        root.put("title", site.content().config().title() + ": deals");
        ArrayNode rows = root.putArray("deals");
        for (Deal d : deals) {
            List<String> values = values(d);
            ObjectNode row = rows.addObject();
            for (int i = 0; i < COLUMNS.size(); i++) {
                String column = COLUMNS.get(i);
                if (column.equals("amount")) {
                    row.put(column, new java.math.BigDecimal(values.get(i)));
                } else if (values.get(i).isEmpty() && (column.equals("date") || column.equals("source"))) {
                    row.putNull(column);
                } else {
                    row.put(column, values.get(i));
                }
            }
        }
        return DownloadFormat.json(root);
    }

}
