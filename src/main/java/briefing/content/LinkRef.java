package briefing.content;

import briefing.diagnostic.SourceLocation;

/**
 * An internal link or image an editor wrote in Markdown: as written (for messages), as published (under the base
 * path, for checking), and where, so a broken one is reported at its line in the Markdown.
 */
public record LinkRef(String written, String published, SourceLocation location) {
}
