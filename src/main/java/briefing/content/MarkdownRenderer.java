package briefing.content;

import briefing.data.Figure;
import briefing.data.FigureIndex;
import briefing.data.FigureReferences;
import briefing.data.Prose;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.value.ValueFormat;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import briefing.data.FigureValue;
import briefing.value.Status;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Markdown to HTML with commonmark-java: GFM tables, autolinks, strikethrough, footnotes and heading anchors;
 * {@code {{ key }}} figure references replaced by the figure's formatted value; raw HTML omitted (with a warning)
 * unless the site enables it; {@code javascript:}-like URLs dropped; root-relative links put under the base path.
 * One instance is shared: parsing and rendering keep no state between calls.
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

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create(),
            StrikethroughExtension.create(), FootnotesExtension.create());

    private final Parser parser;
    private final HtmlRenderer blockRenderer;
    private final HtmlRenderer inlineRenderer;
    private final boolean rawHtml;
    private final String basePath;
    /** The URL path of the page that lists the sources figures link to; null where no page does. */
    private final String sourcesPage;

    public MarkdownRenderer(boolean rawHtml, String basePath) {
        this.rawHtml = rawHtml;
        this.basePath = basePath;
        this.sourcesPage = null;
        this.parser = Parser.builder()
                .extensions(EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        this.blockRenderer = renderer(rawHtml, basePath, false);
        this.inlineRenderer = renderer(rawHtml, basePath, true);
    }

    private MarkdownRenderer(MarkdownRenderer shared, String sourcesPage) {
        this.rawHtml = shared.rawHtml;
        this.basePath = shared.basePath;
        this.sourcesPage = sourcesPage;
        this.parser = shared.parser;
        this.blockRenderer = shared.blockRenderer;
        this.inlineRenderer = shared.inlineRenderer;
    }

    /**
     * The same renderer for the prose of one briefing: every figure links to its source's entry on the briefing's
     * page, so its provenance is one click away wherever the prose is shown (the briefing, the home page, a
     * company page). Parsers and renderers are shared, so this is cheap.
     */
    public MarkdownRenderer forBriefing(String slug) {
        return new MarkdownRenderer(this, Briefing.path(basePath, slug));
    }

    private static HtmlRenderer renderer(boolean rawHtml, String basePath, boolean inline) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .sanitizeUrls(true)
                .urlSanitizer(new SafeUrls())
                .omitSingleParagraphP(inline)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Link) {
                        // sanitizeUrls adds rel=nofollow to every link, including our own pages and sources
                        attributes.remove("rel");
                        String href = attributes.get("href");
                        if (href != null && href.startsWith("/") && !href.startsWith("//")) {
                            attributes.put("href", basePath + href.substring(1));
                        }
                    }
                    if (node instanceof Image) {
                        String src = attributes.get("src");
                        if (src != null && src.startsWith("/") && !src.startsWith("//")) {
                            attributes.put("src", basePath + src.substring(1));
                        }
                    }
                    if (node instanceof Heading && node.getFirstChild() != null
                            && node.getFirstChild() instanceof AnchorId anchor) {
                        attributes.put("id", anchor.id);
                    }
                })
                .nodeRendererFactory(FigureHtml::new);
        if (!rawHtml) {
            builder.nodeRendererFactory(context -> new OmittedHtml());
        }
        return builder.build();
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
                                   List<briefing.dataset.DataPackage> datasets, ValueFormat format,
                                   Diagnostics problems) {
        Node document = parser.parse(markdown);
        placeCharts(document, positions, chartIds, problems);
        List<DatasetTable> tables = TablePlace.place(document, positions, datasets, problems);
        List<briefing.content.Heading> headings = prepare(document, positions, figures, format, problems, false,
                tables.stream().map(DatasetTable::id).toList());
        return RenderedMarkdown.split(blockRenderer.render(document), headings, internalLinks(document, positions),
                tables);
    }

    /** Every link and image in the body that points into the site, for the link check to report at its line. */
    private List<LinkRef> internalLinks(Node document, Positions positions) {
        List<LinkRef> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                add(link.getDestination(), link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(image.getDestination(), image);
                visitChildren(image);
            }

            private void add(String url, Node node) {
                String safe = SafeUrls.safe(url == null ? "" : url);
                if (safe.isEmpty() || safe.equals("#") || isExternal(safe)) {
                    return;
                }
                links.add(new LinkRef(url, underBasePath(safe), position(node, 0, positions)));
            }
        });
        return links;
    }

    private static boolean isExternal(String url) {
        return url.startsWith("//") || url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** Root-relative URLs are published under the base path; the attribute provider does the same to the HTML. */
    private String underBasePath(String url) {
        return url.startsWith("/") && !url.startsWith("//") ? basePath + url.substring(1) : url;
    }

    /**
     * A fenced block with the info string {@code chart} names a chart. In other Markdown viewers it degrades to a
     * code block showing the id; here it becomes a placeholder the layout fills.
     */
    private static void placeCharts(Node document, Positions positions, Set<String> chartIds, Diagnostics problems) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if ("chart".equals(block.getInfo() == null ? "" : block.getInfo().strip())) {
                    blocks.add(block);
                }
            }
        });
        for (FencedCodeBlock block : blocks) {
            String id = block.getLiteral().strip();
            SourceLocation at = position(block, 0, positions);
            SourceLocation idAt = at.line() > 0 ? new SourceLocation(at.path(), at.line() + 1, at.column()) : at;
            if (id.isEmpty()) {
                problems.error(at, "chart block names no chart", "write the chart's id on the line inside the block");
            } else if (!chartIds.contains(id)) {
                problems.unresolved(briefing.chart.ChartLoader.CHART + id, idAt, "unknown chart `" + id + "`",
                        chartIds.isEmpty()
                        ? "declare it in charts.yaml beside this briefing's data" : Suggestion.hint(id, chartIds));
            } else {
                block.insertBefore(new ChartPlace(id));
            }
            block.unlink();
        }
    }

    /** Prose from data: block Markdown, or inline (no wrapping paragraph) for one-line texts. */
    public String renderProse(Prose prose, boolean inline, FigureIndex figures, ValueFormat format,
                              Diagnostics problems) {
        Node document = parser.parse(prose.markdown());
        prepare(document, Positions.of(prose), figures, format, problems, false);
        return (inline ? inlineRenderer : blockRenderer).render(document).strip();
    }

    /** Prose as plain text (for meta descriptions and titles), figures replaced by their values. */
    public String plainText(Prose prose, FigureIndex figures, ValueFormat format) {
        Node document = parser.parse(prose.markdown());
        prepare(document, Positions.of(prose), figures, format, new Diagnostics(), true);
        return TextContentRenderer.builder().build().render(document).replaceAll("\\s+", " ").strip();
    }

    private List<briefing.content.Heading> prepare(Node document, Positions positions, FigureIndex figures,
                                                   ValueFormat format, Diagnostics problems, boolean plain) {
        return prepare(document, positions, figures, format, problems, plain, List.of());
    }

    /** @param taken ids the page already uses besides the layout's (its tables'), which headings must avoid */
    private List<briefing.content.Heading> prepare(Node document, Positions positions, FigureIndex figures,
                                                   ValueFormat format, Diagnostics problems, boolean plain,
                                                   List<String> taken) {
        List<Text> texts = new ArrayList<>();
        List<Heading> headingNodes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Heading heading) {
                headingNodes.add(heading);
                visitChildren(heading);
            }

            @Override
            public void visit(HtmlBlock html) {
                omitted(html);
            }

            @Override
            public void visit(HtmlInline html) {
                omitted(html);
            }

            private void omitted(Node html) {
                if (!rawHtml) {
                    problems.warning(position(html, 0, positions), "raw HTML in Markdown is omitted",
                            "write Markdown instead, or set markdown.raw_html: true in site.yaml");
                }
            }
        });
        Set<Node> unclosedIn = new java.util.HashSet<>();
        for (Text text : texts) {
            replaceFigures(text, positions, figures, format, problems, plain, unclosedIn);
        }
        IdGenerator ids = IdGenerator.builder().build();
        RESERVED_IDS.forEach(ids::generateId);
        taken.forEach(ids::generateId);
        List<briefing.content.Heading> headings = new ArrayList<>();
        for (Heading heading : headingNodes) {
            String label = textOf(heading);
            // IdGenerator lower-cases with the JVM's default locale (Turkish makes "AI" into "aı"): do it first.
            String id = ids.generateId(label.toLowerCase(Locale.ROOT));
            heading.prependChild(new AnchorId(id));
            headings.add(new briefing.content.Heading(heading.getLevel(), id, label));
        }
        return headings;
    }

    /**
     * Replaces the references in one text and reports the mistyped ones. Code spans and blocks are not text, so
     * braces in code are shown as written. A reference does not continue across a line break, so a "}}" after an
     * unclosed "{{" earlier in the same block is the end of that mistake, already reported, not a second one.
     */
    private void replaceFigures(Text text, Positions positions, FigureIndex figures, ValueFormat format,
                                Diagnostics problems, boolean plain, Set<Node> unclosedIn) {
        String literal = text.getLiteral();
        FigureReferences.Scan scan = FigureReferences.scan(literal);
        Node block = text.getParent();
        while (block != null && !(block instanceof org.commonmark.node.Block)) {
            block = block.getParent();
        }
        for (FigureReferences.Mistake mistake : scan.mistakes()) {
            if (mistake.problem() == FigureReferences.Problem.CLOSES_NOTHING && unclosedIn.contains(block)) {
                continue;
            }
            if (mistake.problem() == FigureReferences.Problem.NOT_CLOSED) {
                unclosedIn.add(block);
            }
            problems.error(position(text, mistake.start(), positions), mistake.message(),
                    mistake.hint(figures.keys()));
        }
        List<FigureReferences.Match> matches = scan.references();
        if (matches.isEmpty()) {
            return;
        }
        int done = 0;
        for (FigureReferences.Match match : matches) {
            if (match.start() > done) {
                text.insertBefore(new Text(literal.substring(done, match.start())));
            }
            Figure figure = figures.find(match.key()).orElse(null);
            if (figure == null) {
                problems.unresolved(match.key(), position(text, match.start(), positions),
                        "unknown figure `" + match.key() + "`",
                        Suggestion.hint(match.key(), figures.keys()));
                text.insertBefore(new Text(literal.substring(match.start(), match.end())));
            } else {
                String value = figure.value().format(format);
                // A derived figure has no source of its own: it links to how it is computed, which lists its inputs.
                String href = sourcesPage == null ? null : figure.derivation().isPresent()
                        ? sourcesPage + "#" + Briefing.derivedAnchor(figure.key())
                        : figure.source().map(s -> sourcesPage + "#" + Briefing.sourceAnchor(s.id())).orElse(null);
                text.insertBefore(plain ? new Text(value + statusNote(figure)) : new FigureNode(figure, value, href));
            }
            done = match.end();
        }
        if (done < literal.length()) {
            text.insertBefore(new Text(literal.substring(done)));
        }
        text.unlink();
    }

    private static SourceLocation position(Node node, int offset, Positions positions) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return positions.at(0, 0);
        }
        SourceSpan span = spans.get(0);
        return positions.at(span.getLineIndex(), span.getColumnIndex() + offset);
    }

    private static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FigureNode figure) {
                    out.append(figure.text);
                }
                visitChildren(node);
            }
        });
        return out.toString().strip();
    }

    /**
     * What follows a number that is not confirmed, in the text itself and not only in a tooltip or a colour, so it
     * never reads as confirmed, on the page or in plain text (meta descriptions, JSON-LD, the feed): " (reported)".
     * Dates read naturally without it.
     */
    static String statusNote(Figure figure) {
        return figure.status().filter(s -> s != Status.CONFIRMED)
                .filter(s -> !(figure.value() instanceof FigureValue.OfDate))
                .map(s -> " (" + s.label().toLowerCase(Locale.ROOT) + ")").orElse("");
    }

    /** A resolved {@code {{ key }}}: the text is the formatted value; {@code href} its source's entry, or null. */
    static final class FigureNode extends CustomNode {
        final Figure figure;
        final String text;
        final String href;

        FigureNode(Figure figure, String text, String href) {
            this.figure = figure;
            this.text = text;
            this.href = href;
        }
    }

    /** Where a chart goes; rendered as a marker that {@link RenderedMarkdown#split} cuts the HTML at. */
    static final class ChartPlace extends org.commonmark.node.CustomBlock {
        final String id;

        ChartPlace(String id) {
            this.id = id;
        }
    }

    /** Carries a heading's generated id to the attribute provider; renders nothing itself. */
    static final class AnchorId extends CustomNode {
        final String id;

        AnchorId(String id) {
            this.id = id;
        }
    }

    /**
     * A figure in prose is marked up with its status and source, so that the page (and later the provenance
     * features) can show where a number comes from.
     */
    private static final class FigureHtml implements NodeRenderer {
        private final HtmlWriter html;

        FigureHtml(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FigureNode.class, AnchorId.class, ChartPlace.class, TablePlace.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof ChartPlace chart) {
                html.line();
                html.raw(RenderedMarkdown.chartMarker(chart.id));
                html.line();
            }
            if (node instanceof TablePlace table) {
                html.line();
                html.raw(RenderedMarkdown.tableMarker(table.index));
                html.line();
            }
            if (node instanceof FigureNode f) {
                // A figure links to its source, unless it is already inside a link the editor wrote (links
                // cannot nest).
                String tag = f.href != null && !insideLink(f) ? "a" : "span";
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("class", "figure" + f.figure.status().map(s -> " figure-" + s.id()).orElse("")
                        + (f.figure.derivation().isPresent() ? " figure-derived" : ""));
                if (tag.equals("a")) {
                    attributes.put("href", f.href);
                }
                attributes.put("data-figure", f.figure.key());
                attributes.put("title", describe(f.figure));
                html.tag(tag, attributes);
                html.text(f.text);
                String note = statusNote(f.figure);
                if (!note.isEmpty()) {
                    html.tag("span", Map.of("class", "figure-status"));
                    html.text(note);
                    html.tag("/span");
                }
                html.tag("/" + tag);
            }
        }

        private static boolean insideLink(Node node) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof Link) {
                    return true;
                }
            }
            return false;
        }

        /** "Amazon in OpenAI's round · Reported · Source: News report, February 2026 (reported)". */
        private static String describe(Figure figure) {
            StringBuilder out = new StringBuilder(figure.label());
            figure.status().ifPresent(s -> out.append(" · ").append(s.label()));
            figure.source().ifPresent(s -> {
                out.append(" · Source: ").append(s.name());
                s.date().ifPresent(d -> out.append(", ").append(d.canonical()));
                out.append(" (").append(s.status().label().toLowerCase(Locale.ROOT)).append(")");
            });
            figure.derivation().ifPresent(d -> out.append(" · Derived: ").append(d.operation().label()
                    .toLowerCase(Locale.ROOT)).append(" of ").append(d.inputs().size())
                    .append(d.inputs().size() == 1 ? " figure" : " figures"));
            return out.toString();
        }
    }

    /** Raw HTML renders as nothing when the site does not allow it; the loader warned about it. */
    private static final class OmittedHtml implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlBlock.class, HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            // intentionally empty
        }
    }

    /** Only web, mail and relative URLs survive; {@code javascript:}, {@code data:} and the like become "#". */
    static final class SafeUrls implements org.commonmark.renderer.html.UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return safe(url);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return safe(url);
        }

        static String safe(String url) {
            String trimmed = url.strip();
            StringBuilder scheme = new StringBuilder();
            for (char c : trimmed.toCharArray()) {
                if (c == ':') {
                    String name = scheme.toString().toLowerCase(Locale.ROOT);
                    return name.equals("http") || name.equals("https") || name.equals("mailto") ? trimmed : "#";
                }
                if (c == '/' || c == '?' || c == '#') {
                    break;
                }
                if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
                    scheme.append(c);
                }
            }
            return trimmed;
        }
    }

}
