package briefing.site;

import briefing.content.Briefing;
import briefing.content.Page;

/** One page of the site to render: its URL path (under the base path) and the file it is written to. */
public sealed interface Route {

    String path();

    String output();

    record Home(String path, String output) implements Route {
    }

    record BriefingPage(String path, String output, Briefing briefing) implements Route {
    }

    record PlainPage(String path, String output, Page page) implements Route {
    }

    /** GitHub Pages serves {@code 404.html} for any missing path, at any depth: its links must be absolute. */
    record NotFound(String path, String output) implements Route {
    }
}
