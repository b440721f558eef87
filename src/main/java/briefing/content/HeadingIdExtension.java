package briefing.content;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.Set;

/**
 * Heading ids as a commonmark extension. commonmark's own heading-anchor extension cannot give the ids pages have:
 * they must avoid the ids the layouts give their own sections and the body's tables, they are made from the text a
 * reader sees (a figure's value, not its key), and they are lower-cased in the root locale. So
 * {@link MarkdownResolver} names each heading (with that extension's {@code IdGenerator}) and puts an {@link Id} node
 * first in it, which renders nothing; the attribute provider writes it as the heading's {@code id}.
 */
final class HeadingIdExtension implements HtmlRenderer.HtmlRendererExtension {

    static HeadingIdExtension create() {
        return new HeadingIdExtension();
    }

    private HeadingIdExtension() {
    }

    /** A heading's id, as its first child. */
    static final class Id extends CustomNode {
        final String id;

        Id(String id) {
            this.id = id;
        }
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.attributeProviderFactory(context -> (node, tagName, attributes) -> {
            if (node instanceof Heading && node.getFirstChild() instanceof Id anchor) {
                attributes.put("id", anchor.id);
            }
        });
        builder.nodeRendererFactory(context -> new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(Id.class);
            }

            @Override
            public void render(Node node) {
                // the attribute provider has written it
            }
        });
    }
}
