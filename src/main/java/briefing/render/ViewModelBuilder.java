package briefing.render;

import briefing.chart.ChartDataExporter;
import briefing.chart.ChartLayout;
import briefing.chart.ChartRenderer;
import briefing.chart.ChartSpec;
import briefing.content.Briefing;
import briefing.content.Heading;
import briefing.content.Page;
import briefing.content.Update;
import briefing.data.BriefingData;
import briefing.data.CompanyRef;
import briefing.data.Derivation;
import briefing.data.Figure;
import briefing.data.FigureValue;
import briefing.data.FundingRound;
import briefing.data.Investment;
import briefing.data.Ref;
import briefing.data.Source;
import briefing.data.TimelineEvent;
import briefing.render.Views.BriefingSummaryView;
import briefing.render.Views.BriefingView;
import briefing.render.Views.DateView;
import briefing.render.Views.FigureView;
import briefing.render.Views.SourceRefView;
import briefing.site.Route;
import briefing.site.Urls;
import briefing.value.PartialDate;
import briefing.value.Status;
import briefing.value.ValueFormat;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import briefing.content.MarkdownRenderer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the content model into display-ready view records, formatting every value in the site's locale. */
final class ViewModelBuilder {

    private final ValueFormat format;
    private final Urls urls;
    private final ChartDataExporter exporter = new ChartDataExporter();

    private final TableViews tables;
    /** For the text of prose, read from its Markdown tree; base path and raw HTML do not change the text. */
    private final MarkdownRenderer markdown = new MarkdownRenderer(false, "/");

    ViewModelBuilder(ValueFormat format, Urls urls) {
        this(format, urls, briefing.data.Companies.NONE);
    }

    /** @param companies the site's company list, which dataset tables link company ids to */
    ViewModelBuilder(ValueFormat format, Urls urls, briefing.data.Companies companies) {
        this.format = format;
        this.urls = urls;
        this.tables = new TableViews(format, urls, companies);
    }

    BriefingSummaryView summary(Briefing b) {
        return new BriefingSummaryView(b.title(), urls.briefing(b.slug()), date(b.date()), html(b.html(b.summary())),
                b.tags());
    }

    /** One page of the home page's list: its briefings, and links to the newer, older and nearby pages. */
    /** The site's value format (its locale), for views made elsewhere in this package. */
    ValueFormat format() {
        return format;
    }

    Views.PaginationView pagination(Route.Home home) {
        int number = home.number();
        return new Views.PaginationView(number, home.count(), home.briefings().stream().map(this::summary).toList(),
                home.first() + 1, format.number(home.first() + 1L),
                format.number((long) home.first() + home.briefings().size()), format.number(home.total()),
                number > 1 ? urls.homePage(number - 1) : null,
                number < home.count() ? urls.homePage(number + 1) : null, pageLinks(number, home.count(),
                        urls::homePage));
    }

    /**
     * Page {@code number} of {@code count} of any other list: {@code first} is the position of its first item (from
     * 0), {@code shown} how many it shows, {@code total} how many the list has; {@code url} gives a page's URL.
     */
    Views.PagesView pages(int number, int count, int first, int shown, int total,
                          java.util.function.IntFunction<String> url) {
        return new Views.PagesView(number, count, format.number(Math.min(total, first + 1L)),
                format.number((long) first + shown), format.number(total),
                number > 1 ? url.apply(number - 1) : null, number < count ? url.apply(number + 1) : null,
                pageLinks(number, count, url));
    }

    private List<Views.PageLinkView> pageLinks(int number, int count, java.util.function.IntFunction<String> url) {
        List<Views.PageLinkView> links = new java.util.ArrayList<>();
        int shown = 0;
        for (int n : pageNumbers(number, count)) {
            if (n == shown + 2) {
                links.add(pageLink(n - 1, number, url)); // a gap of one page is that page's number: no shorter
            } else if (n > shown + 2) {
                links.add(new Views.PageLinkView("\u2026", null, false));
            }
            links.add(pageLink(n, number, url));
            shown = n;
        }
        return List.copyOf(links);
    }

    /**
     * The page numbers a page links to: the first and the last, and two on each side of the current one. With
     * hundreds of pages, listing every number would make each page grow with the desk, which is what pagination is
     * for; every page is still reached through its neighbours and the sitemap.
     */
    private static java.util.SortedSet<Integer> pageNumbers(int current, int count) {
        java.util.SortedSet<Integer> numbers = new java.util.TreeSet<>(List.of(1, count));
        for (int n = Math.max(1, current - 2); n <= Math.min(count, current + 2); n++) {
            numbers.add(n);
        }
        return numbers;
    }

