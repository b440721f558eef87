package briefing.data;

import briefing.diagnostic.SourceLocation;

/**
 * Markdown an editor wrote inside a data file (an FAQ answer, a timeline text), figure references unresolved.
 *
 * @param location where the first character of the text is
 * @param indent   how far continuation lines are indented in the file (block scalars), so positions map back
 */
public record Prose(String markdown, SourceLocation location, int indent) {
}
