package briefing.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The directives of a page body as a commonmark extension: a fenced block with the info string {@code chart} names
 * a chart, one with {@code table} describes a table of a dataset (see {@link TableDirective}). In other Markdown
 * viewers they degrade to code blocks showing the id or the options; here parsing turns them into
 * {@link ChartBlock} and {@link TableBlock} nodes, {@link MarkdownResolver} checks them against the briefing (and
 * removes those with a mistake), and the renderer writes each as a marker that {@link RenderedMarkdown#split} cuts
 * the HTML at, so the layout draws the chart or table with its own partial. Only bodies have directives: prose from
 * data keeps such blocks as code.
 */
final class DirectiveExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static DirectiveExtension create() {
        return new DirectiveExtension();
    }

    private DirectiveExtension() {
    }

    /** A {@code chart} block; {@code id} is set once the chart is known to exist. */
    static final class ChartBlock extends CustomBlock {
        final FencedCodeBlock fence;
        String id;

        ChartBlock(FencedCodeBlock fence) {
            this.fence = fence;
            setSourceSpans(fence.getSourceSpans());
        }
    }

    /** A {@code table} block; {@code index} is its table's place among the body's tables once it is read. */
    static final class TableBlock extends CustomBlock {
        final FencedCodeBlock fence;
        int index = -1;

        TableBlock(FencedCodeBlock fence) {
            this.fence = fence;
            setSourceSpans(fence.getSourceSpans());
        }
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new Blocks());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new Markers(context.getWriter()));
    }

    private static final class Blocks implements PostProcessor {
        @Override
        public Node process(Node document) {
            List<FencedCodeBlock> fences = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(FencedCodeBlock block) {
                    String info = block.getInfo() == null ? "" : block.getInfo().strip();
                    if (info.equals("chart") || info.equals("table")) {
                        fences.add(block);
                    }
                }
            });
            for (FencedCodeBlock fence : fences) {
                fence.insertBefore(fence.getInfo().strip().equals("chart") ? new ChartBlock(fence)
                        : new TableBlock(fence));
                fence.unlink();
            }
            return document;
        }
    }

    private static final class Markers implements NodeRenderer {
        private final HtmlWriter html;

        Markers(HtmlWriter html) {
            this.html = html;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ChartBlock.class, TableBlock.class);
        }

        @Override
        public void render(Node node) {
            html.line();
            html.raw(node instanceof ChartBlock chart ? RenderedMarkdown.chartMarker(chart.id)
                    : RenderedMarkdown.tableMarker(((TableBlock) node).index));
            html.line();
        }
    }
}
