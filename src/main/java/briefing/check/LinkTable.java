package briefing.check;

import briefing.content.Heading;
import briefing.content.LinkRef;
import briefing.diagnostic.SourceLocation;
import briefing.render.OutputFile;
import briefing.site.Route;
import briefing.site.Site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every link and anchor the site publishes, by page, recorded from what produced them: the links and heading ids an
 * editor's Markdown has come from its tree, with the line they were written at; the links and ids the templates
 * wrote (a site brings its own templates, and they compose URLs and ids such as {@code ${url}#event-${id}} from the
 * view model) from a scan of the page ({@link PageScanner}). The link check checks this table, never the HTML.
 *
 * @param files every published file, by its path in the output folder
 * @param pages the links and anchors of each HTML page, by its path
 */
public record LinkTable(Set<String> files, Map<String, PageLinks> pages) {

    public LinkTable {
        files = Set.copyOf(files);
        pages = Map.copyOf(pages);
    }

    /**
     * The table of a whole site. Pages are read in parallel; each row depends only on its page, so a caller that
     * keeps rows between builds may call {@link #page} for the pages that changed instead.
     *
     * @param shownOutput the output folder as shown in messages
     */
    public static LinkTable of(Site site, List<OutputFile> files, String shownOutput) {
        Map<String, Route> routes = new HashMap<>();
        site.routes().forEach(r -> routes.put(r.output(), r));
        Set<String> paths = files.stream().map(OutputFile::path).collect(Collectors.toSet());
        Map<String, PageLinks> pages = files.parallelStream().filter(f -> f.path().endsWith(".html"))
                .collect(Collectors.toConcurrentMap(OutputFile::path,
                        f -> page(routes.get(f.path()), f, shownOutput)));
        return new LinkTable(paths, pages);
    }

    /**
     * One page's links and anchors.
     *
     * @param route the page's route, or null for an HTML file no route renders (an asset)
     */
    public static PageLinks page(Route route, OutputFile page, String shownOutput) {
        List<PageLinks.Link> links = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        Set<String> written = new HashSet<>();
        for (LinkRef ref : markdownLinks(route)) {
            links.add(new PageLinks.Link(ref.published(), ref.written(), ref.location()));
            written.add(ref.published());
        }
        markdownHeadings(route).forEach(h -> anchors.add(h.id()));
        if (route instanceof Route.BriefingPage b) {
            b.briefing().body().tables().forEach(t -> anchors.add(t.id()));
        }
        PageScanner.Scanned templates = PageScanner.read(page.bytes());
        anchors.addAll(templates.ids());
        SourceLocation at = SourceLocation.file(shownOutput + "/" + page.path());
        for (String url : templates.urls()) {
            if (!written.contains(url)) { // the Markdown's own, already in the table with its line
                links.add(new PageLinks.Link(url, url, at));
            }
        }
        return new PageLinks(anchors, links);
    }

    private static List<LinkRef> markdownLinks(Route route) {
        if (route instanceof Route.BriefingPage b) {
            return b.briefing().body().links();
        }
        return route instanceof Route.PlainPage p ? p.page().links() : List.of();
    }

    private static List<Heading> markdownHeadings(Route route) {
        if (route instanceof Route.BriefingPage b) {
            return b.briefing().body().headings();
        }
        return route instanceof Route.PlainPage p ? p.page().headings() : List.of();
    }
}
