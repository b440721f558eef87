package briefing.site;

import briefing.chart.ChartSpec;
import briefing.content.Content;
import briefing.desk.Desk;

import java.util.List;
import java.util.Optional;

/**
 * The content plus what to make of it: the input of rendering.
 *
 * @param routes    the HTML pages (what the build counts as pages)
 * @param siteFiles the files about the site for crawlers and feed readers: sitemap, robots.txt, feed
 * @param desk      what the site says across briefings: deals, company profiles
 */
public record Site(Content content, Desk desk, Urls urls, List<Route> routes, List<Route> siteFiles) {

    /** A chart and the page whose {@code charts/} folder it is published in. */
    public record PlacedChart(String pagePath, ChartSpec chart) {
    }

    /** Every chart of the site: the briefings' own, in briefing order, then the desk's. */
    public List<PlacedChart> charts() {
        List<PlacedChart> out = new java.util.ArrayList<>();
        for (briefing.content.Briefing b : content.briefings()) {
            b.charts().forEach(c -> out.add(new PlacedChart(urls.briefing(b.slug()), c)));
        }
        if (dealsPath().isPresent()) {
            desk.dealsByQuarter().ifPresent(c -> out.add(new PlacedChart(urls.deals(), c)));
        }
        for (briefing.desk.CompanyProfile p : desk.companies()) {
            p.charts().forEach(c -> out.add(new PlacedChart(urls.company(p.company().id()), c)));
        }
        return out;
    }

    /** The feed's URL path, if the site has a feed (it has one as soon as there is a briefing). */
    public Optional<String> feedPath() {
        return siteFiles.stream().filter(r -> r instanceof Route.Feed).map(Route::path).findFirst();
    }

    /** The deal tracker's URL path, if the site has one (it has one as soon as a briefing has a deal). */
    public Optional<String> dealsPath() {
        return routes.stream().filter(r -> r instanceof Route.Deals).map(Route::path).findFirst();
    }

    /** The search page's URL path, if the site has one (every assembled site has one). */
    public Optional<String> searchPath() {
        return routes.stream().filter(r -> r instanceof Route.Search).map(Route::path).findFirst();
    }
}
