package briefing.content;

import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

import java.util.Locale;
import java.util.Set;

/**
 * How links and raw HTML are published, as a commonmark extension: only web, mail and relative URLs survive,
 * root-relative ones are put under the site's base path, our links carry no {@code rel="nofollow"}, and raw HTML is
 * left out unless the site allows it ({@link MarkdownResolver} warns about it).
 */
final class SiteLinkExtension implements HtmlRenderer.HtmlRendererExtension {

    private final String basePath;
    private final boolean rawHtml;

    private SiteLinkExtension(String basePath, boolean rawHtml) {
        this.basePath = basePath;
        this.rawHtml = rawHtml;
    }

    static SiteLinkExtension create(String basePath, boolean rawHtml) {
        return new SiteLinkExtension(basePath, rawHtml);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.sanitizeUrls(true).urlSanitizer(new SafeUrls());
        builder.attributeProviderFactory(context -> (node, tagName, attributes) -> {
            if (node instanceof Link) {
                // sanitizeUrls adds rel=nofollow to every link, including our own pages and sources
                attributes.remove("rel");
                String href = attributes.get("href");
                if (href != null) {
                    attributes.put("href", underBasePath(href));
                }
            }
            if (node instanceof Image) {
                String src = attributes.get("src");
                if (src != null) {
                    attributes.put("src", underBasePath(src));
                }
            }
        });
        if (!rawHtml) {
            builder.nodeRendererFactory(context -> new NodeRenderer() {
                @Override
                public Set<Class<? extends Node>> getNodeTypes() {
                    return Set.of(HtmlBlock.class, HtmlInline.class);
                }

                @Override
                public void render(Node node) {
                    // raw HTML renders as nothing when the site does not allow it
                }
            });
        }
    }

    /** Root-relative URLs are published under the base path; other URLs as they are. */
    String underBasePath(String url) {
        return url.startsWith("/") && !url.startsWith("//") ? basePath + url.substring(1) : url;
    }

    static boolean isExternal(String url) {
        return url.startsWith("//") || url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** Only web, mail and relative URLs survive; {@code javascript:}, {@code data:} and the like become "#". */
    static final class SafeUrls implements UrlSanitizer {
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
