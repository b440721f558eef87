package briefing.content;

import briefing.data.FigureIndex;
import briefing.data.Prose;
import briefing.dataset.DataPackage;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.value.ValueFormat;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Markdown to HTML with commonmark-java: GFM tables, autolinks, strikethrough and footnotes, and our own extensions:
 * {@code {{ key }}} figure references ({@link FigureReferenceExtension}), {@code chart} and {@code table} blocks
 * ({@link DirectiveExtension}), heading ids ({@link HeadingIdExtension}), safe URLs under the base path and raw HTML
 * omitted unless the site enables it ({@link SiteLinkExtension}). A document is parsed, resolved against the
 * briefing ({@link MarkdownResolver}) and rendered. One instance is shared: parsing and rendering keep no state
 * between calls.
 */
public final class MarkdownRenderer {

    /** Maps a position inside the Markdown text (0-based line and column) back to the file. */
    @FunctionalInterface
    public interface Positions {
        SourceLocation at(int lineIndex, int columnIndex);

        static Positions of(String path) {
            return (line, column) -> new SourceLocation(path, line + 1, column + 1);
        }

        static Positions of(Prose prose) {
            SourceLocation start = prose.location();
            return (line, column) -> line == 0 ? start.shift(column)
                    : new SourceLocation(start.path(), start.line() + line, prose.indent() + column + 1);
        }
    }

    /**
     * Ids the layouts give their own sections. A heading with the same text gets a numbered id instead, so a
     * body heading "Sources" never produces a second {@code id="sources"} on the page.
     */
    public static final List<String> RESERVED_IDS = List.of("main", "key-figures", "toc-title", "investments",
            "funding-round", "valuations", "workforce", "timeline", "faq", "sources", "charts", "all-briefings",
            "updates", "derived-figures");

    private static final List<Extension> GFM = List.of(TablesExtension.create(), AutolinkExtension.create(),
            StrikethroughExtension.create(), FootnotesExtension.create());

    private final Parser bodyParser;
    private final Parser proseParser;
    private final HtmlRenderer blockRenderer;
    private final HtmlRenderer inlineRenderer;
    private final TextContentRenderer textRenderer;
    private final SiteLinkExtension links;
    private final boolean rawHtml;
    private final String basePath;
    /** The URL path of the page that lists the sources figures link to; null where no page does. */
    private final String sourcesPage;

    public MarkdownRenderer(boolean rawHtml, String basePath) {
        this.rawHtml = rawHtml;
        this.basePath = basePath;
        this.sourcesPage = null;
        this.links = SiteLinkExtension.create(basePath, rawHtml);
        // Ours after GFM's: autolinks are found before figure references are cut out of the text.
        List<Extension> prose = new ArrayList<>(GFM);
        prose.add(FigureReferenceExtension.create());
        List<Extension> body = new ArrayList<>(prose);
        body.add(DirectiveExtension.create());
        this.bodyParser = parser(body);
        this.proseParser = parser(prose);
        List<Extension> html = new ArrayList<>(body);
        html.add(HeadingIdExtension.create());
        html.add(links);
        this.blockRenderer = HtmlRenderer.builder().extensions(html).build();
        this.inlineRenderer = HtmlRenderer.builder().extensions(html).omitSingleParagraphP(true).build();
        // Figures only: plain text has always left out what the GFM extensions add.
        this.textRenderer = TextContentRenderer.builder().extensions(List.of(FigureReferenceExtension.create()))
                .build();
    }

    private static Parser parser(List<Extension> extensions) {
        return Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    private MarkdownRenderer(MarkdownRenderer shared, String sourcesPage) {
        this.rawHtml = shared.rawHtml;
        this.basePath = shared.basePath;
        this.sourcesPage = sourcesPage;
        this.links = shared.links;
        this.bodyParser = shared.bodyParser;
        this.proseParser = shared.proseParser;
        this.blockRenderer = shared.blockRenderer;
        this.inlineRenderer = shared.inlineRenderer;
        this.textRenderer = shared.textRenderer;
    }

    /**
     * The same renderer for the prose of one briefing: every figure links to its source's entry on the briefing's
     * page, so its provenance is one click away wherever the prose is shown (the briefing, the home page, a
     * company page). Parsers and renderers are shared, so this is cheap.
     */
    public MarkdownRenderer forBriefing(String slug) {
        return new MarkdownRenderer(this, Briefing.path(basePath, slug));
    }

    /**
     * A page body: block Markdown, headings collected for the table of contents, and {@code chart} fenced blocks
     * (whose content is a chart id from {@code chartIds}) turned into places where the layout puts the chart.
     */
    public RenderedMarkdown render(String markdown, Positions positions, FigureIndex figures, Set<String> chartIds,
                                   ValueFormat format, Diagnostics problems) {
        return render(markdown, positions, figures, chartIds, List.of(), format, problems);
    }

    /**
     * The same, with {@code table} fenced blocks turned into tables of the {@code datasets}' resources (the
     * briefing's data package first, then the desk's); see {@link TableDirective}.
     */
    public RenderedMarkdown render(String markdown, Positions positions, FigureIndex figures, Set<String> chartIds,
                                   List<DataPackage> datasets, ValueFormat format, Diagnostics problems) {
        Node document = bodyParser.parse(markdown);
        MarkdownResolver resolver = new MarkdownResolver(document, positions, problems);
        resolver.charts(chartIds);
        List<DatasetTable> tables = resolver.tables(datasets);
        List<Heading> headings = resolve(resolver, figures, format, tables.stream().map(DatasetTable::id).toList());
        return RenderedMarkdown.split(blockRenderer.render(document), headings, resolver.internalLinks(links),
                tables, ReaderText.sections(document, headings));
    }

    /** Prose from data: block Markdown, or inline (no wrapping paragraph) for one-line texts. */
    public String renderProse(Prose prose, boolean inline, FigureIndex figures, ValueFormat format,
                              Diagnostics problems) {
        Node document = proseParser.parse(prose.markdown());
        resolve(new MarkdownResolver(document, Positions.of(prose), problems), figures, format, List.of());
        return (inline ? inlineRenderer : blockRenderer).render(document).strip();
    }

    /** Prose as plain text (for meta descriptions and titles), figures replaced by their values. */
    public String plainText(Prose prose, FigureIndex figures, ValueFormat format) {
        Node document = proseParser.parse(prose.markdown());
        resolve(new MarkdownResolver(document, Positions.of(prose), new Diagnostics()), figures, format, List.of());
        return textRenderer.render(document).replaceAll("\\s+", " ").strip();
    }

    /**
     * Prose as the text a reader sees in it when rendered (for structured data such as a FAQ's answer in JSON-LD):
     * figures as their values and status notes, links as their words, blocks separated by a space.
     */
    public String readerText(Prose prose, FigureIndex figures, ValueFormat format) {
        Node document = proseParser.parse(prose.markdown());
        resolve(new MarkdownResolver(document, Positions.of(prose), new Diagnostics()), figures, format, List.of());
        return ReaderText.of(document);
    }

    private List<Heading> resolve(MarkdownResolver resolver, FigureIndex figures, ValueFormat format,
                                  List<String> taken) {
        if (!rawHtml) {
            resolver.omitRawHtml();
        }
        resolver.figures(figures, format, sourcesPage);
        return resolver.headings(taken);
    }
}