    private Views.PageLinkView pageLink(int n, int current, java.util.function.IntFunction<String> url) {
        return new Views.PageLinkView(format.number(n), url.apply(n), n == current);
    }

    BriefingView briefing(Briefing b) {
        BriefingData data = b.data();
        Map<String, Views.ChartView> charts = new LinkedHashMap<>();
        b.charts().forEach(c -> charts.put(c.id(), chart(urls.briefing(b.slug()), c)));
        return new BriefingView(
                b.slug(),
                urls.briefing(b.slug()),
                b.title(),
                b.subtitle().orElse(null),
                date(b.date()),
                b.updated().map(this::date).orElse(null),
                b.updates().stream().map(u -> new Views.UpdateView(date(u.date()), html(b.html(u.text())),
                        u.figure().map(this::figure).orElse(null),
                        u.figure().map(f -> figureAnchor(f.key())).orElse(null))).toList(),
                b.authors(),
                b.tags(),
                html(b.html(b.summary())),
                b.summaryText(),
                b.keyFigures().stream().map(this::figure).toList(),
                b.body().parts().stream().map(p -> p.table() != null
                        ? new Views.BodyPart(null, null, tables.table(b, p.table()))
                        : p.chartId() == null
                        ? new Views.BodyPart(html(p.html()), null)
                        : new Views.BodyPart(null, charts.get(p.chartId()))).toList(),
                toc(b.body().headings()),
                data.investments().map(inv -> new Views.InvestmentsView(inv.investor().name(),
                        companyUrl(inv.investor()), inv.rows().stream().map(row -> investmentRow(row, data)).toList())).orElse(null),
                data.round().map(r -> round(r, data)).orElse(null),
                data.valuations().map(v -> new Views.ValuationsView(v.company().name(), companyUrl(v.company()), v.entries().stream()
                        .map(e -> new Views.ValuationView(e.id(), e.date().map(this::date).orElse(null),
                                figure("valuations." + e.id(), data), e.event()))
                        .toList())).orElse(null),
                data.workforce().map(w -> new Views.WorkforceView(w.company().name(), companyUrl(w.company()), w.changes().stream()
                        .map(c -> new Views.WorkforceChangeView(c.id(), c.date().map(this::date).orElse(null),
                                figure("workforce." + c.id(), data), c.kind().label(), c.scope(),
                                c.note().orElse(null)))
                        .toList())).orElse(null),
                data.timeline().stream().map(e -> event(b, e)).toList(),
                data.faqs().stream().map(f -> new Views.FaqView(f.id(), f.question(), html(b.html(f.answer())),
                        markdown.readerText(f.answer(), data.figures(), format),
                        f.sources().stream().map(r -> sourceRef(r, data)).toList())).toList(),
                data.sources().stream().map(this::source).toList(),
                List.copyOf(charts.values()),
                Map.copyOf(charts),
                derived(data));
    }

    /** The most inputs an entry of "How these figures are computed" lists; the rest are counted. */
    static final int SHOWN_INPUTS = 50;

    /** Every derived figure of the briefing, by key, as its entry in "How these figures are computed". */
    private List<Views.DerivedView> derived(BriefingData data) {
        List<Views.DerivedView> out = new java.util.ArrayList<>();
        for (Figure f : data.figures().derived()) {
            f.derivation().ifPresent(d -> {
                List<Views.DerivedInputView> inputs = d.inputs().stream().limit(SHOWN_INPUTS).map(i -> {
                    Figure in = i.figure();
                    return new Views.DerivedInputView(i.role().label().isEmpty() ? null : i.role().label(), in.key(),
                            in.label(), in.value().format(format), in.status().map(Status::id).orElse(null),
                            in.status().map(Status::label).orElse(null), in.source().map(this::sourceRef).orElse(null),
                            in.derivation().map(x -> Briefing.derivedAnchor(in.key())).orElse(null));
                }).toList();
                out.add(new Views.DerivedView(f.key(), Briefing.derivedAnchor(f.key()), f.label(),
                        f.value().format(format), f.status().map(Status::id).orElse(null),
                        f.status().map(Status::label).orElse(null), operation(d),
                        d.selection().map(ViewModelBuilder::selection).orElse(null), inputs,
                        Math.max(0, d.inputs().size() - SHOWN_INPUTS)));
            });
        }
        return out;
    }

    /** What the operation does, in words: "Share: the part in percent of the whole". */
    private static String operation(Derivation d) {
        int n = d.inputs().size();
        return switch (d.operation()) {
            case SUM -> "Sum of " + n + (n == 1 ? " figure" : " figures");
            case COUNT -> "Count of " + n + (n == 1 ? " figure" : " figures");
            case SHARE -> "Share: the part in percent of the whole";
            case DIFFERENCE -> "Difference: the first figure minus the " + (n == 2 ? "second" : "others");
            case GROWTH -> "Growth: the change from the first figure to the second, in percent of the first";
        };
    }

