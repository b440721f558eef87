package briefing.site;

import briefing.content.Content;

import java.util.List;
import java.util.Optional;

/**
 * The content plus what to make of it: the input of rendering.
 *
 * @param routes    the HTML pages (what the build counts as pages)
 * @param siteFiles the files about the site for crawlers and feed readers: sitemap, robots.txt, feed
 */
public record Site(Content content, Urls urls, List<Route> routes, List<Route> siteFiles) {

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
