package briefing.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page, its older pages and the 404 page list a bounded number of briefings
 * ({@code sites/pagination.txtar}: five briefings, two a page). What a txtar's want sections cannot say is checked
 * here: what is left out, and sites made bigger by adding briefings. The feed's limit: {@code SiteFilesTest}.
 */
class PaginationSiteTest {

    private static final String BASE = "https://example.org/desk/";

    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.of("pagination.txtar", tmp);
    }

    @Test
    void everyBriefingIsListedOnceAcrossThePagesNewestFirst() throws Exception {
        TestSite.Built built = site().render();

        assertThat(built.files().keySet().stream().filter(p -> p.startsWith("page/")).sorted())
                .containsExactly("page/2/index.html", "page/3/index.html"); // no page/1/: page 1 is the home page
        List<String> listed = new ArrayList<>();
        for (String page : List.of("index.html", "page/2/index.html", "page/3/index.html")) {
            Document doc = built.html(page);
            assertThat(doc.select("#all-briefings")).as(page).hasSize(1);
            assertThat(doc.select("h1")).as(page).hasSize(1);
            doc.select("#all-briefings ol.briefing-list > li > :is(h2, h3) > a").forEach(a -> listed.add(a.text()));
        }
        assertThat(listed).containsExactly("Briefing five", "Briefing four", "Briefing three", "Briefing two",
                "Briefing one");
        assertThat(built.html("page/3/index.html").title()).isEqualTo("All briefings, page 3 of 3 · Paged Desk");
    }

    @Test
    void eachPageLinksItsNeighboursAndMarksItselfAsCurrent() throws Exception {
        TestSite.Built built = site().render();
        String[] pages = {"index.html", "page/2/index.html", "page/3/index.html"};
        String[] urls = {"/desk/", "/desk/page/2/", "/desk/page/3/"};
        for (int i = 0; i < pages.length; i++) {
            Document doc = built.html(pages[i]);
            String prev = i > 0 ? urls[i - 1] : null;
            String next = i < pages.length - 1 ? urls[i + 1] : null;
            assertThat(href(doc, "link[rel=prev]")).as(pages[i]).isEqualTo(prev);
            assertThat(href(doc, "link[rel=next]")).as(pages[i]).isEqualTo(next);
            Element nav = doc.selectFirst("nav.pagination");
            assertThat(nav).as(pages[i]).isNotNull();
            assertThat(nav.attr("aria-label")).isEqualTo("Pagination");
            assertThat(href(nav, "a[rel=prev]")).as(pages[i]).isEqualTo(prev);
            assertThat(href(nav, "a[rel=next]")).as(pages[i]).isEqualTo(next);
            assertThat(nav.select("[aria-current]")).as(pages[i]).hasSize(1);
            assertThat(href(nav, "a[aria-current=page]")).as(pages[i]).isEqualTo(urls[i]);
            assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
                    .isEqualTo("https://example.org" + urls[i]);
        }
    }

    @Test
    void manyPagesLinkTheFirstTheLastAndTwoEachSideOfTheCurrentOne() throws Exception {
        TestSite site = site();
        addBriefings(site, 25); // 30 briefings, two a page: 15 pages
        TestSite.Built built = site.render();

        assertThat(numbers(built, "index.html")).containsExactly("1", "2", "3", "…", "15");
        assertThat(numbers(built, "page/4/index.html")).containsExactly("1", "2", "3", "4", "5", "6", "…", "15");
        // A gap of one page shows that page's number: an ellipsis would take as much room.
        assertThat(numbers(built, "page/5/index.html"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "…", "15");
        assertThat(numbers(built, "page/8/index.html"))
                .containsExactly("1", "…", "6", "7", "8", "9", "10", "…", "15");
        assertThat(numbers(built, "page/15/index.html")).containsExactly("1", "…", "13", "14", "15");
        assertThat(built.files()).doesNotContainKey("page/16/index.html");
        assertThat(built.html("page/15/index.html").select("link[rel=next], a[rel=next]")).isEmpty();
        assertThat(built.html("page/8/index.html").selectFirst("ol.briefing-list").attr("start")).isEqualTo("15");
    }

    @Test
    void theSitemapListsEveryPageOfTheList() throws Exception {
        TestSite.Built built = site().render();
        List<String> locs = new ArrayList<>();
        Matcher m = Pattern.compile("<loc>([^<]+)</loc>").matcher(built.text("sitemap.xml"));
        while (m.find()) {
            locs.add(m.group(1));
        }
        assertThat(locs).contains(BASE, BASE + "page/2/", BASE + "page/3/").doesNotContain(BASE + "page/1/");
    }

    @Test
    void theNotFoundPageListsTheNewestFiveAndLinksToTheListAndSearch() throws Exception {
        TestSite site = site();
        addBriefings(site, 3);
        Document doc = site.render().html("404.html");

        assertThat(doc.select(".briefing-links a")).extracting(Element::text).containsExactly("Briefing five",
                "Briefing four", "Briefing three", "Briefing two", "Briefing one");
        assertThat(doc.select(".not-found-links a")).extracting(a -> a.attr("href"))
                .containsExactly("/desk/", "/desk/#all-briefings", "/desk/search/");
    }

    @Test
    void aListThatFitsOnOnePageHasNoPaginationAtAll() throws Exception {
        TestSite site = site();
        edit(site, "content/site.yaml", "pagination:\n  per_page: 2\n", "");
        TestSite.Built built = site.render();

        assertThat(built.files().keySet()).noneMatch(p -> p.startsWith("page/"));
        Document home = built.html("index.html");
        assertThat(home.select("nav.pagination, .pagination-status, link[rel=prev], link[rel=next]")).isEmpty();
        assertThat(home.select("#all-briefings ol.briefing-list > li")).hasSize(5);
        assertThat(home.selectFirst("ol.briefing-list").hasAttr("start")).isFalse();
    }

    @Test
    void aRebuildIsByteIdentical() throws Exception {
        TestSite site = site();
        addBriefings(site, 4);
        assertThat(site.render().files()).isEqualTo(site.render().files());
    }

    /** Adds {@code n} briefings, all older than the txtar's five (which are dated 2026). */
    private static void addBriefings(TestSite site, int n) throws IOException {
        for (int i = 1; i <= n; i++) {
            Path index = site.dir().resolve("content/briefings/extra-" + i + "/index.md");
            Files.createDirectories(index.getParent());
            Files.writeString(index, "---\ntitle: Extra " + i + "\ndate: 2025-" + String.format("%02d", 12 - i % 12)
                    + "-" + String.format("%02d", 28 - i) + "\nsummary: Extra.\n---\nBody.\n");
        }
    }

    private static void edit(TestSite site, String path, String from, String to) throws IOException {
        Path file = site.dir().resolve(path);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static String href(Element root, String css) {
        Element e = root.selectFirst(css);
        return e == null ? null : e.attr("href");
    }

    /** The page numbers and gaps of a page's pagination links, as shown (the hidden "Page " left out). */
    private static List<String> numbers(TestSite.Built built, String page) {
        return built.html(page).select("nav.pagination li:not(.pagination-step)").stream()
                .map(li -> {
                    Element shown = li.clone();
                    shown.select(".visually-hidden").remove();
                    return shown.text();
                }).toList();
    }

}
