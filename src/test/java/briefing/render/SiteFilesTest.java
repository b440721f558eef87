package briefing.render;

import briefing.pipeline.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** sitemap.xml, feed.xml and robots.txt: well-formed, complete, absolute, and dated by the content alone. */
class SiteFilesTest {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String BASE = "https://example.org/briefing/";

    @TempDir
    Path tmp;

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(text)));
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Element parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    @Test
    void sitemapListsEveryPageButThe404WithAbsoluteUrlsAndContentDates() throws Exception {
        TestSite.Built site = TestSite.of("publishing-meta.txtar", tmp).render();
        Element urlset = xml(site.text("sitemap.xml")).getDocumentElement();
        assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP_NS);
        assertThat(urlset.getLocalName()).isEqualTo("urlset");
        List<String> locs = new ArrayList<>();
        List<String> lastmods = new ArrayList<>();
        for (Element url : children(urlset, SITEMAP_NS, "url")) {
            locs.add(text(url, SITEMAP_NS, "loc"));
            lastmods.add(text(url, SITEMAP_NS, "lastmod"));
        }
        assertThat(locs).containsExactly(BASE, BASE + "briefings/charted/", BASE + "briefings/older/",
                BASE + "about/", BASE + "deals/", BASE + "search/");
        // Home: the newest change of any briefing; a month-precision date: its first day; a plain page, the deal
        // tracker and the search page: none.
        assertThat(lastmods).containsExactly("2026-03-02", "2026-03-02", "2025-10-01", null, null, null);
        // Every HTML page but 404.html and the tracker's other orders and filters (deals/oldest/, ...) is listed.
        List<String> pages = site.files().keySet().stream().filter(p -> p.endsWith(".html"))
                .filter(p -> !p.equals("404.html")).filter(p -> !p.matches("deals/(?!page/)[^/]+/.*")).map(p -> BASE + p.replaceFirst("index\\.html$", "")).toList();
        assertThat(locs).containsExactlyInAnyOrderElementsOf(pages);
    }

    @Test
    void feedIsAtomWithEntriesNewestFirst() throws Exception {
        TestSite.Built site = TestSite.of("publishing-meta.txtar", tmp).render();
        Element feed = xml(site.text("feed.xml")).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, ATOM, "id")).isEqualTo(BASE);
        assertThat(text(feed, ATOM, "title")).isEqualTo("Meta Desk");
        assertThat(text(feed, ATOM, "updated")).isEqualTo("2026-03-02T00:00:00Z");
        List<Element> links = children(feed, ATOM, "link");
        assertThat(links).extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("href"))
                .containsExactly("self " + BASE + "feed.xml", "alternate " + BASE);
        assertThat(text(children(feed, ATOM, "author").get(0), ATOM, "name")).isEqualTo("Meta Desk");

        List<Element> entries = children(feed, ATOM, "entry");
        assertThat(entries).extracting(e -> text(e, ATOM, "id"))
                .containsExactly(BASE + "briefings/charted/", BASE + "briefings/older/");
        assertThat(entries).extracting(e -> text(e, ATOM, "title"))
                .containsExactly("Acme and Beta join the round", "An older story");
        assertThat(entries).extracting(e -> text(e, ATOM, "published"))
                .containsExactly("2026-02-27T00:00:00Z", "2025-10-01T00:00:00Z");
        assertThat(entries).extracting(e -> text(e, ATOM, "updated"))
                .containsExactly("2026-03-02T00:00:00Z", "2025-10-01T00:00:00Z");
        assertThat(entries).extracting(e -> text(e, ATOM, "summary"))
                .containsExactly("Acme may invest up to $50 billion (reported).", "Something happened in October.");
        assertThat(entries).extracting(e -> children(e, ATOM, "link").get(0).getAttribute("href"))
                .containsExactly(BASE + "briefings/charted/", BASE + "briefings/older/");
        // Every link the feed gives is a page the site publishes.
        for (Element e : entries) {
            String path = children(e, ATOM, "link").get(0).getAttribute("href").substring(BASE.length());
            assertThat(site.files()).containsKey(path + "index.html");
        }
    }

    @Test
    void feedHoldsTheNewestEntriesAndIsDatedByThemAlone() throws Exception {
        TestSite site = TestSite.of("publishing-meta.txtar", tmp);
        append(site.dir().resolve("content/site.yaml"), "feed:\n  entries: 1\n");
        // The older briefing changes later than the newer one, but it is no longer in the feed.
        Path older = site.dir().resolve("content/briefings/older/index.md");
        Files.writeString(older, Files.readString(older).replace("date: 2025-10\n", "date: 2025-10\nupdated: 2026-04-01\n"));
        TestSite.Built built = site.render();

        Element feed = xml(built.text("feed.xml")).getDocumentElement();
        assertThat(children(feed, ATOM, "entry")).extracting(e -> text(e, ATOM, "id"))
                .containsExactly(BASE + "briefings/charted/");
        assertThat(text(feed, ATOM, "updated")).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(built.text("feed.xml")).isEqualTo(site.render().text("feed.xml"));
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, Files.readString(file) + text);
    }

    @Test
    void robotsAllowsEverythingAndNamesTheSitemap() throws Exception {
        TestSite.Built site = TestSite.of("publishing-meta.txtar", tmp).render();
        assertThat(site.text("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n");
    }

    @Test
    void markupInEditorTextIsEscapedAndReadsBackExactly() throws Exception {
        TestSite.Built site = TestSite.of("publishing-injection.txtar", tmp).render();
        Element feed = xml(site.text("feed.xml")).getDocumentElement();
        assertThat(text(feed, ATOM, "title")).isEqualTo("Desk & <Co>");
        Element entry = children(feed, ATOM, "entry").get(0);
        assertThat(text(entry, ATOM, "title"))
                .isEqualTo("Deal </script><script>alert(1)</script> & <!-- more");
        assertThat(text(children(entry, ATOM, "author").get(0), ATOM, "name")).isEqualTo("Eve </script>");
        xml(site.text("sitemap.xml"));
    }

    @Test
    void aSiteWithoutBriefingsHasNoFeedAndNoLinkToOne() throws Exception {
        TestSite.Built site = TestSite.of("publishing-no-briefings.txtar", tmp).render();
        assertThat(site.files()).doesNotContainKey("feed.xml").containsKeys("sitemap.xml", "robots.txt");
        for (String page : List.of("index.html", "about/index.html", "404.html")) {
            assertThat(site.html(page).select("link[type=application/atom+xml]")).as(page).isEmpty();
            assertThat(site.html(page).select("meta[property=og:image]")).as(page).isEmpty();
        }
        Element urlset = xml(site.text("sitemap.xml")).getDocumentElement();
        assertThat(children(urlset, SITEMAP_NS, "url")).extracting(u -> text(u, SITEMAP_NS, "lastmod"))
                .containsOnlyNulls();
    }

    @Test
    void siteFilesCarryNoBuildTimestamp() throws Exception {
        Path first = Files.createDirectory(tmp.resolve("first"));
        Path second = Files.createDirectory(tmp.resolve("second"));
        TestSite.Built a = TestSite.of("publishing-meta.txtar", first).render();
        Thread.sleep(1100); // a clock that reached the output would now differ by a second
        TestSite.Built b = TestSite.of("publishing-meta.txtar", second).render();
        for (String file : List.of("sitemap.xml", "feed.xml", "robots.txt", "index.html",
                "briefings/charted/index.html")) {
            assertThat(b.text(file)).as(file).isEqualTo(a.text(file));
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(a.text("sitemap.xml")).doesNotContain(today);
        assertThat(a.text("feed.xml")).doesNotContain(today);
    }
}