    /** "the amount values of capex where year is 2025 and company is meta or alphabet". */
    private static String selection(Derivation.Selection s) {
        StringBuilder out = new StringBuilder("the ").append(s.column()).append(" values of ").append(s.resource());
        for (int i = 0; i < s.where().size(); i++) {
            Derivation.Condition c = s.where().get(i);
            out.append(i == 0 ? " where " : " and ").append(c.field()).append(" is ")
                    .append(String.join(" or ", c.values()));
        }
        return out.toString();
    }

    Views.EventView event(Briefing b, TimelineEvent e) {
        return new Views.EventView(e.id(), date(e.date()), e.title(), e.text().map(t -> html(b.html(t))).orElse(null),
                e.status().map(Status::id).orElse(null), e.status().map(Status::label).orElse(null),
                e.source().map(r -> sourceRef(r, b.data())).orElse(null), companies(e.companies()));
    }

    /** A chart published in the {@code charts/} folder of the page at {@code pagePath}. */
    Views.ChartView chart(String pagePath, ChartSpec c) {
        ChartDataExporter.Table table = exporter.table(c);
        return new Views.ChartView(c.id(), "chart-" + c.id(), c.type().id(), c.title(), c.subtitle().orElse(null),
                c.description(), c.note().orElse(null),
                c.source().map(s -> new SourceRefView(s.id(), s.name(), anchor(s.id()))).orElse(null),
                urls.chartIn(pagePath, ChartFiles.lightSvg(c)), urls.chartIn(pagePath, ChartFiles.darkSvg(c)),
                urls.chartIn(pagePath, ChartFiles.png(c)), urls.absolute(urls.chartIn(pagePath, ChartFiles.png(c))),
                urls.chartIn(pagePath, ChartFiles.csv(c)),
                urls.chartIn(pagePath, ChartFiles.json(c)), ChartRenderer.WIDTH, ChartRenderer.HEIGHT,
                urls.chartIn(pagePath, ChartFiles.narrowSvg(c)), urls.chartIn(pagePath, ChartFiles.narrowDarkSvg(c)),
                ChartLayout.NARROW.width(), ChartLayout.NARROW.height(), ChartLayout.BREAKPOINT_PX,
                table.header(), table.rows(), callout(c),
                c.scale() == ChartSpec.Scale.LOG ? LOG_SCALE_NOTE : null);
    }

    /** Said in the caption of a chart on a log scale, where a reader sees it before reading lengths. */
    static final String LOG_SCALE_NOTE = "Logarithmic scale: each step up the axis is ten times the one below.";

    /** The figure a chart of a single value is shown as, or null for a chart with several. */
    private static Views.CalloutView callout(ChartSpec c) {
        return c.single().map(p -> {
            String label = c.series().size() > 1
                    ? c.series().stream().filter(s -> s.points().contains(p)).findFirst().map(s -> s.name() + ", ")
                    .orElse("") + p.category()
                    : p.category();
            String status = p.status().flatMap(ViewModelBuilder::statusId).orElse(null);
            return new Views.CalloutView(label, p.display(), status, p.status().orElse(null),
                    p.source().orElse(null));
        }).orElse(null);
    }

    /** The status id ({@code reported}) of a point's status label ({@code Reported}), for the badge's class. */
    private static Optional<String> statusId(String label) {
        return java.util.Arrays.stream(Status.values()).filter(s -> s.label().equalsIgnoreCase(label))
                .map(Status::id).findFirst();
    }

    /** The page of a company, when the data names it by id (the site then has company pages). */
    String companyUrl(CompanyRef company) {
        return company.id().map(urls::company).orElse(null);
    }

    List<Views.LinkView> companies(List<CompanyRef> companies) {
        return companies.stream().map(c -> new Views.LinkView(c.name(), companyUrl(c))).toList();
    }

    /** The social card of a briefing: its first chart's PNG, if it has a chart. */
    Optional<Views.ImageView> cardImage(Briefing b) {
        return b.charts().stream().findFirst().map(c -> new Views.ImageView(
                urls.absolute(urls.chartFile(b.slug(), ChartFiles.png(c))),
                ChartRenderer.WIDTH * ChartRenderer.PNG_SCALE, ChartRenderer.HEIGHT * ChartRenderer.PNG_SCALE,
                c.description()));
    }

    Views.PlainPageView page(Page p) {
        return new Views.PlainPageView(p.title(), html(p.bodyHtml()), toc(p.headings()));
    }

    private List<Views.TocEntry> toc(List<Heading> headings) {
        return headings.stream().map(h -> new Views.TocEntry(h.level(), h.id(), h.text())).toList();
    }

