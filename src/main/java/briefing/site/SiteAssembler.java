package briefing.site;

import briefing.content.Briefing;
import briefing.content.Content;
import briefing.content.Page;
import briefing.desk.CompanyProfile;
import briefing.desk.DealList;
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

    /** The rows of a page of the deal tracker as JSON, beside the page, for its script: {@code deals/rows.json}. */
    public static final String DEALS_ROWS = "rows.json";

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
        List<Route.Deals> trackerPages = deals ? trackerPages(desk, urls) : List.of();
        routes.addAll(trackerPages);
        if (!desk.companies().isEmpty()) {
            routes.addAll(companiesPages(desk.companies(), urls));
            for (CompanyProfile profile : desk.companies()) {
                int count = profile.pages();
                for (int number = 1; number <= count; number++) {
                    String path = urls.companyPage(profile.company().id(), number);
                    routes.add(new Route.CompanyPage(path, urls.outputPath(path), profile, number, count));
                }
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
        for (Route.Deals page : trackerPages) {
            String path = page.path() + DEALS_ROWS;
            files.add(new Route.DealsRows(path, urls.outputPath(path), page));
        }
        String index = urls.searchFile(SEARCH_INDEX);
        files.add(new Route.SearchIndex(index, urls.outputPath(index)));
        return new Site(content, desk, urls, List.copyOf(routes), List.copyOf(files));
    }

    /**
     * The deal tracker's pages: each list of {@link DealList#of} (orders and filters), {@link DealList#PER_PAGE}
     * deals a page. The tracker's own URL, the first, is page 1 of every deal newest first.
     */
    private static List<Route.Deals> trackerPages(Desk desk, Urls urls) {
        List<Route.Deals> pages = new ArrayList<>();
        for (DealList list : DealList.of(desk.deals())) {
            int count = list.pages();
            for (int number = 1; number <= count; number++) {
                String path = urls.dealsList(list.key(), number);
                pages.add(new Route.Deals(path, urls.outputPath(path), list, number, count));
            }
        }
        return pages;
    }

    /** Companies on each page of the list of companies. */
    public static final int COMPANIES_PER_PAGE = 100;

    /** The list of companies, in the order of {@code companies.yaml}, {@link #COMPANIES_PER_PAGE} a page. */
    private static List<Route.Companies> companiesPages(List<CompanyProfile> all, Urls urls) {
        int count = (all.size() - 1) / COMPANIES_PER_PAGE + 1;
        List<Route.Companies> pages = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            int first = (number - 1) * COMPANIES_PER_PAGE;
            String path = urls.companiesPage(number);
            pages.add(new Route.Companies(path, urls.outputPath(path), number, count,
                    all.subList(first, Math.min(all.size(), first + COMPANIES_PER_PAGE)), first));
        }
        return pages;
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
