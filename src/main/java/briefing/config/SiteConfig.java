package briefing.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The whole site's settings. Every field is documented in README.md ("site.yaml").
 *
 * @param baseUrl  absolute URL the site is published under, always ending in "/"
 * @param locale   formats numbers, money and dates; never the JVM's default
 * @param rawHtml  whether raw HTML written in Markdown reaches the page (off: it is escaped)
 * @param limits   sizes beyond which input is refused
 * @param cname    a custom domain for GitHub Pages, written to the site's {@code CNAME} file
 */
public record SiteConfig(
        String title,
        String description,
        URI baseUrl,
        String language,
        Locale locale,
        ZoneId timeZone,
        Publisher publisher,
        boolean rawHtml,
        Limits limits,
        Optional<String> cname) {

    public record Publisher(String name, Optional<URI> url) {
    }

    /** @param maxFileBytes the largest content or data file read */
    public record Limits(long maxFileBytes) {
        public static final Limits DEFAULT = new Limits(4L * 1024 * 1024);
    }

    /** The path part of the base URL ("/" or "/briefing/"): every internal link starts with it. */
    public String basePath() {
        String path = baseUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(title, description, url, language, locale, timeZone, publisher, rawHtml, limits, cname);
    }
}
