package briefing.check;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.pipeline.TestSite;
import briefing.diagnostic.BuildFailedException;
import briefing.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link check's exact scan finds exactly the ids and URLs jsoup's DOM has, or gives up: on every page of the real
 * site and the test sites, on tricky markup, and on thousands of randomly mutated pages. Where it gives up, the
 * lenient read still finds the links and ids of markup written by hand.
 */
class PageScannerTest {

    /** What the exact scan finds, from jsoup's DOM, as a browser builds it. */
    static PageScanner.Scanned parse(byte[] html) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        java.util.Set<String> found = new java.util.HashSet<>();
        doc.select("[id]").forEach(e -> found.add(e.id()));
        doc.select("a[name]").forEach(e -> found.add(e.attr("name")));
        List<String> urls = new ArrayList<>();
        for (org.jsoup.nodes.Element e : doc.select("a[href], link[href], img[src], script[src]")) {
            urls.add(e.attr(e.hasAttr("href") ? "href" : "src"));
        }
        return new PageScanner.Scanned(found, urls);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<td id=cell><a href=/in-cell>a cell outside a table</a></td>",
        "<select><a href=/in-select id=in-select>x</a></select>",
        "<a href=\"/x?a=1&notin;b\" id=\"&ampx\">legacy references</a><template><a href=/in-template>",
        "<script><!-- <script> --></script><a href=/after-script>"})
    void readsTagByTagWhereTheExactScanGivesUp(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        assertThat(PageScanner.scan(bytes)).as("exact scan gives up").isNull();
        PageScanner.Scanned read = PageScanner.read(bytes);
        assertThat(read.urls()).allSatisfy(url -> assertThat(url).startsWith("/"));
        assertThat(read.urls()).isNotEmpty();
    }

    @Test
    void readKeepsWhatItCannotDecodeAsWrittenAndReadsOnAfterABrokenTag() {
        PageScanner.Scanned read = PageScanner.read(("<p id=\"&ampx\"><a href=\"/a?x=1&amp;y=&#50;\">a</a>"
                + "<td id=cell></td><a href=\"/unclosed><a href=/next id=next>").getBytes(StandardCharsets.UTF_8));
        assertThat(read.ids()).contains("&ampx", "cell", "next");
        assertThat(read.urls()).contains("/a?x=1&y=2", "/next");
    }

    @TempDir
    static Path tmp;
    /** Built once for the class: building every test site takes seconds. */
    private static Map<String, byte[]> pages;

    /**
     * Ids and URLs as sets: the check's findings do not depend on the URLs' order or repeats (findings are sorted
     * and equal ones kept once), and HTML repeats a link when it reopens an unclosed {@code <a>} after a block.
     */
    private static List<Object> comparable(PageScanner.Scanned scanned) {
        return List.of(new java.util.TreeSet<>(scanned.ids()), new java.util.TreeSet<>(scanned.urls()));
    }

    private static void assertSameAsJsoup(String what, byte[] html) {
        PageScanner.Scanned fast = PageScanner.scan(html);
        if (fast != null) {
            PageScanner.Scanned jsoup = parse(html);
            assertThat(comparable(fast)).as(() -> what + "\nonly the scanner: " + difference(fast, jsoup)
                    + "\nonly jsoup: " + difference(jsoup, fast)).isEqualTo(comparable(jsoup));
        }
    }

    private static String difference(PageScanner.Scanned a, PageScanner.Scanned b) {
        List<String> ids = a.ids().stream().filter(x -> !b.ids().contains(x)).sorted().toList();
        List<String> urls = a.urls().stream().filter(x -> !b.urls().contains(x)).sorted().distinct().toList();
        return "ids " + ids + ", urls " + urls;
    }

    /** Every HTML page the real content and every test site that builds give, by name. */
    private static synchronized Map<String, byte[]> pages() throws Exception {
        if (pages != null) {
            return pages;
        }
        pages = new TreeMap<>();
        BuildPipeline.Rendered real = new BuildPipeline(Path.of("")).render(new BuildOptions(Path.of("content"),
                TestSite.PROJECT_TEMPLATES, tmp.resolve("unused"), Optional.empty(), true));
        add(pages, "content", real.files());
        List<String> archives = new ArrayList<>();
        try (Stream<Path> sites = Files.list(Path.of("src/test/resources/sites"))) {
            sites.map(p -> "/sites/" + p.getFileName()).sorted().forEach(archives::add);
        }
        archives.add("/golden/fixture.txtar");
        archives.add("/hostile/injection.txtar");
        for (String archive : archives) {
            Path dir = tmp.resolve(archive.substring(1).replace("/", "-"));
            try {
                add(pages, archive, new BuildPipeline(dir).render(TestSite.of(archive, dir).options()).files());
            } catch (BuildFailedException e) {
                // a site made to fail: no pages
            }
        }
        return pages;
    }

    private static void add(Map<String, byte[]> pages, String site, List<OutputFile> files) {
        files.stream().filter(f -> f.path().endsWith(".html"))
                .forEach(f -> pages.put(site + ":" + f.path(), f.bytes()));
    }

    @Test
    void findsWhatJsoupFindsOnEveryPageAndScansTheTemplatesOwnPagesItself() throws Exception {
        Map<String, byte[]> pages = pages();
        assertThat(pages).hasSizeGreaterThan(40);
        int fast = 0;
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            assertSameAsJsoup(page.getKey(), page.getValue());
            if (page.getKey().startsWith("content:")) {
                assertThat(PageScanner.scan(page.getValue())).as("scanned without jsoup: " + page.getKey())
                        .isNotNull();
            }
            fast += PageScanner.scan(page.getValue()) == null ? 0 : 1;
        }
        assertThat(fast).as("pages scanned without jsoup").isGreaterThan(pages.size() * 9 / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html><html lang=en><head><title>a <b id=no> &amp; c</title></head><body id=top>"
                + "<a href='/x/?a=1&amp;b=2#f%20g' NAME=\"n\" id=i>x</a></body></html>",
        "<p ID=Upper HREF=x><A HREF=\"/up\">up</A><img src=a.png href=b.png><img src=c.png>",
        "<a href=\"&lt;&#x41;&#65;&notit;&noti &amp=&ampx\">entities</a><span id=\"&quot;q&quot;\"></span>",
        "<a href=\"one\" href=\"two\" id=first id=second>duplicates: the first wins</a>",
        "<script>var s = '<a href=\"/in-script\" id=\"in-script\">';</script><a href=/after>after</a>",
        "<script src=/x.js></script><script>/* <!-- <script> */ </script><a href=/y>y</a>",
        "<style>a[href='/no'] { } </style><textarea><a href=/no></textarea><a href=/yes id=yes>",
        "<!-- <a href=/commented id=c> --><a href=/shown>shown</a><!----><!--->--><a href=/z>",
        "<!--> <a href=/after-abrupt-comment> <!-- a --!> <a href=/bang>",
        "<td id=cell>a cell outside a table is dropped</td><tr id=row>",
        "<table><a href=/fostered id=f>moved before the table</a><tr><td id=c>cell</td></tr></table>",
        "<table><table id=inner></table><td id=dropped></td></table>",
        "<select id=s><option id=o>1</option><a href=/dropped id=dropped>x</a></select>",
        "<form id=f1><form id=f2></form></form><body id=second-body>",
        "<body><form id=f1 action=/search><input id=q name=q><button>go</button></form><form id=f3></form>",
        "<body><form id=f1><form id=f2></form><form id=f3></form>",
        "<body><table><form id=tf><tr><td><a href=/c>c</a></td></tr></table><form id=after></form>",
        "<body><noscript><a href=/x id=y>t</a></noscript>",
        "<html><head><noscript><a href=/h id=hh>t</a></noscript></head><body></body></html>",
        "<html><head></head><body id=b1><body id=b2><html id=h2><head id=late>",
        "<svg viewBox='0 0 1 1'><rect id=r/><a href=/in-svg>x</a><p id=out>breaks out</p></svg><a href=/end>",
        "<svg><title><a href=/t id=t></a></title><foreignObject><a href=/f></a></foreignObject></svg>",
        "<svg><![CDATA[ <a href=/cdata> ]]></svg><math><mi id=m></mi></math>",
        "<a href=unquoted/path/>self-closing-looking</a><a href=x/ id=y/>",
        "<a href = \"/spaced\" id = 'spaced' >x</a><a href=\"/no-space\"id=\"glued\">x</a>",
        "<a href=\"/unterminated>x</a>",
        "<a href=/a\"b id=x`y>bad unquoted</a><a =x href=/eq>",
        "<image src=/image.png><plaintext><a href=/plain>",
        "<a href=\"/line\nbreak\" id=\"cr\r\nlf\">x</a><a href=\"/tab\tin\">",
        "<a href=\"/nul\u0000\">x</a><p id=\"é\" data-é=1>unicode</p><é id=x>",
        "< a href=/not-a-tag></ a><a/ href=/slash>",
        "</p id=end-tag><a href=/x></a id=end><br/></br>",
        "<?php echo 1 ?><!doctype html><!bogus><a href=/after-bogus>",
        "<noscript><a href=/ns></a></noscript><iframe><a href=/if></iframe><a href=/ok>",
        "<input type=checkbox id=task checked disabled><label for=task>done</label>",
        "<a href=/x name=anchor>named</a><div name=not-an-anchor></div>",
        "<link rel=stylesheet href=/s.css><link rel=icon><script></script><img alt=none>",
        "text < not a tag <3 and <- arrows <a href=/real>",
        "<p>unclosed <a href=/x id=y"})
    void findsWhatJsoupFindsOnTrickyMarkup(String html) {
        assertSameAsJsoup(html, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Pages with random bytes and markup tokens inserted, deleted or repeated: the scanner never disagrees. */
    @Test
    void findsWhatJsoupFindsOnMutatedPages() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        pages().forEach((name, bytes) -> {
            if ((name.startsWith("content:") || name.contains("raw-html-allowed") || name.contains("injection"))
                    && bytes.length < 100_000) {
                seeds.add(bytes);
            }
        });
        String[] tokens = {"<", ">", "/", "\"", "'", "=", " ", "\n", "&", "&amp;", "&#", ";", "<!--", "-->", "--!>",
            "<!", "<?", "</", "/>", "<a href=/m>", "<a ", " href=", " id=", " name=", " src=", "<img src=/i>",
            "<script>", "</script>", "<style>", "</style>", "<title>", "</title>", "<textarea>", "<svg>", "</svg>",
            "<table>", "</table>", "<td id=t>", "<tr>", "<select>", "</select>", "<form>", "<body id=b>", "<head>",
            "<html id=h>", "<![CDATA[", "]]>", "<form id=f>", "</form>", "<noscript>", "</noscript>", "\u0000", "\r", "é", "<p id=x>", "<A HREF=/U>", "<template>", "`"};
        SplittableRandom random = new SplittableRandom(Long.getLong("scanner.seed", 20260227L));
        int tries = Integer.getInteger("scanner.tries", 1000);
        int fast = 0;
        for (int t = 0; t < tries; t++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            StringBuilder page = new StringBuilder(new String(seed, StandardCharsets.UTF_8));
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                int at = random.nextInt(page.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> page.insert(at, tokens[random.nextInt(tokens.length)]);
                    case 1 -> page.delete(at, Math.min(page.length(), at + 1 + random.nextInt(8)));
                    default -> {
                        int end = Math.min(page.length(), at + random.nextInt(40));
                        page.insert(at, page.substring(at, end));
                    }
                }
            }
            byte[] mutated = page.toString().getBytes(StandardCharsets.UTF_8);
            assertSameAsJsoup("try " + t + " (-Dscanner.seed to change the seed)", mutated);
            fast += PageScanner.scan(mutated) == null ? 0 : 1;
        }
        assertThat(fast).as("mutated pages the scanner read itself").isGreaterThan(tries / 4);
    }
}
