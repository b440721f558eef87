package briefing.content;

import briefing.data.Figure;
import briefing.data.FigureReferences;
import briefing.data.FigureValue;
import briefing.value.Status;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.TextContentRenderer;
import org.commonmark.renderer.text.TextContentWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code {{ key }}} figure references as a commonmark extension. Parsing splits each text at its references
 * into {@link Reference} nodes (the syntax is {@link FigureReferences}', shared with the checks); the mistyped ones
 * stay text, with a {@link Mistakes} node before them that renders nothing. Which figure a key names is the
 * briefing's business, so {@link MarkdownResolver} resolves the references after parsing; the renderers then write
 * a resolved one as its value (marked up with status and source in HTML, with its status note in plain text) and an
 * unresolved one as written.
 *
 * <p>A post-processor over text nodes rather than an inline parser: an inline parser would see only what is left
 * after code spans, emphasis, escapes and entities have taken their characters, and "{{ *a* }}" or "\{{ a }}" would
 * then read differently from what the checks and the messages have always said about them.
 */
final class FigureReferenceExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension,
        TextContentRenderer.TextContentRendererExtension {

    static FigureReferenceExtension create() {
        return new FigureReferenceExtension();
    }

    private FigureReferenceExtension() {
    }

    /** A well-formed {@code {{ key }}}; {@link #resolve} gives it its figure. */
    static final class Reference extends CustomNode {
        final String key;
        final String written;
        Figure figure;
        String text;
        /** The figure's source entry (or derivation) on the briefing page, or null. */
        String href;

        Reference(String key, String written) {
            this.key = key;
            this.written = written;
        }

        void resolve(Figure figure, String text, String href) {
            this.figure = figure;
            this.text = text;
            this.href = href;
        }
    }

    /** The mistyped references of one text, reported by {@link MarkdownResolver}; renders nothing. */
    static final class Mistakes extends CustomNode {
        final List<FigureReferences.Mistake> mistakes;

        Mistakes(List<FigureReferences.Mistake> mistakes) {
            this.mistakes = mistakes;
        }
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new Splitter());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new Html(context.getWriter()));
    }

    @Override
    public void extend(TextContentRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new Plain(context.getWriter()));
    }

    /**
     * Splits texts at their references. Code spans and blocks are not text, so braces in code are shown as
     * written. Each new node carries the source span of where it starts, at the text's column plus the offset.
     */
    private static final class Splitter implements PostProcessor {
        @Override
        public Node process(Node document) {
            List<Text> texts = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    texts.add(text);
                }
            });
            texts.forEach(Splitter::split);
            return document;
        }

        private static void split(Text text) {
            String literal = text.getLiteral();
            FigureReferences.Scan scan = FigureReferences.scan(literal);
            if (!scan.mistakes().isEmpty()) {
                Mistakes mistakes = new Mistakes(scan.mistakes());
                mistakes.setSourceSpans(text.getSourceSpans());
                text.insertBefore(mistakes);
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
                Reference reference = new Reference(match.key(), literal.substring(match.start(), match.end()));
                reference.setSourceSpans(at(text, match.start(), match.end() - match.start()));
                text.insertBefore(reference);
                done = match.end();
            }
            if (done < literal.length()) {
                text.insertBefore(new Text(literal.substring(done)));
            }
            text.unlink();
        }

        /** Where a part of a text starts: its offset in the text added to the text's column, as messages count. */
        private static List<SourceSpan> at(Text text, int offset, int length) {
            List<SourceSpan> spans = text.getSourceSpans();
            if (spans.isEmpty()) {
                return List.of();
            }
            SourceSpan first = spans.get(0);
            return List.of(SourceSpan.of(first.getLineIndex(), first.getColumnIndex() + offset, length));
        }
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

    /**
     * A figure in prose is marked up with its status and source, so that the page (and later the provenance
     * features) can show where a number comes from.
     */
    private static final class Html implements NodeRenderer {
        private final HtmlWriter html;

        Html(HtmlWriter html) {
            this.html = html;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Reference.class, Mistakes.class);
        }

        @Override
        public void render(Node node) {
            if (!(node instanceof Reference f)) {
                return; // mistakes render nothing: their text follows them
            }
            if (f.figure == null) {
                html.text(f.written);
                return;
            }
            // A figure links to its source, unless it is already inside a link the editor wrote (links cannot nest).
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

    /** In plain text a figure is its value and status note, so a meta description never drops the "(reported)". */
    private static final class Plain implements NodeRenderer {
        private final TextContentWriter text;

        Plain(TextContentWriter text) {
            this.text = text;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Reference.class, Mistakes.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Reference f) {
                text.write(f.figure == null ? f.written : f.text + statusNote(f.figure));
            }
        }
    }
}