    private Views.InvestmentRowView investmentRow(Investment row, BriefingData data) {
        return new Views.InvestmentRowView(row.id(), row.title(), companyUrl(row.company()),
                row.current().stream().map(i -> item(i, data)).toList(),
                row.potential().stream().map(i -> item(i, data)).toList(),
                row.purpose());
    }

    private Views.ItemView item(Investment.Item item, BriefingData data) {
        Optional<Figure> figure = item.figure().flatMap(r -> data.figures().find(r.id()))
                .or(() -> item.id().filter(id -> item.amount().isPresent())
                        .flatMap(id -> data.figures().find("investments." + id)));
        Optional<Status> status = figure.flatMap(Figure::status).or(item::status);
        SourceRefView source = figure.flatMap(Figure::source).map(this::sourceRef)
                .or(() -> item.source().map(r -> sourceRef(r, data))).orElse(null);
        return new Views.ItemView(item.text().orElse(null), figure.map(this::figure).orElse(null),
                status.map(Status::label).orElse(null), status.map(Status::id).orElse(null), source);
    }

    private Views.RoundView round(FundingRound r, BriefingData data) {
        return new Views.RoundView(r.company().name(), companyUrl(r.company()), r.name(), r.date().map(this::date).orElse(null),
                figure("round.total", data),
                r.participants().stream().map(p -> new Views.ParticipantView(p.id(), p.investor().name(),
                        companyUrl(p.investor()),
                        p.amount().map(a -> figure("round." + p.id(), data)).orElse(null),
                        share(data, "round." + p.id()).map(this::figure).orElse(null),
                        p.stage().orElse(null), p.status().id(), p.status().label(), sourceRef(p.source(), data),
                        p.note().orElse(null))).toList());
    }

    /**
     * A participant's share of the round, when the briefing declares it: a derived share ({@code figures.yaml})
     * of its amount in the round's total. The first by key, should there be two.
     */
    private static Optional<Figure> share(BriefingData data, String part) {
        return data.figures().derived().stream()
                .filter(f -> f.derivation().filter(d -> d.operation() == Derivation.Operation.SHARE
                        && d.inputs().get(0).figure().key().equals(part)
                        && d.inputs().get(1).figure().key().equals("round.total")).isPresent())
                .findFirst();
    }

    private FigureView figure(String key, BriefingData data) {
        return data.figures().find(key).map(this::figure)
                .orElseThrow(() -> new IllegalStateException("figure indexed at load is missing: " + key));
    }

    FigureView figure(Figure f) {
        DateView date = f.value() instanceof FigureValue.OfDate d ? date(d.date()) : null;
        return new FigureView(f.key(), f.label(), f.value().format(format),
                f.status().map(Status::id).orElse(null), f.status().map(Status::label).orElse(null),
                f.source().map(this::sourceRef).orElse(null), date,
                f.derivation().map(d -> Briefing.derivedAnchor(f.key())).orElse(null));
    }

    private SourceRefView sourceRef(Source s) {
        return new SourceRefView(s.id(), s.name(), anchor(s.id()));
    }

    private SourceRefView sourceRef(Ref ref, BriefingData data) {
        return data.source(ref.id()).map(this::sourceRef)
                .orElseThrow(() -> new IllegalStateException("source checked at load is missing: " + ref.id()));
    }

    private Views.SourceView source(Source s) {
        return new Views.SourceView(s.id(), anchor(s.id()), s.name(), s.publisher().orElse(null),
                s.date().map(this::date).orElse(null), s.kind().label(), s.status().id(), s.status().label(),
                s.url().map(Object::toString).orElse(null), s.note().orElse(null));
    }

    /**
     * The id of the place on the briefing page that shows a figure: a timeline event has its own entry; other
     * figures are rows of their data section ({@code briefing.ftlh} shows a section whenever it has a row).
     */
    static String figureAnchor(String key) {
        int dot = key.indexOf('.');
        String family = dot < 0 ? key : key.substring(0, dot);
        return switch (family) {
            case "round" -> "funding-round";
            case "investments", "valuations", "workforce" -> family;
            case "timeline" -> "event-" + key.substring(dot + 1);
            default -> null;
        };
    }

    /** An update as one line of plain text, for the feed: "Updated March 3, 2026: SoftBank's share confirmed". */
    String updateLine(Update u) {
        return "Updated " + format.date(u.date()) + ": " + u.plainText();
    }

    static String anchor(String sourceId) {
        return Briefing.sourceAnchor(sourceId);
    }

    DateView date(PartialDate d) {
        return new DateView(format.date(d), d.iso());
    }

    static TemplateHTMLOutputModel html(String markup) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }
}
