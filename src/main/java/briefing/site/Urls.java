package briefing.site;

import java.net.URI;

/**
 * Every URL of the site, built in one place so that all of them stay under the base path (a GitHub Pages project
 * site lives at {@code /REPO/}, not at the host root). Paths end in "/" for pages: clean URLs.
 */
public record Urls(URI baseUrl) {

    public String basePath() {
        String path = baseUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    public String home() {
        return basePath();
    }

    /**
     * Page {@code number} of the home page's list of briefings: page 1 is the home page itself (there is no
     * {@code page/1/}, so the list has one URL per page), older pages are {@code page/2/}, {@code page/3/}, ...
     */
    public String homePage(int number) {
        return number == 1 ? home() : basePath() + HOME_PAGES + "/" + number + "/";
    }

    /** The folder of the home page's older pages; a plain page may not take its name. */
    public static final String HOME_PAGES = "page";

    public String briefing(String slug) {
        return briefing.content.Briefing.path(basePath(), slug);
    }

    /** A file that belongs to one briefing's charts, e.g. {@code round.svg}. */
    public String chartFile(String slug, String fileName) {
        return chartIn(briefing(slug), fileName);
    }

    /** A chart file of the page at {@code pagePath}: charts live in the {@code charts/} folder beside the page. */
    public String chartIn(String pagePath, String fileName) {
        return pagePath + "charts/" + fileName;
    }

    /** The list of companies. */
    public String companies() {
        return basePath() + "companies/";
    }

    /** Page {@code number} of the list of companies: page 1 is the list itself, then {@code page/2/}, ... */
    public String companiesPage(int number) {
        return number == 1 ? companies() : companies() + HOME_PAGES + "/" + number + "/";
    }

    /** A company's page. */
    public String company(String id) {
        return companies() + id + "/";
    }

    /** Page {@code number} of a company's page: page 1 is the company's page, then {@code page/2/}, ... */
    public String companyPage(String id, int number) {
        return number == 1 ? company(id) : company(id) + HOME_PAGES + "/" + number + "/";
    }

    /** The deal tracker page. */
    public String deals() {
        return basePath() + "deals/";
    }

    /**
     * Page {@code number} of a list of the deal tracker ({@code key} its folder under {@code deals/}, ending in "/",
     * or empty for every deal newest first): page 1 is the list's folder, then {@code page/2/}, ...
     */
    public String dealsList(String key, int number) {
        String list = deals() + key;
        return number == 1 ? list : list + HOME_PAGES + "/" + number + "/";
    }

    /** A download of the deal tracker, e.g. {@code deals.csv}. */
    public String dealsFile(String fileName) {
        return deals() + fileName;
    }

    /** The search page. */
    public String search() {
        return basePath() + "search/";
    }

    /** A file of the search page, e.g. its index {@code index.json}. */
    public String searchFile(String fileName) {
        return search() + fileName;
    }

    public String page(String slug) {
        return basePath() + slug + "/";
    }

    /** A file at the top of the site, e.g. {@code feed.xml}. */
    public String file(String name) {
        return basePath() + name;
    }

    public String asset(String path) {
        return basePath() + "assets/" + path;
    }

    /** A site path made absolute with the base URL's scheme and host, for canonical links and feeds. */
    public String absolute(String sitePath) {
        String origin = baseUrl.getScheme() + "://" + baseUrl.getRawAuthority();
        return origin + sitePath;
    }

    /** The file a page URL is written to, relative to the output folder: "/briefing/about/" -> "about/index.html". */
    public String outputPath(String sitePath) {
        String relative = sitePath.substring(basePath().length());
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }
}
