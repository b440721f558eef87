package briefing.quality;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serves the site built for {@code https://example.github.io/briefing/} under {@code /briefing/}, as GitHub Pages
 * does, and crawls it from {@code /briefing/}: every href, src and srcset on the same host must resolve, nothing may
 * point outside {@code /briefing/}, and every generated file must be reachable.
 */
class SubPathCrawlerTest {

    static Path site;
    static SiteServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Every URL fetched (without fragment), with its status. */
    static final Map<String, Integer> fetched = new LinkedHashMap<>();
    /** Where each URL was first found: "page -> url". */
    static final Map<String, String> foundOn = new LinkedHashMap<>();
    /** Same-host URLs outside /briefing/, and links to other hosts. */
    static final Set<String> escaping = new TreeSet<>();
    static final Set<String> otherHosts = new TreeSet<>();
    /** Fragment links that name no id on their target page. */
    static final List<String> missingAnchors = new ArrayList<>();

    @BeforeAll
    static void crawl() throws Exception {
        site = QualitySite.built();
        server = SiteServer.start(site);
        URI origin = URI.create(server.origin());
        Deque<URI> queue = new ArrayDeque<>();
        Map<String, Document> pages = new LinkedHashMap<>();
        List<URI[]> fragments = new ArrayList<>();
        URI start = URI.create(server.url(""));
        queue.add(start);
        foundOn.put(start.toString(), "(start)");
        // robots.txt and the sitemap are for search engines, not linked from pages: crawl them too, so that every
        // URL they name is checked.
        for (String seed : List.of("robots.txt", "sitemap.xml")) {
            if (Files.isRegularFile(site.resolve(seed))) {
                URI url = URI.create(server.url(seed));
                queue.add(url);
                foundOn.put(url.toString(), "(" + seed + ")");
            }
        }
        while (!queue.isEmpty()) {
            URI url = queue.poll();
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(url).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            fetched.put(url.toString(), response.statusCode());
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean html = type.startsWith("text/html");
            boolean xml = type.contains("xml") && !type.startsWith("image/");
            boolean robots = url.getPath().endsWith("/robots.txt");
            if (response.statusCode() != 200 || !(html || xml || robots)) {
                continue;
            }
            String body = new String(response.body(), StandardCharsets.UTF_8);
            List<String> found;
            if (robots) {
                found = body.lines().filter(l -> l.regionMatches(true, 0, "Sitemap:", 0, 8))
                        .map(l -> l.substring(8).trim()).toList();
            } else if (xml) {
                found = xmlLinks(Jsoup.parse(body, url.toString(), Parser.xmlParser()));
            } else {
                Document doc = Jsoup.parse(body, url.toString());
                pages.put(url.toString(), doc);
                found = links(doc);
            }
            for (String link : found) {
                URI target = url.resolve(link.trim().replace(" ", "%20"));
                // Absolute URLs of the published site (canonical, og:image, feeds) are checked on the local copy.
                if (target.toString().startsWith(QualitySite.BASE_URL.toString())) {
                    target = URI.create(server.url(target.toString().substring(QualitySite.BASE_URL.toString().length())));
                }
                if (target.getScheme() == null || !target.getScheme().startsWith("http")) {
                    continue; // mailto:, data:
                }
                if (!target.getAuthority().equals(origin.getAuthority())) {
                    otherHosts.add(target.getScheme() + "://" + target.getAuthority());
                    continue;
                }
                if (!target.getPath().startsWith(SiteServer.PREFIX)) {
                    escaping.add(url.getPath() + " -> " + link);
                    continue;
                }
                if (target.getRawFragment() != null) {
                    fragments.add(new URI[] {url, target});
                }
                URI bare = new URI(target.getScheme(), target.getAuthority(), target.getPath(), target.getQuery(), null);
                if (!foundOn.containsKey(bare.toString())) {
                    foundOn.put(bare.toString(), url.getPath() + " -> " + link);
                    queue.add(bare);
                }
            }
        }
        for (URI[] f : fragments) {
            URI bare = new URI(f[1].getScheme(), f[1].getAuthority(), f[1].getPath(), f[1].getQuery(), null);
            Document target = pages.get(bare.toString());
            String id = f[1].getFragment();
            if (target != null && target.getElementById(id) == null) {
                missingAnchors.add(f[0].getPath() + " -> #" + id);
            }
        }
        System.out.printf("[crawl] fetched %d URLs from %s; other hosts linked: %s%n", fetched.size(), start,
                otherHosts);
    }

    /** Every URL an element can make the browser load or follow. */
    static List<String> links(Document doc) {
        List<String> links = new ArrayList<>();
        for (Element e : doc.select("[href]")) {
            links.add(e.attr("href"));
        }
        for (Element e : doc.select("[src]")) {
            links.add(e.attr("src"));
        }
        for (Element e : doc.select("meta[content~=^https?://]")) {
            links.add(e.attr("content"));
        }
        for (Element e : doc.select("[srcset]")) {
            for (String candidate : e.attr("srcset").split(",")) {
                String url = candidate.trim().split("\\s+")[0];
                if (!url.isEmpty()) {
                    links.add(url);
                }
            }
        }
        return links;
    }

    /** The URLs in a sitemap ({@code <loc>}) or a feed ({@code <link href>}). */
    static List<String> xmlLinks(Document doc) {
        List<String> links = new ArrayList<>(doc.select("loc").eachText());
        links.addAll(doc.select("link[href]").eachAttr("href"));
        return links;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void noLinkIsBroken() {
        List<String> broken = fetched.entrySet().stream().filter(e -> e.getValue() != 200)
                .map(e -> e.getValue() + " " + e.getKey() + " (found on " + foundOn.get(e.getKey()) + ")").toList();
        assertThat(broken).isEmpty();
    }

    @Test
    void noLinkEscapesTheSubPath() {
        assertThat(escaping).as("same-host links outside " + SiteServer.PREFIX).isEmpty();
        assertThat(server.hits()).allSatisfy(h -> assertThat(h.path()).startsWith(SiteServer.PREFIX));
    }

    @Test
    void everyAnchorExists() {
        assertThat(missingAnchors).isEmpty();
    }

    @Test
    void everyPageAndAssetIsReachable() throws Exception {
        Set<String> generated = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .forEach(generated::add);
        }
        Set<String> reached = new TreeSet<>();
        for (String url : fetched.keySet()) {
            String path = URI.create(url).getPath().substring(SiteServer.PREFIX.length());
            reached.add(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        }
        // Every page but the 404 page (served for missing URLs, checked below) and every file in assets/ must be
        // reachable by following links. Machine-readable files (chart PNGs for social cards, CSV/JSON, schemas,
        // feeds, the sitemap) may be published without a link from a page; they are listed, not required.
        Set<String> unlinked = new TreeSet<>(generated);
        unlinked.removeAll(reached);
        List<String> required = unlinked.stream()
                .filter(p -> (p.endsWith(".html") && !p.equals("404.html")) || p.startsWith("assets/")).toList();
        unlinked.removeAll(required);
        System.out.printf("[crawl] %d of %d generated files reached; not linked from any page: %s%n",
                generated.size() - unlinked.size() - required.size(), generated.size(), unlinked);
        assertThat(required).as("pages and assets that nothing links to").isEmpty();
        assertThat(reached).contains("index.html", "about/index.html", "briefings/amazon-openai-talks/index.html",
                "assets/style.css", "assets/favicon.svg");
    }

    @Test
    void missingPagesGetThe404PageAndFolderUrlsGetTheirSlash() throws Exception {
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("no-such-page/")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(missing.body(), server.url("no-such-page/"));
        assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith(SiteServer.PREFIX);
        assertThat(page.select("a[href]").eachAttr("href")).contains(SiteServer.PREFIX);
        HttpResponse<String> noSlash = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("about"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noSlash.statusCode()).isEqualTo(301);
    }
}
