package briefing.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rendered Markdown: the HTML in parts, each either HTML or the place of a chart, so the layout can draw charts
 * with its own partial in the middle of the text.
 */
public record RenderedMarkdown(List<Part> parts, List<Heading> headings, List<LinkRef> links) {

    /** Exactly one of {@code html} and {@code chartId} is set. */
    public record Part(String html, String chartId) {
    }

    // NUL never survives Markdown parsing (commonmark replaces it), so it cannot come from an editor.
    private static final Pattern MARKER = Pattern.compile("\u0000chart:([a-z0-9-]+)\u0000\n?");

    static String chartMarker(String id) {
        return "\u0000chart:" + id + "\u0000";
    }

    static RenderedMarkdown split(String html, List<Heading> headings, List<LinkRef> links) {
        if (html.indexOf('\u0000') < 0) { // no chart: most prose (a search for one character is much quicker)
            return new RenderedMarkdown(List.of(new Part(html, null)), headings, List.copyOf(links));
        }
        List<Part> parts = new ArrayList<>();
        Matcher m = MARKER.matcher(html);
        int done = 0;
        while (m.find()) {
            if (m.start() > done) {
                parts.add(new Part(html.substring(done, m.start()), null));
            }
            parts.add(new Part(null, m.group(1)));
            done = m.end();
        }
        if (done < html.length() || parts.isEmpty()) {
            parts.add(new Part(html.substring(done), null));
        }
        return new RenderedMarkdown(List.copyOf(parts), headings, List.copyOf(links));
    }

    /** The whole HTML with charts left out (for pages that have none, and for plain-text uses). */
    public String html() {
        StringBuilder out = new StringBuilder();
        parts.stream().filter(p -> p.html() != null).forEach(p -> out.append(p.html()));
        return out.toString();
    }
}
