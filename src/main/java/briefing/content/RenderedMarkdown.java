package briefing.content;

import java.util.List;

public record RenderedMarkdown(String html, List<Heading> headings) {
}
