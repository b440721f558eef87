package briefing.check;

import briefing.diagnostic.SourceLocation;

import java.util.List;
import java.util.Set;

/** One page's row of the {@link LinkTable}: the ids its anchors may point at, and the links it publishes. */
public record PageLinks(Set<String> anchors, List<Link> links) {

    public PageLinks {
        anchors = Set.copyOf(anchors);
        links = List.copyOf(links);
    }

    /**
     * A link as published ({@code url}, what is checked), as written (what messages quote) and where it was
     * written: the Markdown line of a link an editor wrote, the page for one a template wrote.
     */
    public record Link(String url, String written, SourceLocation location) {
    }
}
