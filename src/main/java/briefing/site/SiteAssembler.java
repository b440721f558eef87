package briefing.site;

import briefing.content.Briefing;
import briefing.content.Content;
import briefing.content.Page;

import java.util.ArrayList;
import java.util.List;

/** Decides the pages of the site and their URLs. Pure: content in, site out. */
public final class SiteAssembler {

    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String FEED = "feed.xml";

    /** The base name of the deal tracker's downloads: {@code deals.csv} and {@code deals.json}. */
    public static final String DEALS = "deals";

    /** The search index's file name, next to the search page: {@code search/index.json}. */
    public static final String SEARCH_INDEX = "index.json";

    /** Whether any briefing has a deal: a round participant or an investments item with an amount of its own. */
    public static boolean hasDeals(Content content) {
        return content.briefings().stream().map(Briefing::data).anyMatch(d ->
                d.round().stream().flatMap(r -> r.participants().stream()).anyMatch(p -> p.amount().isPresent())
                        || d.investments().stream().flatMap(i -> i.rows().stream())
                        .flatMap(row -> java.util.stream.Stream.concat(row.current().stream(), row.potential().stream()))
                        .anyMatch(item -> item.amount().isPresent()));
    }

    public Site assemble(Content content) {
        Urls urls = new Urls(content.config().baseUrl());
        List<Route> routes = new ArrayList<>();
        routes.add(new Route.Home(urls.home(), "index.html"));
        for (Briefing briefing : content.briefings()) {
            String path = urls.briefing(briefing.slug());
            routes.add(new Route.BriefingPage(path, urls.outputPath(path), briefing));
        }
        for (Page page : content.pages()) {
            String path = urls.page(page.slug());
            routes.add(new Route.PlainPage(path, urls.outputPath(path), page));
        }
        boolean deals = hasDeals(content);
        if (deals) {
            routes.add(new Route.Deals(urls.deals(), urls.outputPath(urls.deals())));
        }
        routes.add(new Route.Search(urls.search(), urls.outputPath(urls.search())));
        routes.add(new Route.NotFound(urls.basePath() + "404.html", "404.html"));
        List<Route> files = new ArrayList<>();
        files.add(new Route.Sitemap(urls.file(SITEMAP), SITEMAP));
        files.add(new Route.Robots(urls.file(ROBOTS), ROBOTS));
        if (!content.briefings().isEmpty()) {
            files.add(new Route.Feed(urls.file(FEED), FEED));
        }
        if (deals) {
            for (String format : List.of("csv", "json")) {
                String path = urls.dealsFile(DEALS + "." + format);
                files.add(new Route.DealsData(path, urls.outputPath(path), format));
            }
        }
        String index = urls.searchFile(SEARCH_INDEX);
        files.add(new Route.SearchIndex(index, urls.outputPath(index)));
        return new Site(content, urls, List.copyOf(routes), List.copyOf(files));
    }
}
