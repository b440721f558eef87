package briefing.site;

import briefing.content.Briefing;
import briefing.content.Content;
import briefing.content.Page;
import briefing.desk.CompanyProfile;
import briefing.desk.Desk;
import briefing.desk.DeskAssembler;
import briefing.value.ValueFormat;

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

    public Site assemble(Content content) {
        Urls urls = new Urls(content.config().baseUrl());
        Desk desk = new DeskAssembler(new ValueFormat(content.config().locale())).assemble(content);
        List<Route> routes = new ArrayList<>();
        routes.addAll(homePages(content, urls));
        for (Briefing briefing : content.briefings()) {
            String path = urls.briefing(briefing.slug());
            routes.add(new Route.BriefingPage(path, urls.outputPath(path), briefing));
        }
        for (Page page : content.pages()) {
            String path = urls.page(page.slug());
            routes.add(new Route.PlainPage(path, urls.outputPath(path), page));
        }
        // The tracker exists as soon as a briefing has a deal: a round participant or an investments item with an
        // amount of its own.
        boolean deals = !desk.deals().isEmpty();
        if (deals) {
            routes.add(new Route.Deals(urls.deals(), urls.outputPath(urls.deals())));
        }
        if (!desk.companies().isEmpty()) {
            routes.add(new Route.Companies(urls.companies(), urls.outputPath(urls.companies())));
            for (CompanyProfile profile : desk.companies()) {
                String path = urls.company(profile.company().id());
                routes.add(new Route.CompanyPage(path, urls.outputPath(path), profile));
            }
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
        return new Site(content, desk, urls, List.copyOf(routes), List.copyOf(files));
    }

    /** The home page and its older pages: the briefings, newest first, {@code pagination.per_page} at a time. */
    private static List<Route.Home> homePages(Content content, Urls urls) {
        List<Briefing> all = content.briefings();
        int perPage = content.config().pagination().perPage();
        // Written so that no sum can overflow, whatever per_page says: a site without briefings still has its home.
        int count = all.isEmpty() ? 1 : (all.size() - 1) / perPage + 1;
        List<Route.Home> pages = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            int first = (number - 1) * perPage;
            String path = urls.homePage(number);
            pages.add(new Route.Home(path, urls.outputPath(path), number, count,
                    all.subList(first, all.size() - first <= perPage ? all.size() : first + perPage), first, all.size()));
        }
        return pages;
    }
}
