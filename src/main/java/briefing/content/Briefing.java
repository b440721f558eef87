package briefing.content;

import briefing.chart.ChartSpec;
import briefing.data.BriefingData;
import briefing.data.Figure;
import briefing.data.Prose;
import briefing.diagnostic.SourceLocation;
import briefing.value.PartialDate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One briefing: its front matter, its rendered body, and its data. All Markdown it owns (body, summary, FAQ answers,
 * timeline texts, update texts) is rendered once here, so that rendering pages is pure and cannot fail on a reference.
 *
 * @param updated when the briefing last changed: the front matter's {@code updated}, or else the date of its latest
 *                update, so pages, feed and sitemap all tell the same date
 * @param updates the entries of {@code updates}, newest first (same date: in the order written)
 */
public record Briefing(
        String slug,
        String title,
        Optional<String> subtitle,
        PartialDate date,
        Optional<PartialDate> updated,
        List<Update> updates,
        List<String> authors,
        List<String> tags,
        Prose summary,
        String summaryText,
        List<Figure> keyFigures,
        boolean draft,
        RenderedMarkdown body,
        BriefingData data,
        List<ChartSpec> charts,
        Map<Prose, String> proseHtml,
        SourceLocation location) {

    /** The URL path of a briefing's page under the site's base path. */
    public static String path(String basePath, String slug) {
        return basePath + ContentLoader.BRIEFINGS + "/" + slug + "/";
    }

    /** The id of a source's entry on its briefing's page, which figures and tables link to. */
    public static String sourceAnchor(String sourceId) {
        return "source-" + sourceId;
    }

    /**
     * The id of a derived figure's entry in the briefing page's "How these figures are computed", which the figure
     * links to wherever it is shown: {@code derived.amazon-share} has {@code derived-amazon-share}.
     */
    public static String derivedAnchor(String figureKey) {
        return figureKey.replace('.', '-');
    }

    /** The HTML of a piece of prose this briefing owns. */
    public String html(Prose prose) {
        String html = proseHtml.get(prose);
        if (html == null) {
            throw new IllegalArgumentException("prose not rendered at load: " + prose.location());
        }
        return html;
    }
}
