package briefing.content;

import briefing.data.Figure;
import briefing.data.Prose;
import briefing.diagnostic.SourceLocation;
import briefing.value.PartialDate;

import java.util.Optional;

/**
 * One entry of a briefing's {@code updates}: a change or correction made after publication, told to readers at the
 * top of the page and in the feed. Its text is rendered at load like the summary ({@link Briefing#html}).
 *
 * @param text      inline Markdown, figure references allowed
 * @param plainText the text as readers see it, figures as their values, for the feed
 * @param figure    the figure the update is about, checked against the briefing's figures at load
 * @param location  where the entry starts in index.md
 */
public record Update(PartialDate date, Prose text, String plainText, Optional<Figure> figure,
                     SourceLocation location) {
}
