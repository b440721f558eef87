package briefing.content;

import briefing.diagnostic.SourceLocation;

import java.util.List;
import java.util.Optional;

/**
 * A plain page such as {@code content/about.md}, published at {@code /<slug>/}.
 *
 * @param text its body as text, split at its headings (for the search index)
 */
public record Page(String slug, String title, Optional<String> description, boolean draft, String bodyHtml,
                   List<Heading> headings, List<LinkRef> links, SourceLocation location, RenderedMarkdown.Text text) {

    public Page(String slug, String title, Optional<String> description, boolean draft, String bodyHtml,
                List<Heading> headings, List<LinkRef> links, SourceLocation location) {
        this(slug, title, description, draft, bodyHtml, headings, links, location, RenderedMarkdown.Text.EMPTY);
    }
}
