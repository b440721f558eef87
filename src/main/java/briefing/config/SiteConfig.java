package briefing.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The whole site's settings. Every field is documented in docs/writing.md ("site.yaml").
 *
 * @param baseUrl  absolute URL the site is published under, always ending in "/"
 * @param locale   formats numbers, money and dates; never the JVM's default
 * @param rawHtml  whether raw HTML written in Markdown reaches the page (off: it is escaped)
 * @param limits   sizes beyond which input is refused
 * @param cname    a custom domain for GitHub Pages, written to the site's {@code CNAME} file
 * @param pagination how the home page's list of briefings is cut into pages
 * @param feed     what the Atom feed holds
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
        Optional<String> cname,
        Pagination pagination,
        Feed feed) {

    public record Publisher(String name, Optional<URI> url) {
    }

    /** @param maxFileBytes the largest content or data file read */
    public record Limits(long maxFileBytes) {
        public static final Limits DEFAULT = new Limits(4L * 1024 * 1024);
    }

    /**
     * @param perPage how many briefings each page of the home page's list shows; page 1 is the home page, the older
     *                ones are at {@code page/2/}, {@code page/3/}, ...
     */
    public record Pagination(int perPage) {
        public static final Pagination DEFAULT = new Pagination(20);
    }

    /** @param entries how many briefings, newest first, the Atom feed holds */
    public record Feed(int entries) {
        public static final Feed DEFAULT = new Feed(20);
    }

    /** The path part of the base URL ("/" or "/briefing/"): every internal link starts with it. */
    public String basePath() {
        String path = baseUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(title, description, url, language, locale, timeZone, publisher, rawHtml, limits, cname,
                pagination, feed);
    }
}
