package briefing.site;

import briefing.content.Briefing;
import briefing.content.Content;
import briefing.content.Page;

import java.util.ArrayList;
import java.util.List;

/** Decides the pages of the site and their URLs. Pure: content in, site out. */
public final class SiteAssembler {

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
        routes.add(new Route.NotFound(urls.basePath() + "404.html", "404.html"));
        return new Site(content, urls, List.copyOf(routes));
    }
}
