package briefing.content;

import briefing.diagnostic.SourceLocation;

import java.util.List;
import java.util.Optional;

/** A plain page such as {@code content/about.md}, published at {@code /<slug>/}. */
public record Page(String slug, String title, Optional<String> description, boolean draft, String bodyHtml,
                   List<Heading> headings, List<LinkRef> links, SourceLocation location) {
}
