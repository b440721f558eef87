package briefing.render;

import briefing.config.SiteConfig;
import briefing.content.Briefing;
import briefing.content.Page;
import briefing.chart.ChartRenderer;
import briefing.data.Company;
import briefing.desk.CompanyProfile;
import briefing.render.JsonLd.Crumb;
import briefing.render.Views.FeedEntryView;
import briefing.render.Views.FeedView;
import briefing.render.Views.ImageView;
import briefing.render.Views.PageView;
import briefing.render.Views.SitemapEntryView;
import briefing.site.Route;
import briefing.site.Site;
import briefing.site.SiteAssembler;
import briefing.site.Urls;
import briefing.value.PartialDate;
import freemarker.core.TemplateHTMLOutputModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a published site tells machines: each page's head metadata (Open Graph, Twitter card, JSON-LD), the sitemap,
 * robots.txt and the Atom feed. Every date comes from the content (a briefing's {@code date} and {@code updated}),
 * never from the clock, so a rebuild is byte-identical.
 */
final class PublishingViews {

    private final SiteConfig config;
    private final Urls urls;
    private final Site site;
    private final ViewModelBuilder views;
    private final ImageView siteCard;

    PublishingViews(Site site, ViewModelBuilder views) {
        this.site = site;
        this.config = site.content().config();
        this.urls = site.urls();
        this.views = views;
        // Pages that are not a briefing show the newest chart there is; with no chart at all, they show none.
        this.siteCard = site.content().briefings().stream().map(views::cardImage).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    /** The social card of pages that are not a briefing, or null. */
    ImageView siteCard() {
        return siteCard;
    }

    /** The date a briefing last changed: {@code updated} (which the latest update sets), or else {@code date}. */
    static PartialDate changed(Briefing b) {
        return b.updated().orElse(b.date());
    }

    /** A sitemap {@code lastmod}: the first day of the period, YYYY-MM-DD. */
    static String day(PartialDate d) {
        return d.start().toString();
    }

    /** An Atom date: midnight UTC of the period's first day. */
    static String rfc3339(PartialDate d) {
        return d.start() + "T00:00:00Z";
    }

    /**
     * When a page of the home page's list last changed: the latest change of a briefing it lists, or the newest
     * briefing's date if that is later (a new briefing moves every page's list down one place).
     */
    private Optional<PartialDate> listChanged(Route.Home home) {
        return java.util.stream.Stream.concat(home.briefings().stream().map(PublishingViews::changed),
                site.content().briefings().stream().limit(1).map(Briefing::date)).max(Comparator.naturalOrder());
    }

    private String home() {
        return urls.absolute(urls.home());
    }

    private JsonLd.Party publisher() {
        return new JsonLd.Party("Organization", config.publisher().name(),
                config.publisher().url().map(Object::toString).orElse(home()));
    }

    static final String LIST_TITLE = "All briefings";

    /**
     * The home page, or one of its older pages: each names its place in the list ("page 2 of 7") and its neighbours
     * for {@code rel="prev"} and {@code rel="next"}.
     */
    PageView home(Route.Home home, Views.PaginationView pagination) {
        String path = home.path();
        String url = urls.absolute(path);
        if (home.number() == 1) {
            List<TemplateHTMLOutputModel> ld = List.of(JsonLd.markup(JsonLd.webSite(home(),
                    config.title(), config.description(), config.language(), publisher())));
            return new PageView("home", config.title(), config.description(), path, url, "website", siteCard, ld,
                    pagination.prevUrl(), pagination.nextUrl());
        }
        String title = LIST_TITLE + ", page " + pagination.number() + " of " + pagination.count();
        String range = pagination.from().equals(pagination.to()) ? "Briefing " + pagination.from()
                : "Briefings " + pagination.from() + " to " + pagination.to();
        String description = range + " of " + pagination.total() + " in the " + config.title() + ", newest first.";
        return new PageView("briefings", title, description, path, url, "website", siteCard,
                List.of(JsonLd.markup(JsonLd.breadcrumbs(List.of(new Crumb(config.title(), home()),
                        new Crumb(title, url))))), pagination.prevUrl(), pagination.nextUrl());
    }

    PageView briefing(Briefing b, Views.BriefingView view, String path) {
        String url = urls.absolute(path);
        ImageView image = views.cardImage(b).orElse(null);
        List<TemplateHTMLOutputModel> ld = new ArrayList<>();
        ld.add(JsonLd.markup(JsonLd.newsArticle(new JsonLd.Article(url, b.title(), b.summaryText(),
                b.date().iso(), changed(b).iso(), b.authors(), b.tags(), config.language(),
                image == null ? null : image.url(), publisher()))));
        if (!view.faqs().isEmpty()) {
            ld.add(JsonLd.markup(JsonLd.faqPage(url, view.faqs().stream()
                    .map(f -> new JsonLd.Question(f.question(), f.answerText())).toList())));
        }
        DatasetFiles.shown(b).values().forEach(r -> ld.add(JsonLd.markup(JsonLd.dataset(dataset(b, r, url)))));
        ld.add(JsonLd.markup(JsonLd.breadcrumbs(List.of(new Crumb(config.title(), home()),
                new Crumb(b.title(), url)))));
        return new PageView("briefing", b.title(), b.summaryText(), path, url, "article", image, List.copyOf(ld));
    }

    /**
     * A resource a briefing's tables show, as a schema.org Dataset: found at its first table, downloadable as CSV
     * and JSON, made by the data package's contributors (or else the publisher), under its license.
     */
    private JsonLd.DatasetTable dataset(Briefing b, briefing.dataset.Resource r, String pageUrl) {
        String anchor = b.body().tables().stream().filter(t -> t.resource() == r).findFirst()
                .map(briefing.content.DatasetTable::id).orElseThrow();
        Optional<briefing.dataset.DataPackage> pack = b.data().datasets().stream()
                .filter(d -> d.resources().contains(r)).findFirst();
        List<JsonLd.Party> creators = pack.map(d -> d.contributors().stream()
                // The standard's contributor is a person or an organisation; one with an `organization` is a person.
                .map(c -> new JsonLd.Party(c.organization().isPresent() ? "Person" : "Organization", c.title(),
                        c.path().orElse(null))).toList())
                .filter(l -> !l.isEmpty()).orElse(List.of(publisher()));
        String license = pack.flatMap(d -> d.licenses().stream().findFirst())
                .flatMap(l -> l.path().or(l::name)).orElse(null);
        String description = r.description().orElse(r.label() + ": the data behind the tables of “"
                + b.title() + "”.");
        return new JsonLd.DatasetTable(pageUrl + "#" + anchor, r.label(), description, config.language(), creators,
                license, List.of(
                        new JsonLd.Download(urls.absolute(DatasetFiles.csvUrl(urls, b.slug(), r)), "text/csv"),
                        new JsonLd.Download(urls.absolute(DatasetFiles.jsonUrl(urls, b.slug(), r)),
                                "application/json")),
                r.schema().fields().stream().map(f -> new JsonLd.Variable(f.label(), f.description().orElse(null),
                        f.currency().orElse(null))).toList());
    }

    PageView page(Page p, String path) {
        String url = urls.absolute(path);
        return new PageView("page", p.title(), p.description().orElse(config.description()), path, url, "website",
                siteCard, List.of(JsonLd.markup(JsonLd.breadcrumbs(List.of(new Crumb(config.title(), home()),
                new Crumb(p.title(), url))))));
    }

    static final String DEALS_TITLE = "Deal tracker";

    static String dealsDescription(String siteTitle) {
        return "Every deal with a reported amount across the " + siteTitle
                + ": investor, target, amount, status, date and source.";
    }

    PageView deals(String path, DealTracker tracker) {
        String url = urls.absolute(path);
        String description = dealsDescription(config.title());
        List<TemplateHTMLOutputModel> ld = List.of(
                JsonLd.markup(JsonLd.dataset(url, config.title() + ": " + DEALS_TITLE, description,
                        config.language(), publisher(), List.of(
                                new JsonLd.Download(urls.absolute(tracker.csvUrl()), "text/csv"),
                                new JsonLd.Download(urls.absolute(tracker.jsonUrl()), "application/json")))),
                JsonLd.markup(JsonLd.breadcrumbs(List.of(new Crumb(config.title(), home()),
                        new Crumb(DEALS_TITLE, url)))));
        return new PageView("deals", DEALS_TITLE, description, path, url, "website", siteCard, ld);
    }

    static final String COMPANIES_TITLE = "Companies";

    PageView companies(String path) {
        String url = urls.absolute(path);
        return new PageView("companies", COMPANIES_TITLE, "The companies in the " + config.title()
                + ", each with every deal, figure and event about it across briefings.", path, url, "website",
                siteCard, List.of(JsonLd.markup(JsonLd.breadcrumbs(List.of(new Crumb(config.title(), home()),
                new Crumb(COMPANIES_TITLE, url))))));
    }

    PageView company(CompanyProfile profile, String path) {
        Company c = profile.company();
        String url = urls.absolute(path);
        ImageView image = profile.chart().map(chart -> new ImageView(
                urls.absolute(urls.chartIn(path, ChartFiles.png(chart))),
                ChartRenderer.WIDTH * ChartRenderer.PNG_SCALE, ChartRenderer.HEIGHT * ChartRenderer.PNG_SCALE,
                chart.description())).orElse(siteCard);
        return new PageView("company", c.name(), c.description(), path, url, "website", image, List.of(
                JsonLd.markup(JsonLd.organization(url, c.name(), c.aliases(), c.description(),
                        c.url().map(Object::toString).orElse(null))),
                JsonLd.markup(JsonLd.breadcrumbs(List.of(new Crumb(config.title(), home()),
                        new Crumb(COMPANIES_TITLE, urls.absolute(urls.companies())), new Crumb(c.name(), url))))));
    }

    static final String SEARCH_TITLE = "Search";

    PageView search(String path) {
        String url = urls.absolute(path);
        String description = "Search the briefings, sections, questions, timeline events, deals, companies and pages of the "
                + config.title() + ".";
        return new PageView("search", SEARCH_TITLE, description, path, url, "website", siteCard,
                List.of(JsonLd.markup(JsonLd.breadcrumbs(List.of(new Crumb(config.title(), home()),
                        new Crumb(SEARCH_TITLE, url))))));
    }

    PageView notFound(String path) {
        return new PageView("404", "Page not found", config.description(), path, urls.absolute(path), "website",
                siteCard, List.of());
    }

    /**
     * Every HTML page but the 404 page and the deal tracker's other orders and filters, in route order. Plain pages
     * have no date of their own: no lastmod.
     */
    List<SitemapEntryView> sitemap() {
        List<SitemapEntryView> entries = new ArrayList<>();
        for (Route route : site.routes()) {
            String lastmod = null;
            // The tracker's other orders and filters list the same deals as its own pages: those are enough.
            if (route instanceof Route.NotFound || route instanceof Route.Deals d && !d.list().key().isEmpty()) {
                continue;
            }
            if (route instanceof Route.Home home) {
                lastmod = listChanged(home).map(PublishingViews::day).orElse(null);
            } else if (route instanceof Route.BriefingPage page) {
                lastmod = day(changed(page.briefing()));
            }
            entries.add(new SitemapEntryView(urls.absolute(route.path()), lastmod));
        }
        return entries;
    }

    String robots() {
        return "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.file(SiteAssembler.SITEMAP)) + "\n";
    }

    /**
     * The Atom feed: the newest {@code feed.entries} briefings. Its {@code updated} is the latest of theirs, since
     * the feed changes only when one of them does. Only called when the site has a briefing (an Atom feed needs an
     * {@code updated} date).
     */
    FeedView feed(String path) {
        List<Briefing> newest = site.content().briefings().stream().limit(config.feed().entries()).toList();
        List<FeedEntryView> entries = newest.stream().map(b -> {
            String url = urls.absolute(urls.briefing(b.slug()));
            return new FeedEntryView(url, url, b.title(), rfc3339(b.date()), rfc3339(changed(b)), b.summaryText(),
                    b.updates().stream().map(views::updateLine).toList(), b.authors(), b.tags());
        }).toList();
        return new FeedView(home(), config.title(), config.description(),
                newest.stream().map(PublishingViews::changed).max(Comparator.naturalOrder())
                        .map(PublishingViews::rfc3339).orElseThrow(), urls.absolute(path), home(),
                config.publisher().name(), config.publisher().url().map(Object::toString).orElse(null),
                config.language(), entries);
    }
}
