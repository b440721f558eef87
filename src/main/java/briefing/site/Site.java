package briefing.site;

import briefing.content.Content;

import java.util.List;

/** The content plus the pages to make of it: the input of rendering. */
public record Site(Content content, Urls urls, List<Route> routes) {
}
