package briefing.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rendered Markdown: the HTML in parts, each either HTML, the place of a chart or a dataset table, so the layout can
 * draw charts and tables with its own partials in the middle of the text; and the same body as the text a reader
 * sees in it, split at its headings, for the search index.
 */
public record RenderedMarkdown(List<Part> parts, List<Heading> headings, List<LinkRef> links, Text text) {

    /**
     * A body as text (see {@link ReaderText}), taken from the Markdown tree: what comes before the first heading, and
     * each top-level heading with the text up to the next one. A heading nested in a list or quote stays in the text
     * of its section; charts and dataset tables are not part of the text (dataset rows are indexed on their own).
     */
    public record Text(String intro, List<Section> sections) {
        public static final Text EMPTY = new Text("", List.of());

        public Text {
            sections = List.copyOf(sections);
        }
    }

    /** A top-level heading and the text under it. */
    public record Section(Heading heading, String text) {
    }

    /** Exactly one of {@code html}, {@code chartId} and {@code table} is set. */
    public record Part(String html, String chartId, DatasetTable table) {
        public Part(String html, String chartId) {
            this(html, chartId, null);
        }
    }

    // NUL never survives Markdown parsing (commonmark replaces it), so it cannot come from an editor.
    private static final Pattern MARKER = Pattern.compile("\u0000(chart|table):([a-z0-9-]+)\u0000\n?");

    static String chartMarker(String id) {
        return "\u0000chart:" + id + "\u0000";
    }

    static String tableMarker(int index) {
        return "\u0000table:" + index + "\u0000";
    }

    /** The dataset tables of the body, in order. */
    public List<DatasetTable> tables() {
        return parts.stream().map(Part::table).filter(java.util.Objects::nonNull).toList();
    }

    static RenderedMarkdown split(String html, List<Heading> headings, List<LinkRef> links) {
        return split(html, headings, links, List.of(), Text.EMPTY);
    }

    static RenderedMarkdown split(String html, List<Heading> headings, List<LinkRef> links,
                                  List<DatasetTable> tables, Text text) {
        if (html.indexOf('\u0000') < 0) { // no chart: most prose (a search for one character is much quicker)
            return new RenderedMarkdown(List.of(new Part(html, null)), headings, List.copyOf(links), text);
        }
        List<Part> parts = new ArrayList<>();
        Matcher m = MARKER.matcher(html);
        int done = 0;
        while (m.find()) {
            if (m.start() > done) {
                parts.add(new Part(html.substring(done, m.start()), null));
            }
            parts.add(m.group(1).equals("chart") ? new Part(null, m.group(2))
                    : new Part(null, null, tables.get(Integer.parseInt(m.group(2)))));
            done = m.end();
        }
        if (done < html.length() || parts.isEmpty()) {
            parts.add(new Part(html.substring(done), null));
        }
        return new RenderedMarkdown(List.copyOf(parts), headings, List.copyOf(links), text);
    }

    /** The whole HTML with charts left out (for pages that have none, and for plain-text uses). */
    public String html() {
        StringBuilder out = new StringBuilder();
        parts.stream().filter(p -> p.html() != null).forEach(p -> out.append(p.html()));
        return out.toString();
    }
}
